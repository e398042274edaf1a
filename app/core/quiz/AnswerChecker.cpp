#include "quiz/AnswerChecker.h"

#include "catalog/Catalog.h"
#include "quiz/PortText.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>
#include <algorithm>
#include <climits>

namespace portolan {

namespace {

constexpr int kMaxRangeSpan = 64;

Grade graded(Grade::Verdict verdict, QStringView given)
{
    Grade g;
    g.verdict = verdict;
    g.given = given.toString().simplified();
    g.suggested = verdict == Grade::Verdict::Correct           ? Rating::Good
                  : verdict == Grade::Verdict::CorrectWithTypo ? Rating::Hard
                                                               : Rating::Again;
    return g;
}

QString joinPorts(const QList<int> &ports)
{
    constexpr int kShown = 50;
    QStringList parts;
    for (int p : ports.mid(0, kShown))
        parts << QString::number(p);
    QString text = parts.join(QStringLiteral(", "));
    if (ports.size() > kShown)
        text += QLatin1Char(' ') + QCoreApplication::translate("AnswerChecker", "and %n more",
                                                               nullptr, int(ports.size() - kShown));
    return text;
}

} // namespace

AnswerChecker::AnswerChecker(const Catalog &catalog, const NameIndex &names)
    : m_catalog(catalog), m_names(names)
{}

AnswerChecker::PortList AnswerChecker::parsePorts(QStringView text)
{
    static const QRegularExpression re(
        QStringLiteral("(\\d+)(?:\\s*(?:-|\u2013|\u2014|\\.\\.|to)\\s*(\\d+))?"));
    QSet<int> found;
    PortList out;
    const auto take = [&](const QString &digits) {
        bool ok = false;
        const qlonglong n = digits.size() > 6 ? -1 : digits.toLongLong(&ok);
        if (ok && n >= 0 && n <= 65535)
            found.insert(int(n));
        else
            out.invalid << digits;
    };
    auto it = re.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        const QString first = m.captured(1);
        const QString last = m.captured(2);
        const int a = first.size() <= 6 ? first.toInt() : -1;
        const int b = last.size() <= 6 ? last.toInt() : -1;
        if (!last.isEmpty() && a >= 0 && b > a && b - a <= kMaxRangeSpan && b <= 65535) {
            for (int p = a; p <= b; ++p)
                found.insert(p);
            continue;
        }
        take(first);
        if (!last.isEmpty())
            take(last);
    }
    out.ports = QList<int>(found.begin(), found.end());
    std::sort(out.ports.begin(), out.ports.end());
    return out;
}

QStringList AnswerChecker::classLabels(CardKind kind)
{
    switch (kind) {
    case CardKind::Transport:
        return {QCoreApplication::translate("AnswerChecker", "TCP"),
                QCoreApplication::translate("AnswerChecker", "UDP"),
                QCoreApplication::translate("AnswerChecker", "TCP and UDP")};
    case CardKind::Security:
        return {QCoreApplication::translate("AnswerChecker", "Secure"),
                QCoreApplication::translate("AnswerChecker", "Insecure"),
                QCoreApplication::translate("AnswerChecker", "Depends")};
    case CardKind::RangeClass:
        return {QCoreApplication::translate("AnswerChecker", "System (well-known)"),
                QCoreApplication::translate("AnswerChecker", "User (registered)"),
                QCoreApplication::translate("AnswerChecker", "Dynamic (private)")};
    default:
        return {};
    }
}

int AnswerChecker::parseClass(CardKind kind, QStringView typed)
{
    const QString n = NameIndex::normalize(typed);
    const QStringList words = n.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    const auto has = [&](const char *w) { return words.contains(QLatin1String(w)); };
    switch (kind) {
    case CardKind::Transport:
        if (has("both") || (has("tcp") && has("udp")))
            return 2;
        if (has("tcp"))
            return 0;
        return has("udp") ? 1 : -1;
    case CardKind::Security:
        if (has("depends") || has("depend") || has("depending"))
            return 2;
        if (has("insecure") || has("unsecure") || has("not") || has("cleartext") ||
            has("plaintext") || has("unencrypted"))
            return 1;
        return has("secure") || has("encrypted") ? 0 : -1;
    case CardKind::RangeClass: {
        const QString c = QString(n).remove(QLatin1Char(' '));
        if (c.startsWith(QLatin1String("system")) || c.startsWith(QLatin1String("wellknown")))
            return 0;
        if (c.startsWith(QLatin1String("user")) || c.startsWith(QLatin1String("registered")))
            return 1;
        if (c.startsWith(QLatin1String("dynamic")) || c.startsWith(QLatin1String("private")) ||
            c.startsWith(QLatin1String("ephemeral")))
            return 2;
        return -1;
    }
    default:
        return -1;
    }
}

