#pragma once

#include "quiz/NameIndex.h"
#include "quiz/Question.h"

#include <QList>
#include <QStringList>

namespace portolan {

class Catalog;

// Grades answers: typed text against what a question accepts, and chosen options. Pure and
// deterministic; any text is accepted as input and gets a verdict, never an error.
//
// Suggested ratings: right → Good, right with a typo → Hard, wrong → Again. The learner can
// change the suggestion before it is recorded.
class AnswerChecker
{
public:
    // names must index catalog.protocols(); both must outlive the checker.
    AnswerChecker(const Catalog &catalog, const NameIndex &names);

    Grade checkTyped(const Question &question, QStringView typed) const;
    // Choice and Classify; an index outside the options is a wrong answer.
    Grade checkChoice(const Question &question, int option) const;

    // Port numbers in free text: any order, any separator, transport words ignored. "a-b" is
    // a range when b is above a by at most 64 (137-139); otherwise it is two ports (20-21 is
    // both readings). Numbers above 65535 are reported in invalid.
    struct PortList
    {
        QList<int> ports; // sorted, unique
        QStringList invalid;
    };
    static PortList parsePorts(QStringView text);

    // The fixed answers of a classification card, in the order of Question::expectedClass.
    static QStringList classLabels(CardKind kind);
    // A class typed in words ("tcp/udp", "both", "not secure", "well-known"); -1 if none.
    static int parseClass(CardKind kind, QStringView typed);

private:
    Grade checkPorts(const Question &question, QStringView typed) const;
    Grade checkProtocol(const Question &question, QStringView typed) const;
    Grade checkFullName(const Question &question, QStringView typed) const;
    Grade checkClass(const Question &question, QStringView typed) const;
    QString closestForm(const QList<int> &protocols, QStringView typed) const;

    const Catalog &m_catalog;
    const NameIndex &m_names;
};

} // namespace portolan
