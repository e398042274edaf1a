#include "search/SearchQuery.h"

#include "domain/Category.h"
#include "domain/Exam.h"
#include "domain/TextFold.h"
#include "search/SpellingSuggestions.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <algorithm>

namespace portolan {

namespace {

bool isSpace(QChar c)
{
    return c.isSpace() || c.isNull();
}

bool spanInRange(const PortSpan &s, const SearchQuery::PortRange &r)
{
    return s.first <= r.last && r.first <= s.last;
}

// Exam names people type, mapped to the prefix of the exam ids they mean.
QString examPrefix(const QString &value)
{
    const QString v = value.toLower();
    if (v == QLatin1String("network+") || v == QLatin1String("net+") ||
        v == QLatin1String("netplus") || v == QLatin1String("network"))
        return QStringLiteral("n10");
    if (v == QLatin1String("a+") || v == QLatin1String("aplus"))
        return QStringLiteral("220");
    if (v == QLatin1String("security+") || v == QLatin1String("sec+") ||
        v == QLatin1String("secplus"))
        return QStringLiteral("sy0");
    return v;
}

// The category id a typed value means: the id itself, a prefix of exactly one id
// ("remote" for remote-access) or a title ("name services"); empty when none.
QString categoryId(const QString &value)
{
    const QString v = foldText(value).trimmed();
    QString prefixed;
    int prefixes = 0;
    for (const CategoryInfo &c : knownCategories()) {
        const QString id = QLatin1String(c.id);
        if (v == id || v == foldText(QString::fromUtf8(c.title)) ||
            v == foldText(categoryTitle(id)))
            return id;
        if (!v.isEmpty() && id.startsWith(v)) {
            prefixed = id;
            ++prefixes;
        }
    }
    return prefixes == 1 ? prefixed : QString();
}

// The known category closest to a misspelt one (remote-acess, databse), if any is close.
QString closestCategory(const QString &value)
{
    const QString v = foldText(value).trimmed();
    QString best;
    int bestDistance = 3;
    for (const CategoryInfo &c : knownCategories()) {
        const int d = editDistance(v, QString::fromLatin1(c.id), bestDistance);
        if (d < bestDistance) {
            bestDistance = d;
            best = QLatin1String(c.id);
        }
    }
    return best;
}

} // namespace

SearchQuery SearchQuery::parse(QStringView text)
{
    SearchQuery q;
    // Every term costs a pass over the rows: a pasted page of text must not freeze the search
    // box. Beyond the limits, the rest is left out and the warning says so.
    if (text.size() > kMaxLength) {
        text = text.left(kMaxLength);
        q.m_warnings << QCoreApplication::translate("SearchQuery",
                                                    "Only the first %1 characters are searched.")
                            .arg(kMaxLength);
    }
    int terms = 0;
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n) {
        if (terms == kMaxTerms) {
            while (i < n && isSpace(text.at(i)))
                ++i;
            if (i < n)
                q.m_warnings << QCoreApplication::translate("SearchQuery",
                                                            "Only the first %1 terms are searched.")
                                    .arg(kMaxTerms);
            break;
        }
        ++terms;
        while (i < n && isSpace(text.at(i)))
            ++i;
        if (i >= n)
            break;
        bool negated = false;
        if (text.at(i) == QLatin1Char('-') && i + 1 < n && !isSpace(text.at(i + 1))) {
            negated = true;
            ++i;
        }
        if (text.at(i) == QLatin1Char('"')) {
            // A quoted phrase runs to the next quote, or to the end when it is never closed.
            const qsizetype close = text.indexOf(QLatin1Char('"'), i + 1);
            const qsizetype end = close < 0 ? n : close;
            q.addToken(text.mid(i + 1, end - i - 1), negated, true);
            i = close < 0 ? n : close + 1;
            continue;
        }
        const qsizetype start = i;
        bool inQuote = false;
        while (i < n && (inQuote || !isSpace(text.at(i)))) {
            if (text.at(i) == QLatin1Char('"'))
                inQuote = !inQuote;
            ++i;
        }
        q.addToken(text.mid(start, i - start), negated, false);
    }
    q.narrowPortsByTransportWords();
    return q;
}

void SearchQuery::narrowPortsByTransportWords()
{
    if (m_ports.isEmpty())
        return;
    TransportMask words = 0;
    QList<Word> kept;
    for (const Word &w : std::as_const(m_words)) {
        Transport t;
        if (!w.negated && parseTransport(w.folded, &t))
            words |= maskOf(t);
        else
            kept.append(w);
    }
    if (!words)
        return;
    m_words = kept;
    for (PortRange &r : m_ports)
        if (!r.transports)
            r.transports = words;
}

