#pragma once

#include "catalog/CatalogRow.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace portolan {

// The browser's search language, parsed once per keystroke into a predicate that the filter
// proxy asks per row. Any text is accepted: what cannot be understood is searched as text and
// explained in warnings(), never rejected.
//
//   443   20-25   22,80,443        ports, ranges, lists (several port terms are OR-ed)
//   80/udp  udp/80  53/tcp,udp       a port on a transport, as lists print them; a transport
//   udp 80  tcp 20-21                word beside ports narrows them (alone, it is a word)
//   transport:udp  (t:, proto:)    is:secure|insecure|depends|curated|registry|custom
//   tag:edge (label:)              the user's own labels (a prefix)
//   range:system|user|dynamic (or well-known|registered|private|ephemeral)
//   exam:n10-009 (a prefix: exam:n10, exam:ccna)
//   category:remote-access (cat:; an id, a unique prefix or a title: cat:remote)
//   key:ssh,telnet                 exactly these study-set entries (by key), e.g. to drill them
//   words, "quoted phrases", -excluded    AND-ed, case- and accent-insensitive
class SearchQuery
{
public:
    // Longer queries are cut (with a warning) so that any query stays well under 50 ms.
    static constexpr qsizetype kMaxLength = 1000;
    static constexpr int kMaxTerms = 32;

    static SearchQuery parse(QStringView text);

    bool isEmpty() const;
    bool matches(const CatalogRow &row) const;
    // Lower is better: the curated entry IANA registers on the port (or named exactly), other
    // curated exact hits, curated, registry exact hits, the rest.
    int rank(const CatalogRow &row) const;
    QStringList warnings() const { return m_warnings; }
    // True when a qualifier asks for what registry rows never have (a security class, an exam,
    // the study set or the user's own entries), so that no registry row can match. Labels are
    // the caller's to judge: a registry row has them when the user put them there.
    bool excludesRegistryRows() const;
    // Whether ranking can differ between rows (a port or text term is present).
    bool ranks() const { return !m_ports.isEmpty() || !m_words.isEmpty(); }

    struct PortRange
    {
        int first;
        int last;
        // The transports this term asks for ("80/udp", "udp 80"); 0 for any.
        TransportMask transports = 0;
    };
    struct Word
    {
        QString folded;
        bool negated = false;
    };
    // Parsed parts, exposed for tests and for the UI's explanation.
    const QList<PortRange> &ports() const { return m_ports; }
    const QList<PortRange> &excludedPorts() const { return m_excludedPorts; }
    const QList<Word> &words() const { return m_words; }
    TransportMask transports() const { return m_transports; }
    TransportMask excludedTransports() const { return m_excludedTransports; }
    QList<Security> securities() const { return m_securities; }
    QList<RangeClass> rangeClasses() const { return m_ranges; }
    // Exam id prefixes; one ending in '+' also takes beyond-the-objectives entries.
    QStringList exams() const { return m_exams; }
    QStringList tags() const { return m_tags; }
    // Category ids (knownCategories()), each a whole id.
    QStringList categories() const { return m_categories; }
    QStringList keys() const { return m_keys; }

private:
    void addToken(QStringView token, bool negated, bool quoted);
    bool addQualifier(QStringView key, QStringView value, bool negated);
    bool addPorts(QStringView token, bool negated);
    bool addPortOnTransport(QStringView token, bool negated);
    // "udp 80": a bare transport word among port terms narrows the ports instead of being
    // searched as text.
    void narrowPortsByTransportWords();

    QList<PortRange> m_ports;
    QList<PortRange> m_excludedPorts;
    QList<Word> m_words;
    TransportMask m_transports = 0;
    TransportMask m_excludedTransports = 0;
    QList<Security> m_securities;
    QList<Security> m_excludedSecurities;
    QList<RangeClass> m_ranges;
    QList<RangeClass> m_excludedRanges;
    QStringList m_exams;
    QStringList m_excludedExams;
    QStringList m_categories;
    QStringList m_excludedCategories;
    QStringList m_tags; // folded
    QStringList m_keys; // entry keys, exact
    QStringList m_excludedTags;
    int m_origin = -1; // -1 any, else CatalogRow::Origin
    int m_excludedOrigin = -1;
    bool m_matchNothing = false;
    QStringList m_warnings;
};

} // namespace portolan
