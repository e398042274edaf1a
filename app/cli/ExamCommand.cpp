#include "ExamCommand.h"

#include "catalog/Catalog.h"
#include "catalog/EmbeddedReference.h"
#include "domain/Exam.h"
#include "domain/Percent.h"
#include "practice/EmbeddedScenarios.h"
#include "practice/PracticeExamBuilder.h"
#include "practice/PracticeScore.h"
#include "practice/ScenarioCheck.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace portolan {

namespace {

QString letter(int index)
{
    return QString(QChar(u'A' + index));
}

QString letters(const QList<int> &indices)
{
    QString out;
    for (int i : indices)
        out += letter(i);
    return out;
}

} // namespace

ExamCommand::ExamCommand(QTextStream &out, QTextStream &err) : m_out(out), m_err(err) {}

int ExamCommand::fail(const QString &message)
{
    m_err << "portolan: exam: " << message << '\n';
    m_err.flush();
    return 2;
}

int ExamCommand::run(const QStringList &args, qint64 nowMs)
{
    QString examId;
    int count = PracticeExamBuilder::kDefaultQuestions;
    quint64 seed = quint64(nowMs) % 1000000;
    bool json = false;
    QString answersText;
    bool haveAnswers = false;
    QStringList known;
    for (const ExamInfo &e : knownExams())
        known << e.id;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        const auto value = [&](QString *out) {
            if (i + 1 >= args.size())
                return false;
            *out = args.at(++i);
            return true;
        };
        QString v;
        if (a == QLatin1String("--json")) {
            json = true;
        } else if (a == QLatin1String("--questions") || a == QLatin1String("-n")) {
            bool ok = false;
            count = value(&v) ? v.toInt(&ok) : 0;
            if (!ok || count < 1 || count > PracticeExamBuilder::kMaxQuestions)
                return fail(tr("--questions needs a number from 1 to %1, not '%2'.")
                                .arg(PracticeExamBuilder::kMaxQuestions)
                                .arg(v));
        } else if (a == QLatin1String("--seed")) {
            bool ok = false;
            seed = value(&v) ? v.toULongLong(&ok) : 0;
            if (!ok)
                return fail(tr("--seed needs a whole number 0 or more, not '%1'.").arg(v));
        } else if (a == QLatin1String("--answers")) {
            if (!value(&answersText))
                return fail(tr("--answers needs a list such as B,AC,D."));
            haveAnswers = true;
        } else if (a.startsWith(QLatin1Char('-'))) {
            return fail(tr("unknown option '%1'.").arg(a));
        } else if (examId.isEmpty()) {
            examId = a;
        } else {
            return fail(tr("one exam only ('%1' is extra).").arg(a));
        }
    }
    if (examId.isEmpty())
        return fail(tr("which exam? One of: %1.").arg(known.join(QStringLiteral(", "))));
    const ExamInfo *exam = findExam(examId);
    if (!exam)
        return fail(
            tr("unknown exam '%1'; one of: %2.").arg(examId, known.join(QStringLiteral(", "))));

    EmbeddedReference reference;
    if (!reference.load())
        return fail(reference.errorText());
    Catalog catalog;
    catalog.setData(reference.protocols(), {});
    EmbeddedScenarios scenarios;
    if (!scenarios.load())
        return fail(scenarios.errorText());
    // A scenario that contradicts the study set would teach a wrong fact: refuse to print it.
    const QStringList problems = ScenarioCheck(catalog).problems(scenarios.scenarios());
    if (!problems.isEmpty())
        return fail(problems.join(QLatin1Char('\n')));

    PracticeExamBuilder builder(catalog, scenarios.scenarios());
    const int available = builder.available(exam->id);
    if (count > available)
        return fail(tr("%1 has material for at most %2 questions, not %3.")
                        .arg(exam->title)
                        .arg(available)
                        .arg(count));
    const QList<PracticeQuestion> test = builder.build(exam->id, count, seed);

    QList<QList<int>> picked;
    if (haveAnswers) {
        const QStringList items = answersText.split(QLatin1Char(','));
        if (items.size() != test.size())
            return fail(
                tr("--answers has %1 items for %2 questions.").arg(items.size()).arg(test.size()));
        for (qsizetype i = 0; i < items.size(); ++i) {
            QList<int> mine;
            for (QChar c : items.at(i).trimmed().toUpper()) {
                const int index = c.unicode() - u'A';
                if (index < 0 || index >= test.at(i).choices.size())
                    return fail(tr("--answers item %1: '%2' is not one of its choices.")
                                    .arg(i + 1)
                                    .arg(items.at(i)));
                mine << index;
            }
            picked << mine;
        }
    }
    const PracticeScore score = PracticeScore::grade(test, picked);

    if (json) {
        QJsonArray questions;
        for (const PracticeQuestion &q : test) {
            QJsonObject o{{QStringLiteral("objective"), q.objective},
                          {QStringLiteral("kind"), practiceKindName(q.kind)},
                          {QStringLiteral("stem"), q.stem},
                          {QStringLiteral("choices"), QJsonArray::fromStringList(q.choices)},
                          {QStringLiteral("explanation"), q.explanation},
                          {QStringLiteral("entry"), q.entryKey}};
            if (q.answers.size() == 1) {
                o.insert(QStringLiteral("answer"), q.answers.first());
            } else {
                QJsonArray answers;
                for (int a : q.answers)
                    answers.append(a);
                o.insert(QStringLiteral("answers"), answers);
            }
            if (!q.scenarioId.isEmpty())
                o.insert(QStringLiteral("scenario"), q.scenarioId);
            questions.append(o);
        }
        QJsonObject root{{QStringLiteral("exam"), exam->id},
                         {QStringLiteral("seed"), QString::number(seed)},
                         {QStringLiteral("questions"), questions}};
        if (haveAnswers) {
            QJsonArray objectives;
            for (const ObjectiveScore &o : score.objectives)
                objectives.append(QJsonObject{{QStringLiteral("objective"), o.objective},
                                              {QStringLiteral("right"), o.right},
                                              {QStringLiteral("total"), o.total}});
            QJsonArray misses;
            for (const PracticeMiss &m : score.misses)
                misses.append(QJsonObject{{QStringLiteral("question"), m.question + 1},
                                          {QStringLiteral("entry"), m.entryKey},
                                          {QStringLiteral("given"), m.given},
                                          {QStringLiteral("right"), m.right}});
            root.insert(QStringLiteral("score"),
                        QJsonObject{{QStringLiteral("right"), score.right},
                                    {QStringLiteral("total"), score.total},
                                    {QStringLiteral("objectives"), objectives},
                                    {QStringLiteral("misses"), misses},
                                    {QStringLiteral("drill"), score.drillQuery()}});
        }
        m_out << QJsonDocument(root).toJson(QJsonDocument::Indented);
        m_out.flush();
        return 0;
    }

    m_out << tr("%1 · practice exam · %2 questions · seed %3")
                 .arg(exam->title)
                 .arg(test.size())
                 .arg(seed)
          << "\n\n";
    for (qsizetype i = 0; i < test.size(); ++i) {
        const PracticeQuestion &q = test.at(i);
        m_out << i + 1 << ". [" << q.objective << " · " << practiceKindName(q.kind) << " · "
              << q.entryKey << "] " << q.stem << '\n';
        for (qsizetype c = 0; c < q.choices.size(); ++c)
            m_out << "   " << letter(int(c)) << ") " << q.choices.at(c) << '\n';
        m_out << "   " << tr("Answer: %1").arg(letters(q.answers)) << " — " << q.explanation
              << "\n\n";
    }
    if (haveAnswers) {
        m_out << tr("Score: %1 of %2 (%3)")
                     .arg(score.right)
                     .arg(score.total)
                     .arg(percentOf(score.percent(), 0))
              << '\n';
        for (const ObjectiveScore &o : score.objectives)
            m_out << "  " << tr("Objective %1: %2 of %3").arg(o.objective).arg(o.right).arg(o.total)
                  << '\n';
        if (!score.misses.isEmpty())
            m_out << '\n' << tr("Missed:") << '\n';
        for (const PracticeMiss &m : score.misses)
            m_out << "  " << m.question + 1 << ". [" << m.objective << " · " << m.entryKey << "] "
                  << tr("you: %1; right: %2")
                         .arg(m.given.isEmpty() ? QStringLiteral("—") : m.given, m.right)
                  << "\n     " << m.explanation << '\n';
        if (!score.misses.isEmpty())
            m_out << '\n'
                  << tr("Drill the misses: portolan lookup %1").arg(score.drillQuery()) << '\n';
    }
    m_out.flush();
    return 0;
}

} // namespace portolan