Grade AnswerChecker::checkChoice(const Question &question, int option) const
{
    if (option < 0 || option >= question.options.size()) {
        Grade g = graded(Grade::Verdict::Wrong, {});
        g.note = QCoreApplication::translate("AnswerChecker", "No option was chosen.");
        return g;
    }
    const bool right = option == question.correctOption;
    Grade g = graded(right ? Grade::Verdict::Correct : Grade::Verdict::Wrong,
                     question.options.at(option));
    g.chosenOption = option;
    if (!right)
        g.note = question.optionNotes.value(option);
    return g;
}

Grade AnswerChecker::checkTyped(const Question &question, QStringView typed) const
{
    if (typed.trimmed().isEmpty()) {
        Grade g = graded(Grade::Verdict::Wrong, {});
        g.note = QCoreApplication::translate("AnswerChecker", "No answer was given.");
        return g;
    }
    switch (question.card.kind) {
    case CardKind::ProtocolToPort:
        return checkPorts(question, typed);
    case CardKind::PortToProtocol:
    case CardKind::Counterpart:
        return checkProtocol(question, typed);
    case CardKind::FullName:
        return checkFullName(question, typed);
    case CardKind::Transport:
    case CardKind::Security:
    case CardKind::RangeClass:
        return checkClass(question, typed);
    }
    return graded(Grade::Verdict::Wrong, typed);
}

constexpr int kMaxDiffPorts = 200;

Grade AnswerChecker::checkPorts(const Question &question, QStringView typed) const
{
    const PortList given = parsePorts(typed);
    const QList<int> &expected = question.expectedPorts;
    const bool right = given.invalid.isEmpty() && given.ports == expected;
    Grade g = graded(right ? Grade::Verdict::Correct : Grade::Verdict::Wrong, typed);
    if (right)
        return g;

    // The diff lists every port once, in order: agreed, missing and extra ports. Sets, not
    // list scans: an answer of thousands of ranges must not take seconds (found by fuzzing).
    const QSet<int> givenSet(given.ports.cbegin(), given.ports.cend());
    const QSet<int> expectedSet(expected.cbegin(), expected.cend());
    QList<int> all = (givenSet | expectedSet).values();
    std::sort(all.begin(), all.end());
    QList<int> missing;
    QList<int> extra;
    for (int p : std::as_const(all)) {
        const bool inGiven = givenSet.contains(p);
        const bool inExpected = expectedSet.contains(p);
        if (!inGiven)
            missing << p;
        else if (!inExpected)
            extra << p;
        // Past a screenful the diff says "…": nobody reads a thousand ports in a row.
        if (g.diff.size() >= 2 * kMaxDiffPorts) {
            if (g.diff.constLast().text != QStringLiteral(" …"))
                g.diff.append({DiffSegment::Kind::Same, QStringLiteral(" …")});
            continue;
        }
        if (!g.diff.isEmpty())
            g.diff.append({DiffSegment::Kind::Same, QStringLiteral(", ")});
        const auto kind = inGiven && inExpected ? DiffSegment::Kind::Same
                          : inExpected          ? DiffSegment::Kind::Missing
                                                : DiffSegment::Kind::Extra;
        g.diff.append({kind, QString::number(p)});
    }
    QStringList parts;
    if (given.ports.isEmpty() && given.invalid.isEmpty())
        parts << QCoreApplication::translate("AnswerChecker",
                                             "No port numbers found in the answer.");
    if (!missing.isEmpty())
        parts
            << QCoreApplication::translate("AnswerChecker", "Missing: %1.").arg(joinPorts(missing));
    if (!extra.isEmpty())
        parts << QCoreApplication::translate("AnswerChecker", "Not part of it: %1.")
                     .arg(joinPorts(extra));
    if (!given.invalid.isEmpty())
        parts << QCoreApplication::translate("AnswerChecker", "Not a port number (0–65535): %1.")
                     .arg(given.invalid.join(QStringLiteral(", ")));
    g.note = parts.join(QLatin1Char(' '));
    return g;
}

