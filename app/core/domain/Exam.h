#pragma once

#include <QList>
#include <QString>

namespace portolan {

// A certification exam (and version) that entries can be tagged with. The ids are stable text
// used in the reference data, in searches (exam:n10-009) and in saved decks.
struct ExamInfo
{
    QString id;        // "n10-009"
    QString title;     // "CompTIA Network+ N10-009"
    bool retired = false;
};

const QList<ExamInfo> &knownExams();
const ExamInfo *findExam(QStringView id);

// An entry's tag: which exam lists it, and the exam's own wording when it differs from the
// fact (N10-009 calls 587 "SMTPS").
struct ExamTag
{
    QString exam;
    QString label;

    friend bool operator==(const ExamTag &, const ExamTag &) = default;
};

} // namespace portolan
