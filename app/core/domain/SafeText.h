#pragma once

#include <QString>

namespace portolan {

// Makes untrusted text (registry descriptions, imported files, user notes) safe to show on one
// line of a terminal or a table cell: control characters and bidirectional overrides, which
// can hide or reorder what is shown, and zero-width characters become visible escapes such as
// "\x1b" or "<U+202E>". The one function for any untrusted text shown to a person.
QString visibleText(QStringView text);

} // namespace portolan
