// Fuzz target: grading of typed and chosen answers (quiz/AnswerChecker, NameIndex, TextDiff).
// The first bytes pick a real card of the embedded study set and an option; the rest is what
// the learner typed. Any text gets a verdict, never an error, and the right answer typed the
// way the question shows it is always accepted.

#include "FuzzCatalog.h"
#include "quiz/AnswerChecker.h"
#include "quiz/CardGenerator.h"
#include "quiz/DistractorPicker.h"
#include "quiz/NameIndex.h"
#include "quiz/QuestionBuilder.h"

using namespace portolan;
using portolan::fuzz::require;

namespace {

struct Quiz
{
    const Catalog &catalog = fuzz::fuzzCatalog();
    NameIndex names{catalog.protocols()};
    DistractorPicker distractors{catalog};
    QuestionBuilder builder{catalog, distractors};
    AnswerChecker checker{catalog, names};
    QList<Card> cards;
    // Building a question picks distractors over the whole study set, which costs far more
    // than grading; each card's questions are built once, on first use.
    struct Questions
    {
        Question typed;
        Question choice;
    };
    mutable QHash<int, Questions> built;

    Quiz()
    {
        const CardGenerator generator(catalog);
        for (int i = 0; i < catalog.protocols().size(); ++i)
            cards += generator.cardsFor(i);
        require(!cards.isEmpty(), "the study set yields cards");
    }

    const Questions &questions(int card) const
    {
        auto it = built.find(card);
        if (it == built.end()) {
            const quint64 seed = quint64(card);
            it = built.insert(card, {builder.build(cards.at(card), AnswerFormat::Typed, seed),
                                     builder.build(cards.at(card), AnswerFormat::Choice, seed)});
        }
        return *it;
    }
};

// The answer in the words a learner would type it (the abbreviation, not "HTTPS — Hypertext
// Transfer Protocol Secure" as the question shows it).
QString rightAnswer(const Catalog &catalog, const Question &q)
{
    switch (q.card.kind) {
    case CardKind::PortToProtocol:
    case CardKind::Counterpart:
        return q.acceptedProtocols.isEmpty()
                   ? QString()
                   : catalog.protocols().at(q.acceptedProtocols.first()).abbreviation;
    case CardKind::ProtocolToPort: {
        QStringList ports;
        for (int p : q.expectedPorts)
            ports << QString::number(p);
        return ports.join(QStringLiteral(", "));
    }
    case CardKind::FullName:
        return q.expectedNames.value(0);
    case CardKind::Transport:
    case CardKind::Security:
    case CardKind::RangeClass:
        return AnswerChecker::classLabels(q.card.kind).value(q.expectedClass);
    }
    return {};
}

void checkParsers(const Card &card, QStringView typed)
{
    const AnswerChecker::PortList list = AnswerChecker::parsePorts(typed);
    for (qsizetype i = 0; i < list.ports.size(); ++i) {
        require(list.ports.at(i) >= 0 && list.ports.at(i) <= 65535, "ports are 0-65535");
        require(i == 0 || list.ports.at(i - 1) < list.ports.at(i), "ports sorted and unique");
    }
    const int value = AnswerChecker::parseClass(card.kind, typed);
    require(value >= -1 && value < AnswerChecker::classLabels(card.kind).size(), "a class or -1");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    // A typed answer is one line in a line edit; beyond a few thousand characters the
    // edit-distance tables only slow the fuzzer down.
    if (size < 3 || size > 4096)
        return 0;
    static const Quiz quiz;
    const int cardIndex = int((data[0] << 8 | data[1]) % quiz.cards.size());
    const Card &card = quiz.cards.at(cardIndex);
    const Quiz::Questions &questions = quiz.questions(cardIndex);
    const int option = int(data[2] % 8) - 2; // a few outside the options too
    const QString typed = fuzz::textOf(data + 3, size - 3);
    checkParsers(card, typed);

    const Question &typedQuestion = questions.typed;
    const Grade g = quiz.checker.checkTyped(typedQuestion, typed);
    require(g.verdict != Grade::Verdict::Unjudged, "a typed answer always gets a verdict");
    require(g.suggested == (g.verdict == Grade::Verdict::Correct           ? Rating::Good
                            : g.verdict == Grade::Verdict::CorrectWithTypo ? Rating::Hard
                                                                           : Rating::Again),
            "the suggested rating follows the verdict");
    if (typed.trimmed().isEmpty())
        require(!g.isCorrect(), "an empty answer is wrong");

    // What a learner who knows it types is right.
    if (typedQuestion.format == AnswerFormat::Typed)
        require(quiz.checker.checkTyped(typedQuestion, rightAnswer(quiz.catalog, typedQuestion))
                    .isCorrect(),
                "the right answer is accepted");

    const Question &choice = questions.choice;
    const Grade c = quiz.checker.checkChoice(choice, option);
    const bool inRange = option >= 0 && option < choice.options.size();
    require(c.verdict == (inRange && option == choice.correctOption ? Grade::Verdict::Correct
                                                                    : Grade::Verdict::Wrong),
            "a choice is right exactly when it is the correct option");
    require(c.chosenOption == (inRange ? option : -1), "the chosen option is kept");
    return 0;
}