bool SearchQuery::addPortOnTransport(QStringView token, bool negated)
{
    // "80/udp", "20-21/tcp", "53/tcp,udp" and the other way round, "udp/80".
    static const QRegularExpression portFirst(
        QStringLiteral("^(\\d+)(?:[-\u2013](\\d+))?/([a-z]+(?:,[a-z]+)*)$"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression transportFirst(
        QStringLiteral("^([a-z]+)/(\\d+)(?:[-\u2013](\\d+))?$"),
        QRegularExpression::CaseInsensitiveOption);
    QStringView firstText;
    QStringView lastText;
    QStringList names;
    if (const auto m = portFirst.match(token); m.hasMatch()) {
        firstText = m.capturedView(1);
        lastText = m.capturedView(2);
        names = m.captured(3).split(QLatin1Char(','));
    } else if (const auto t = transportFirst.match(token); t.hasMatch()) {
        names = {t.captured(1)};
        firstText = t.capturedView(2);
        lastText = t.capturedView(3);
    } else {
        return false;
    }
    TransportMask mask = 0;
    for (const QString &name : std::as_const(names)) {
        Transport t;
        if (!parseTransport(name.toLower(), &t))
            return false; // "tcp/ip" and the like are words
        mask |= maskOf(t);
    }
    bool ok = false;
    const qint64 first = firstText.toLongLong(&ok);
    const qint64 last = lastText.isEmpty() ? first : lastText.toLongLong(&ok);
    if (!ok || first > 65535 || last > 65535) {
        m_warnings << QCoreApplication::translate(
                          "SearchQuery",
                          "\"%1\" is not a port number (ports are 0–65535); searched as text.")
                          .arg(token.toString());
        return false;
    }
    (negated ? m_excludedPorts : m_ports)
        .append({int(qMin(first, last)), int(qMax(first, last)), mask});
    return true;
}

void SearchQuery::addToken(QStringView token, bool negated, bool quoted)
{
    if (!quoted) {
        if (addPorts(token, negated) || addPortOnTransport(token, negated))
            return;
        static const QRegularExpression qualifier(QStringLiteral("^([A-Za-z]+):(.+)$"));
        const auto m = qualifier.match(token);
        if (m.hasMatch()) {
            QString value = m.captured(2);
            if (value.size() >= 2 && value.startsWith(QLatin1Char('"')) &&
                value.endsWith(QLatin1Char('"')))
                value = value.mid(1, value.size() - 2);
            else
                value.remove(QLatin1Char('"'));
            if (addQualifier(m.capturedView(1), value, negated))
                return;
        }
    }
    const QString folded = foldText(token).trimmed();
    // Bare punctuation ("," between ports, a stray "-") would match nearly every row.
    if (std::none_of(folded.cbegin(), folded.cend(), [](QChar c) { return c.isLetterOrNumber(); }))
        return;
    m_words.append({folded, negated});
}

bool SearchQuery::addPorts(QStringView token, bool negated)
{
    static const QRegularExpression list(
        QStringLiteral("^\\d+(?:\\s*[-\u2013]\\s*\\d+)?(?:,\\d+(?:[-\u2013]\\d+)?)*,?$"));
    if (!list.match(token).hasMatch())
        return false;
    static const QRegularExpression item(QStringLiteral("(\\d+)(?:[-\u2013](\\d+))?"));
    QList<PortRange> ranges;
    auto it = item.globalMatch(token);
    while (it.hasNext()) {
        const auto m = it.next();
        bool ok = false;
        const qint64 first = m.capturedView(1).toLongLong(&ok);
        const qint64 last = m.capturedView(2).isEmpty() ? first : m.capturedView(2).toLongLong(&ok);
        if (!ok || first > 65535 || last > 65535) {
            m_warnings << QCoreApplication::translate(
                              "SearchQuery",
                              "\"%1\" is not a port number (ports are 0–65535); searched as text.")
                              .arg(m.captured(0));
            return false;
        }
        ranges.append({int(qMin(first, last)), int(qMax(first, last))});
    }
    (negated ? m_excludedPorts : m_ports).append(ranges);
    return true;
}

bool SearchQuery::addQualifier(QStringView key, QStringView value, bool negated)
{
    const QString k = key.toString().toLower();
    const QString v = value.toString().trimmed().toLower();
    const auto unknownValue = [&](const QString &expected) {
        m_warnings << QCoreApplication::translate(
                          "SearchQuery",
                          "\"%1:%2\" is not understood (expected %3); searched as text.")
                          .arg(k, value.toString(), expected);
        return false;
    };

    if (k == QLatin1String("transport") || k == QLatin1String("t") || k == QLatin1String("proto") ||
        k == QLatin1String("protocol")) {
        Transport t;
        if (!parseTransport(v, &t))
            return unknownValue(QStringLiteral("tcp, udp, sctp or dccp"));
        (negated ? m_excludedTransports : m_transports) |= maskOf(t);
        return true;
    }
    if (k == QLatin1String("key") && !negated) {
        for (const QString &key : v.split(QLatin1Char(','), Qt::SkipEmptyParts))
            m_keys << key.trimmed();
        return true;
    }
    if (k == QLatin1String("is")) {
        Security s;
        if (parseSecurity(v, &s)) {
            (negated ? m_excludedSecurities : m_securities).append(s);
            return true;
        }
        if (v == QLatin1String("curated") || v == QLatin1String("study")) {
            (negated ? m_excludedOrigin : m_origin) = int(CatalogRow::Origin::Curated);
            return true;
        }
        if (v == QLatin1String("registry") || v == QLatin1String("iana")) {
            (negated ? m_excludedOrigin : m_origin) = int(CatalogRow::Origin::Registry);
            return true;
        }
        if (v == QLatin1String("custom") || v == QLatin1String("mine")) {
            (negated ? m_excludedOrigin : m_origin) = int(CatalogRow::Origin::Custom);
            return true;
        }
        return unknownValue(
            QStringLiteral("secure, insecure, depends, curated, registry or custom"));
    }
    if (k == QLatin1String("range") || k == QLatin1String("class")) {
        RangeClass c;
        if (!parseRangeClass(v, &c))
            return unknownValue(QStringLiteral("system, user or dynamic"));
        (negated ? m_excludedRanges : m_ranges).append(c);
        return true;
    }
    if (k == QLatin1String("exam")) {
        // A trailing "+" that is not part of an alias (a+, sec+) also takes the entries marked
        // useful beyond the exam's objectives: exam:sy0-701+, exam:security++.
        QString examValue = v.toLower();
        bool beyond = false;
        if (examValue.size() > 1 && examValue.endsWith(QLatin1Char('+')) &&
            examPrefix(examValue) == examValue) {
            examValue.chop(1);
            beyond = true;
        }
        const QString prefix = examPrefix(examValue);
        bool known = false;
        for (const ExamInfo &e : knownExams())
            known = known || e.id.startsWith(prefix);
        if (!known) {
            m_warnings << QCoreApplication::translate("SearchQuery",
                                                      "No exam is called \"%1\"; known exams: %2.")
                              .arg(value.toString(), QStringLiteral("n10-009, n10-008, 220-1101, "
                                                                    "sy0-701, ccna-200-301"));
            if (!negated)
                m_matchNothing = true;
            return true;
        }
        (negated ? m_excludedExams : m_exams).append(beyond ? prefix + QLatin1Char('+') : prefix);
        return true;
    }
    if (k == QLatin1String("category") || k == QLatin1String("cat")) {
        const QString id = categoryId(value.toString());
        if (id.isEmpty()) {
            const QString closest = closestCategory(value.toString());
            m_warnings << (closest.isEmpty()
                               ? QCoreApplication::translate(
                                     "SearchQuery", "No category is called \"%1\"; categories: %2.")
                                     .arg(value.toString(), categoryIdList())
                               : QCoreApplication::translate(
                                     "SearchQuery",
                                     "No category is called \"%1\"; did you mean \"%2\"? "
                                     "Categories: %3.")
                                     .arg(value.toString(), closest, categoryIdList()));
            if (!negated)
                m_matchNothing = true;
            return true;
        }
        (negated ? m_excludedCategories : m_categories).append(id);
        return true;
    }
    if (k == QLatin1String("tag") || k == QLatin1String("label")) {
        const QString folded = foldText(value).trimmed();
        if (folded.isEmpty())
            return unknownValue(QStringLiteral("a label"));
        (negated ? m_excludedTags : m_tags).append(folded);
        return true;
    }
    if (k == QLatin1String("port")) {
        if (addPorts(value, negated))
            return true;
        return unknownValue(QStringLiteral("a port, a range or a list"));
    }
    m_warnings << QCoreApplication::translate("SearchQuery",
                                              "Unknown qualifier \"%1:\"; searched as text.")
                      .arg(key.toString());
    return false;
}

bool SearchQuery::isEmpty() const
{
    return m_ports.isEmpty() && m_excludedPorts.isEmpty() && m_words.isEmpty() &&
           m_transports == 0 && m_excludedTransports == 0 && m_securities.isEmpty() &&
           m_excludedSecurities.isEmpty() && m_ranges.isEmpty() && m_excludedRanges.isEmpty() &&
           m_exams.isEmpty() && m_excludedExams.isEmpty() && m_categories.isEmpty() &&
           m_excludedCategories.isEmpty() && m_tags.isEmpty() && m_keys.isEmpty() &&
           m_excludedTags.isEmpty() && m_origin < 0 && m_excludedOrigin < 0 && !m_matchNothing;
}

bool SearchQuery::excludesRegistryRows() const
{
    if (!m_keys.isEmpty())
        return true;
    // Registry rows are unclassified and have no exams (Catalog::buildRows).
    constexpr int registry = int(CatalogRow::Origin::Registry);
    return m_matchNothing || (m_origin >= 0 && m_origin != registry) ||
           m_excludedOrigin == registry ||
           (!m_securities.isEmpty() && !m_securities.contains(Security::Unclassified)) ||
           m_excludedSecurities.contains(Security::Unclassified) || !m_exams.isEmpty();
}

bool SearchQuery::matches(const CatalogRow &row) const
{
    if (m_matchNothing)
        return false;
    if (m_origin >= 0 && int(row.origin) != m_origin)
        return false;
    if (m_excludedOrigin >= 0 && int(row.origin) == m_excludedOrigin)
        return false;
    if (!m_keys.isEmpty() && (row.key.isEmpty() || !m_keys.contains(row.key)))
        return false;
    if (m_transports && !(row.transports & m_transports))
        return false;
    if (row.transports & m_excludedTransports)
        return false;
    if (!m_securities.isEmpty() && !m_securities.contains(row.security))
        return false;
    if (m_excludedSecurities.contains(row.security))
        return false;

    if (!m_ports.isEmpty()) {
        bool hit = false;
        for (const PortSpan &s : row.spans) {
            if (m_transports && !(maskOf(s.transport) & m_transports))
                continue;
            for (const PortRange &r : m_ports)
                hit = hit || (spanInRange(s, r) &&
                              (!r.transports || (maskOf(s.transport) & r.transports)));
        }
        if (!hit)
            return false;
    }
    for (const PortSpan &s : row.spans) {
        for (const PortRange &r : m_excludedPorts) {
            if (spanInRange(s, r) && (!r.transports || (maskOf(s.transport) & r.transports)))
                return false;
        }
    }
    const auto inClass = [&](RangeClass c) {
        const PortRange bounds{rangeClassFirstPort(c), rangeClassLastPort(c)};
        for (const PortSpan &s : row.spans) {
            if (spanInRange(s, bounds))
                return true;
        }
        return false;
    };
    if (!m_ranges.isEmpty() && std::none_of(m_ranges.cbegin(), m_ranges.cend(), inClass))
        return false;
    if (std::any_of(m_excludedRanges.cbegin(), m_excludedRanges.cend(), inClass))
        return false;

    if (!m_categories.isEmpty() && !m_categories.contains(row.category))
        return false;
    if (!row.category.isEmpty() && m_excludedCategories.contains(row.category))
        return false;

    // A term ending in '+' also matches the entries marked beyond the exam's objectives.
    const auto hasExam = [&](const QString &term) {
        const bool beyond = term.endsWith(QLatin1Char('+'));
        const QStringView prefix = beyond ? QStringView(term).chopped(1) : QStringView(term);
        const auto matches = [&](const QString &e) { return e.startsWith(prefix); };
        return std::any_of(row.exams.cbegin(), row.exams.cend(), matches) ||
               (beyond && std::any_of(row.beyondExams.cbegin(), row.beyondExams.cend(), matches));
    };
    if (!m_exams.isEmpty() && std::none_of(m_exams.cbegin(), m_exams.cend(), hasExam))
        return false;
    if (std::any_of(m_excludedExams.cbegin(), m_excludedExams.cend(), hasExam))
        return false;

    const auto hasTag = [&](const QString &prefix) {
        return std::any_of(row.labels.cbegin(), row.labels.cend(),
                           [&](const QString &l) { return l.startsWith(prefix); });
    };
    if (!std::all_of(m_tags.cbegin(), m_tags.cend(), hasTag))
        return false;
    if (std::any_of(m_excludedTags.cbegin(), m_excludedTags.cend(), hasTag))
        return false;

    for (const Word &w : m_words) {
        if (row.folded.contains(w.folded) == w.negated)
            return false;
    }
    return true;
}

int SearchQuery::rank(const CatalogRow &row) const
{
    bool exact = false;
    bool owner = false;
    for (const PortRange &r : m_ports) {
        if (r.first != r.last)
            continue;
        for (const PortSpan &s : row.spans) {
            if (s.first == r.first) {
                exact = true;
                owner = owner || s.ianaOwner;
            }
        }
    }
    for (const Word &w : m_words) {
        if (!w.negated && row.exactNames.contains(w.folded))
            exact = owner = true;
    }
    if (row.isCurated())
        return owner ? 0 : exact ? 1 : 2;
    return exact ? 3 : 4;
}

} // namespace portolan