QString AnswerChecker::closestForm(const QList<int> &protocols, QStringView typed) const
{
    const QString given = NameIndex::normalize(typed);
    QString best;
    int bestDistance = INT_MAX;
    for (int p : protocols) {
        for (const QString &form : m_names.formsOf(p)) {
            const int d = textdiff::distance(given, NameIndex::normalize(form));
            if (d < bestDistance) {
                bestDistance = d;
                best = form;
            }
        }
    }
    return best;
}

Grade AnswerChecker::checkProtocol(const Question &question, QStringView typed) const
{
    const NameIndex::Match match = m_names.lookup(typed);
    QList<int> hits;
    for (int p : match.protocols) {
        if (question.acceptedProtocols.contains(p))
            hits << p;
    }
    const auto &protocols = m_catalog.protocols();
    if (!hits.isEmpty()) {
        Grade g = graded(
            match.distance == 0 ? Grade::Verdict::Correct : Grade::Verdict::CorrectWithTypo, typed);
        if (match.distance > 0)
            g.diff = textdiff::diff(g.given, match.form);
        QStringList others;
        for (int p : question.acceptedProtocols) {
            if (!hits.contains(p) && p >= 0 && p < protocols.size())
                others << protocols.at(p).abbreviation;
        }
        if (!others.isEmpty())
            g.note = QCoreApplication::translate("AnswerChecker", "Also right: %1.")
                         .arg(others.join(QStringLiteral(", ")));
        return g;
    }

    Grade g = graded(Grade::Verdict::Wrong, typed);
    const QList<int> main = question.acceptedProtocols.mid(0, 1);
    const QString closest = closestForm(main, typed);
    if (!closest.isEmpty())
        g.diff = textdiff::diff(g.given, closest);
    if (!match.protocols.isEmpty()) {
        const int p = match.protocols.first();
        const Protocol &other = protocols.at(p);
        g.note = question.card.kind == CardKind::PortToProtocol && !other.ports.isEmpty()
                     ? QCoreApplication::translate("AnswerChecker", "%1 uses %2.")
                           .arg(other.abbreviation, portClaimsText(other.ports))
                     : QCoreApplication::translate("AnswerChecker",
                                                   "%1 is not a secure counterpart of %2.")
                           .arg(other.abbreviation, question.cue);
    } else {
        g.note = QCoreApplication::translate("AnswerChecker", "Not a protocol of the study set.");
    }
    return g;
}

Grade AnswerChecker::checkFullName(const Question &question, QStringView typed) const
{
    const QString given = NameIndex::normalize(typed);
    int best = INT_MAX;
    QString bestName;
    for (const QString &name : question.expectedNames) {
        int d = 0;
        if (NameIndex::isCloseEnough(given, NameIndex::normalize(name), &d) && d < best) {
            best = d;
            bestName = name;
        }
    }
    if (!bestName.isEmpty()) {
        Grade g =
            graded(best == 0 ? Grade::Verdict::Correct : Grade::Verdict::CorrectWithTypo, typed);
        if (best > 0)
            g.diff = textdiff::diff(g.given, bestName);
        return g;
    }
    Grade g = graded(Grade::Verdict::Wrong, typed);
    QString closest;
    int closestDistance = INT_MAX;
    for (const QString &name : question.expectedNames) {
        const int d = textdiff::distance(given, NameIndex::normalize(name));
        if (d < closestDistance) {
            closestDistance = d;
            closest = name;
        }
    }
    if (!closest.isEmpty())
        g.diff = textdiff::diff(g.given, closest);
    if (NameIndex::normalize(question.cue) == given)
        g.note = QCoreApplication::translate(
            "AnswerChecker", "That is the abbreviation; the question asks what it stands for.");
    return g;
}

Grade AnswerChecker::checkClass(const Question &question, QStringView typed) const
{
    const QStringList labels = classLabels(question.card.kind);
    const int value = parseClass(question.card.kind, typed);
    Grade g = graded(
        value == question.expectedClass ? Grade::Verdict::Correct : Grade::Verdict::Wrong, typed);
    if (value < 0)
        g.note = QCoreApplication::translate("AnswerChecker", "Answer with one of: %1.")
                     .arg(labels.join(QStringLiteral(", ")));
    return g;
}

} // namespace portolan
