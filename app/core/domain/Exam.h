#pragma once

#include <QList>
#include <QString>

namespace portolan {

// A certification exam (and version) that entries can be tagged with. The ids are stable text
// used in the reference data, in searches (exam:n10-009) and in saved decks.
struct ExamInfo
{
    QString id;    // "n10-009"
    QString title; // "CompTIA Network+ N10-009"
    bool retired = false;
};

const QList<ExamInfo> &knownExams();
const ExamInfo *findExam(QStringView id);
// The exam's title, or the id itself for an exam this version does not know (a newer file's).
QString examTitle(const QString &id);
// An objective as the reference data writes it: "1.4", "4.10" or "acronyms".
bool isObjectiveCitation(QStringView objective);

// An entry's tag: which exam lists it, the objective that names it ("1.4"; "acronyms" for an
// exam's acronym list), and the exam's own wording when it differs from the fact (N10-009 calls
// 587 "SMTPS"). A "beyond" tag marks an entry useful for the exam that its objectives do not
// name: it has no objective, and exam decks and readiness leave it out.
struct ExamTag
{
    QString exam;
    QString label;
    QString objective;
    bool beyond = false;

    // "N10-009 1.4", "SY0-701 acronyms", "SY0-701 beyond"; the exam id upper-cased.
    QString citation() const;

    friend bool operator==(const ExamTag &, const ExamTag &) = default;
};

} // namespace portolan
