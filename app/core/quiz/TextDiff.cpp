#include "quiz/TextDiff.h"

#include <algorithm>
#include <vector>

namespace portolan::textdiff {

namespace {

bool sameChar(QChar a, QChar b)
{
    return a == b || a.toCaseFolded() == b.toCaseFolded();
}

void append(QList<DiffSegment> &out, DiffSegment::Kind kind, QChar c)
{
    if (!out.isEmpty() && out.last().kind == kind)
        out.last().text.append(c);
    else
        out.append({kind, QString(c)});
}

} // namespace

int distance(QStringView a, QStringView b)
{
    const qsizetype n = a.size();
    const qsizetype m = b.size();
    // Three rows suffice for the transposition rule (it looks two rows back).
    std::vector<int> prev2(size_t(m + 1)), prev(size_t(m + 1)), cur(size_t(m + 1));
    for (qsizetype j = 0; j <= m; ++j)
        prev[size_t(j)] = int(j);
    for (qsizetype i = 1; i <= n; ++i) {
        cur[0] = int(i);
        for (qsizetype j = 1; j <= m; ++j) {
            const int cost = a[i - 1] == b[j - 1] ? 0 : 1;
            int best =
                std::min({prev[size_t(j)] + 1, cur[size_t(j - 1)] + 1, prev[size_t(j - 1)] + cost});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                best = std::min(best, prev2[size_t(j - 2)] + 1);
            cur[size_t(j)] = best;
        }
        std::swap(prev2, prev);
        std::swap(prev, cur);
    }
    return prev[size_t(m)];
}

QList<DiffSegment> diff(QStringView given, QStringView expected)
{
    // Plain Levenshtein table, then a walk back from the end that prefers matches, so the
    // diff shows the fewest changed characters. Answers are short: the table is tiny.
    const qsizetype n = given.size();
    const qsizetype m = expected.size();
    std::vector<int> d(size_t((n + 1) * (m + 1)));
    const auto at = [&](qsizetype i, qsizetype j) -> int & { return d[size_t(i * (m + 1) + j)]; };
    for (qsizetype i = 0; i <= n; ++i)
        at(i, 0) = int(i);
    for (qsizetype j = 0; j <= m; ++j)
        at(0, j) = int(j);
    for (qsizetype i = 1; i <= n; ++i) {
        for (qsizetype j = 1; j <= m; ++j) {
            const int cost = sameChar(given[i - 1], expected[j - 1]) ? 0 : 1;
            at(i, j) = std::min({at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost});
        }
    }

    QList<DiffSegment> reversed;
    qsizetype i = n;
    qsizetype j = m;
    while (i > 0 || j > 0) {
        if (i > 0 && j > 0 && sameChar(given[i - 1], expected[j - 1]) &&
            at(i, j) == at(i - 1, j - 1)) {
            append(reversed, DiffSegment::Kind::Same, expected[j - 1]);
            --i;
            --j;
        } else if (i > 0 && j > 0 && at(i, j) == at(i - 1, j - 1) + 1) {
            // A substitution shows as the wrong character struck out, then the right one.
            append(reversed, DiffSegment::Kind::Missing, expected[j - 1]);
            append(reversed, DiffSegment::Kind::Extra, given[i - 1]);
            --i;
            --j;
        } else if (j > 0 && at(i, j) == at(i, j - 1) + 1) {
            append(reversed, DiffSegment::Kind::Missing, expected[j - 1]);
            --j;
        } else {
            append(reversed, DiffSegment::Kind::Extra, given[i - 1]);
            --i;
        }
    }

    // The runs were built back to front, each run's text reversed too. Between two agreeing
    // runs, all struck-out text comes first and all missing text after it, so "xy" for "ab"
    // reads as one correction instead of alternating characters.
    QList<DiffSegment> out;
    QString extra;
    QString missing;
    const auto flush = [&] {
        if (!extra.isEmpty())
            out.append({DiffSegment::Kind::Extra, extra});
        if (!missing.isEmpty())
            out.append({DiffSegment::Kind::Missing, missing});
        extra.clear();
        missing.clear();
    };
    for (auto it = reversed.crbegin(); it != reversed.crend(); ++it) {
        QString text = it->text;
        std::reverse(text.begin(), text.end());
        if (it->kind == DiffSegment::Kind::Extra) {
            extra += text;
        } else if (it->kind == DiffSegment::Kind::Missing) {
            missing += text;
        } else {
            flush();
            if (!out.isEmpty() && out.last().kind == DiffSegment::Kind::Same)
                out.last().text += text;
            else
                out.append({DiffSegment::Kind::Same, text});
        }
    }
    flush();
    return out;
}

} // namespace portolan::textdiff
