#pragma once

#include <QString>

namespace portolan {

// Folds text for matching: case-folded, accents removed (é → e, ß → ss), so that "resume"
// finds "Résumé". The catalog folds its text once at load; queries fold their terms once.
QString foldText(QStringView text);
// The same, reusing the string's buffer when it is plain ASCII (start-up folds 12,000 rows).
QString foldText(QString &&text);

} // namespace portolan
