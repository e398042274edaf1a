#pragma once

#include "package/StudyPackage.h"

#include <QByteArray>

namespace portolan {

// The study package's file format: {"format":"portolan-study-package","version":1,...}.
// fromJson() trusts nothing in the file: every field is checked for type and range (the same
// limits the forms and the schema enforce) and the first problem is reported with its path,
// "reviews[12].rating: must be 1 to 4".
class StudyPackageJson
{
public:
    static constexpr int kMaxNoteLength = 10000;
    static constexpr int kMaxKeyLength = 200;
    static constexpr int kMaxPracticeQuestions = 1000;

    static QByteArray toJson(const StudyPackageData &data);
    static std::optional<StudyPackageData> fromJson(const QByteArray &bytes, QString *error);
};

} // namespace portolan
