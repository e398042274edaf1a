#pragma once

#include "domain/Protocol.h"

#include <QHash>
#include <QList>
#include <QString>

namespace portolan {

// Finds the curated protocols a typed name means: abbreviation, full name, alias or key,
// ignoring case, accents and punctuation, forgiving small typos in long names only (SMTP and
// SNMP are one letter apart, so an acronym must be exact).
//
// A protocol is also known by its names with the parenthesised part dropped ("Message
// Submission" for "Message Submission (SMTP on port 587)"), unless that shorter name is
// another protocol's own name: "SMTP" never means 587's "SMTP (submission)".
class NameIndex
{
public:
    NameIndex() = default;
    explicit NameIndex(const QList<Protocol> &protocols);

    // Case- and accent-folded, every run of non-letters and non-digits one space, trimmed.
    static QString normalize(QStringView text);

    // Whether a normalised answer is a tolerable misspelling of a normalised name: word by
    // word, words of 5–8 letters may be one edit off and longer words two; shorter words and
    // words with digits must be exact. Names differing only in spacing are equal (distance 0).
    static bool isCloseEnough(QStringView given, QStringView expected, int *distance = nullptr);

    struct Match
    {
        QList<int> protocols; // indices into the protocol list; empty when nothing matched
        int distance = 0;     // 0: exact (up to case, accents, punctuation)
        QString form;         // the name that matched, as written in the reference
    };
    // Exact matches first (every protocol known by that name); otherwise the closest long
    // name within isCloseEnough().
    Match lookup(QStringView typed) const;

    // The names a protocol is known by, as written in the reference (abbreviation first).
    QStringList formsOf(int protocol) const { return m_forms.value(protocol); }

private:
    void add(int protocol, const QString &form);

    QList<QStringList> m_forms;
    QHash<QString, QList<int>> m_byCompact; // normalised without spaces → protocols
    struct Long
    {
        QString normalized;
        QString form;
        int protocol;
    };
    QList<Long> m_long; // candidates for typo-tolerant matching
};

} // namespace portolan
