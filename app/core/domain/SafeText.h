#pragma once

#include <QString>

namespace portolan {

// Makes untrusted text (registry descriptions, imported files, user notes) safe to show on one
// line of a terminal or a table cell: control characters and bidirectional overrides, which
// can hide or reorder what is shown, become visible escapes such as "\x1b" or "<U+202E>".
QString visibleText(QStringView text);

} // namespace portolan
