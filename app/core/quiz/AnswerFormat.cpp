#include "quiz/AnswerFormat.h"

#include <QCoreApplication>

namespace portolan {

const QList<AnswerFormat> &allAnswerFormats()
{
    static const QList<AnswerFormat> formats{AnswerFormat::Flashcard, AnswerFormat::Typed,
                                             AnswerFormat::Choice, AnswerFormat::Classify};
    return formats;
}

QString answerFormatId(AnswerFormat format)
{
    switch (format) {
    case AnswerFormat::Flashcard:
        return QStringLiteral("flashcard");
    case AnswerFormat::Typed:
        return QStringLiteral("typed");
    case AnswerFormat::Choice:
        return QStringLiteral("choice");
    case AnswerFormat::Classify:
        return QStringLiteral("classify");
    }
    return {};
}

QString answerFormatLabel(AnswerFormat format)
{
    switch (format) {
    case AnswerFormat::Flashcard:
        return QCoreApplication::translate("AnswerFormat", "Flashcard");
    case AnswerFormat::Typed:
        return QCoreApplication::translate("AnswerFormat", "Typed answer");
    case AnswerFormat::Choice:
        return QCoreApplication::translate("AnswerFormat", "Multiple choice");
    case AnswerFormat::Classify:
        return QCoreApplication::translate("AnswerFormat", "Classify");
    }
    return {};
}

std::optional<AnswerFormat> parseAnswerFormat(QStringView id)
{
    for (AnswerFormat f : allAnswerFormats()) {
        if (id == answerFormatId(f))
            return f;
    }
    return std::nullopt;
}

QList<AnswerFormat> formatsFor(CardKind kind)
{
    using F = AnswerFormat;
    switch (kind) {
    case CardKind::PortToProtocol:
    case CardKind::ProtocolToPort:
    case CardKind::Counterpart:
    case CardKind::FullName:
        return {F::Choice, F::Typed, F::Flashcard};
    // Two to four fixed answers ("TCP, UDP or both?"): buttons, never a text field to type
    // them into.
    case CardKind::Transport:
    case CardKind::Security:
    case CardKind::RangeClass:
        return {F::Classify, F::Flashcard};
    }
    return {F::Flashcard};
}

} // namespace portolan
