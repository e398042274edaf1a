#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace portolan {

// A reviewed exam-style situation from db/reference/scenarios/*.json (format in
// db/reference/README.md): a stem with slots ({abbr}, {port}, ...), the entries it fits, the
// objectives it tests, what the answer is, and distractors that are wrong for a stated reason.
struct Scenario
{
    enum class Answer
    {
        Port,     // one of the entry's port numbers (`port`, or its first listed one)
        Protocol, // the entry itself
    };

    struct Distractor
    {
        int port = -1;    // a wrong port, or
        QString entryKey; // a wrong entry
        QString why;      // why it is wrong, shown after answering
        // A port of the entry itself that is wrong for this situation (FTP's 21 when the data
        // connection fails); its why must name that port's role.
        bool roleTrap = false;
    };

    QString id;
    QStringList fits;       // entry keys
    QStringList objectives; // citations as ExamTag::citation() writes them: "N10-009 1.4"
    QString stem;
    Answer answer = Answer::Port;
    int port = -1; // Port answers: which of the entry's ports; -1 = its first listed one
    QList<Distractor> distractors; // empty: picked from the study set, with the reason generated
    QString explanation;
    QString fileName; // where it came from, for messages
    int line = 0;

    // The objective the scenario tests on this exam ("1.4"), or empty when it does not cite it.
    QString objectiveFor(const QString &examId) const;
};

} // namespace portolan
