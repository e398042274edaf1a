#pragma once

#include "practice/PracticeQuestion.h"
#include "practice/Scenario.h"

#include <QCoreApplication>
#include <QList>
#include <optional>

namespace portolan {

class Catalog;
class DistractorPicker;
struct Protocol;

// Writes one practice question of a kind about one entry, its right answer taken from the
// entry's facts and its wrong choices from the distractor picker (or, for scenarios, the
// reviewed ones), each with the reason it is wrong. Deterministic for a seed.
class PracticeQuestionMaker
{
    Q_DECLARE_TR_FUNCTIONS(PracticeQuestionMaker)

public:
    static constexpr int kChoices = 4;

    // Both must outlive the maker.
    PracticeQuestionMaker(const Catalog &catalog, const DistractorPicker &distractors);

    // The generated kinds (not Scenario) that can be asked about this entry.
    QList<PracticeKind> kindsFor(int protocol) const;
    // Nothing when the entry cannot be asked that way (no counterpart, too few choices).
    std::optional<PracticeQuestion> make(PracticeKind kind, int protocol, quint64 seed) const;
    std::optional<PracticeQuestion> makeScenario(const Scenario &s, int protocol,
                                                 quint64 seed) const;

    // The scenario's text with its slots filled in for this entry.
    static QString fillSlots(const QString &text, const Scenario &s, const Protocol &p);

private:
    bool makeProtocol(PracticeQuestion &q, int index, quint64 seed) const;
    bool makePort(PracticeQuestion &q, int index, quint64 seed) const;
    bool makeCounterpart(PracticeQuestion &q, int index, quint64 seed) const;
    bool makeSecurity(PracticeQuestion &q, int index, quint64 seed) const;
    bool makeTransport(PracticeQuestion &q, int index, quint64 seed) const;
    bool makeSelectTwo(PracticeQuestion &q, int index, quint64 seed) const;
    // Wrong single ports for the entry, most confusable first, each with who really uses it.
    QList<QPair<int, QString>> wrongPorts(int index, const QList<int> &avoid, int count,
                                          quint64 seed) const;
    QString usedBy(int port) const;
    // Puts choices (the right ones first, `right` of them) in a seeded order.
    static void shuffle(PracticeQuestion &q, const QStringList &choices, const QStringList &notes,
                        int right, quint64 seed);

    const Catalog &m_catalog;
    const DistractorPicker &m_distractors;
};

} // namespace portolan
