#include "quiz/NameIndex.h"

#include "domain/TextFold.h"
#include "quiz/TextDiff.h"

#include <QRegularExpression>
#include <QSet>
#include <algorithm>

namespace portolan {

namespace {

// Names of at least this many letters (spaces aside) count as "long" and forgive typos.
constexpr int kLongName = 8;
// No answer is accepted with more edits than this in total, however long the name.
constexpr int kMaxTotalEdits = 3;

QString compact(QStringView normalized)
{
    QString out;
    out.reserve(normalized.size());
    for (QChar c : normalized) {
        if (c != QLatin1Char(' '))
            out.append(c);
    }
    return out;
}

int allowance(QStringView word)
{
    for (QChar c : word) {
        if (c.isDigit())
            return 0; // "POP3" is not "POP2": digits are the fact, never a typo
    }
    if (word.size() < 5)
        return 0;
    return word.size() < 9 ? 1 : 2;
}

QString withoutParentheses(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("\\s*\\([^)]*\\)"));
    return QString(text).remove(re).trimmed();
}

} // namespace

QString NameIndex::normalize(QStringView text)
{
    const QString folded = foldText(text);
    QString out;
    out.reserve(folded.size());
    bool space = true; // drops leading separators
    for (QChar c : folded) {
        if (c.isLetterOrNumber()) {
            out.append(c);
            space = false;
        } else if (!space) {
            out.append(QLatin1Char(' '));
            space = true;
        }
    }
    if (out.endsWith(QLatin1Char(' ')))
        out.chop(1);
    return out;
}

bool NameIndex::isCloseEnough(QStringView given, QStringView expected, int *distance)
{
    if (compact(given) == compact(expected)) {
        if (distance)
            *distance = 0;
        return true;
    }
    const auto g = given.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    const auto e = expected.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (g.size() != e.size() || compact(expected).size() < kLongName)
        return false;
    int total = 0;
    for (qsizetype i = 0; i < e.size(); ++i) {
        const int d = textdiff::distance(g.at(i), e.at(i));
        if (d > allowance(e.at(i)))
            return false;
        total += d;
    }
    if (total > kMaxTotalEdits)
        return false;
    if (distance)
        *distance = total;
    return true;
}

NameIndex::NameIndex(const QList<Protocol> &protocols)
{
    m_forms.resize(protocols.size());
    QSet<QString> explicitNames; // normalised, compact
    for (int i = 0; i < protocols.size(); ++i) {
        const Protocol &p = protocols.at(i);
        QStringList own{p.abbreviation, p.name};
        own += p.aliases;
        for (const QString &form : std::as_const(own))
            add(i, form);
        add(i, p.key);
        for (const QString &form : std::as_const(own))
            explicitNames.insert(compact(normalize(form)));
        explicitNames.insert(compact(normalize(p.key)));
    }
    for (int i = 0; i < protocols.size(); ++i) {
        const Protocol &p = protocols.at(i);
        for (const QString &form : {p.abbreviation, p.name}) {
            const QString shorter = withoutParentheses(form);
            if (shorter.isEmpty() || shorter == form)
                continue;
            const QString key = compact(normalize(shorter));
            // A shortened name that is another protocol's own name would be ambiguous.
            const auto owners = m_byCompact.value(key);
            const bool taken =
                explicitNames.contains(key) &&
                std::any_of(owners.begin(), owners.end(), [i](int other) { return other != i; });
            if (!taken)
                add(i, shorter);
        }
    }
}

void NameIndex::add(int protocol, const QString &form)
{
    const QString normalized = normalize(form);
    if (normalized.isEmpty())
        return;
    const QString key = compact(normalized);
    QList<int> &owners = m_byCompact[key];
    if (!owners.contains(protocol))
        owners.append(protocol);
    QStringList &forms = m_forms[protocol];
    if (!forms.contains(form))
        forms.append(form);
    if (key.size() >= kLongName)
        m_long.append({normalized, form, protocol});
}

NameIndex::Match NameIndex::lookup(QStringView typed) const
{
    Match match;
    const QString normalized = normalize(typed);
    if (normalized.isEmpty())
        return match;
    const auto exact = m_byCompact.constFind(compact(normalized));
    if (exact != m_byCompact.constEnd()) {
        match.protocols = exact.value();
        for (const Long &l : m_long) {
            if (compact(l.normalized) == exact.key()) {
                match.form = l.form;
                break;
            }
        }
        if (match.form.isEmpty())
            match.form = typed.toString().trimmed();
        return match;
    }
    int best = kMaxTotalEdits + 1;
    for (const Long &l : m_long) {
        int d = 0;
        if (!isCloseEnough(normalized, l.normalized, &d) || d > best)
            continue;
        if (d < best) {
            best = d;
            match.protocols.clear();
            match.form = l.form;
        }
        if (!match.protocols.contains(l.protocol))
            match.protocols.append(l.protocol);
    }
    match.distance = match.protocols.isEmpty() ? 0 : best;
    return match;
}

} // namespace portolan
