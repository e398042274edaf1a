#pragma once

namespace portolan {

// Whether standard input is a terminal, so that a command may ask a question; a pipe, a file
// or a test's null device is not.
bool stdinIsTerminal();

} // namespace portolan
