#include "quiz/DistractorPicker.h"

#include "catalog/Catalog.h"
#include "quiz/NameIndex.h"
#include "quiz/PortText.h"

#include <QHash>
#include <QRandomGenerator>
#include <QSet>
#include <algorithm>
#include <climits>
#include <cstdlib>

namespace portolan {

namespace {

// The first entries of confusablePorts() are the pairs the exams are known to test.
constexpr qsizetype kClassicPairs = 8;

bool intersects(const QList<int> &a, const QList<int> &b)
{
    return std::any_of(a.begin(), a.end(), [&](int p) { return b.contains(p); });
}

QRandomGenerator generator(quint64 seed)
{
    return QRandomGenerator(quint32(seed ^ (seed >> 32)));
}

bool isRelated(const Protocol &a, const Protocol &b)
{
    return a.related.contains(b.key) || b.related.contains(a.key) ||
           a.counterparts.contains(b.key) || b.counterparts.contains(a.key);
}

} // namespace

DistractorPicker::DistractorPicker(const Catalog &catalog) : m_catalog(catalog) {}

const QList<DistractorPicker::PortPair> &DistractorPicker::confusablePorts()
{
    // The first eight are the exam classics named in the quiz issue; the rest are the
    // cleartext/TLS pairs of CONTENT.md and neighbours that share a service.
    static const QList<PortPair> pairs{
        {{161}, {162}},
        {{67}, {68}},
        {{20}, {21}},
        {{389}, {636}},
        {{5060}, {5061}},
        {{465}, {587}},
        {{137, 138, 139}, {445}},
        {{989, 990}, {20, 21}},
        {{25}, {587}},
        {{25}, {465}},
        {{110}, {995}},
        {{143}, {993}},
        {{110}, {143}},
        {{995}, {993}},
        {{22}, {23}},
        {{80}, {443}},
        {{53}, {853}},
        {{514}, {6514}},
        {{514}, {601}},
        {{3268}, {3269}},
        {{389}, {3268}},
        {{636}, {3269}},
        {{1812, 1813}, {2083}},
        {{119}, {563}},
        {{6667}, {6697}},
        {{123}, {4460}},
        {{69}, {21}},
        {{1433}, {1434}},
        {{1433}, {3306}},
        {{1521}, {1433}},
        {{500}, {4500}},
        {{546, 547}, {67, 68}},
        {{161, 162}, {10161, 10162}},
        {{137}, {138}},
        {{138}, {139}},
        {{3389}, {3306}},
        {{88}, {389}},
    };
    return pairs;
}

QStringList DistractorPicker::misnomers(const QString &protocolKey)
{
    // Each is a real mistake: the study note's own errors (CONTENT.md) and common misreadings.
    // An exam's own wording is never one, however loose ("Secure File Transfer Protocol" is how
    // Network+ prints SFTP): it is an exam label, accepted as an answer.
    static const QHash<QString, QStringList> table{
        {QStringLiteral("dhcp"), {QStringLiteral("Dynamic Host Control Protocol")}},
        {QStringLiteral("dns"),
         {QStringLiteral("Domain Name Service"), QStringLiteral("Domain Name Server")}},
        {QStringLiteral("imap"),
         {QStringLiteral("Internet Mail Access Protocol"),
          QStringLiteral("Internet Mail Application Protocol")}},
        {QStringLiteral("sftp"), {QStringLiteral("Simple File Transfer Protocol")}},
        {QStringLiteral("snmp"), {QStringLiteral("Simple Network Monitoring Protocol")}},
        {QStringLiteral("smtp"), {QStringLiteral("Simple Mail Transport Protocol")}},
        {QStringLiteral("http"), {QStringLiteral("Hypertext Transport Protocol")}},
        {QStringLiteral("ntp"), {QStringLiteral("Network Timing Protocol")}},
        {QStringLiteral("ldap"), {QStringLiteral("Lightweight Directory Authentication Protocol")}},
        {QStringLiteral("tftp"), {QStringLiteral("Tiny File Transfer Protocol")}},
        {QStringLiteral("ssh"), {QStringLiteral("Secure Socket Shell")}},
        {QStringLiteral("smb"),
         {QStringLiteral("Server Management Block"), QStringLiteral("Simple Message Block")}},
        {QStringLiteral("rdp"), {QStringLiteral("Remote Display Protocol")}},
        {QStringLiteral("sip"), {QStringLiteral("Session Integration Protocol")}},
        {QStringLiteral("pop3"), {QStringLiteral("Point of Presence Protocol version 3")}},
        {QStringLiteral("radius"), {QStringLiteral("Remote Access Dial-In User Service")}},
        {QStringLiteral("nntp"), {QStringLiteral("Network News Transport Protocol")}},
        {QStringLiteral("ike"), {QStringLiteral("Internet Key Encryption")}},
        {QStringLiteral("esp"), {QStringLiteral("Encrypted Security Payload")}},
        {QStringLiteral("ah"), {QStringLiteral("Authentication Handshake")}},
        {QStringLiteral("icmp"), {QStringLiteral("Internet Control Management Protocol")}},
        {QStringLiteral("igmp"), {QStringLiteral("Internet Gateway Management Protocol")}},
        {QStringLiteral("gre"), {QStringLiteral("Generic Routing Encryption")}},
        {QStringLiteral("rtp"), {QStringLiteral("Real-time Transfer Protocol")}},
        {QStringLiteral("ospf"), {QStringLiteral("Optimal Shortest Path First")}},
        {QStringLiteral("hsrp"), {QStringLiteral("Hot Spare Router Protocol")}},
        {QStringLiteral("vrrp"), {QStringLiteral("Virtual Router Routing Protocol")}},
        {QStringLiteral("sctp"), {QStringLiteral("Stream Control Transport Protocol")}},
        {QStringLiteral("tcp"), {QStringLiteral("Transfer Control Protocol")}},
        {QStringLiteral("udp"), {QStringLiteral("Universal Datagram Protocol")}},
    };
    return table.value(protocolKey);
}

int DistractorPicker::similarity(int a, int b) const
{
    const auto &protocols = m_catalog.protocols();
    const Protocol &pa = protocols.at(a);
    const Protocol &pb = protocols.at(b);
    const QList<int> portsA = portNumbers(pa.ports);
    const QList<int> portsB = portNumbers(pb.ports);
    int score = 0;
    for (const PortPair &pair : confusablePorts()) {
        if ((intersects(portsA, pair.first) && intersects(portsB, pair.second)) ||
            (intersects(portsA, pair.second) && intersects(portsB, pair.first))) {
            score += 10;
            break;
        }
    }
    if (isRelated(pa, pb))
        score += 6;
    int nearest = INT_MAX;
    for (int x : portsA) {
        for (int y : portsB)
            nearest = std::min(nearest, std::abs(x - y));
    }
    score += nearest <= 2 ? 4 : nearest <= 10 ? 2 : nearest <= 100 ? 1 : 0;
    if (pa.kind != pb.kind)
        score -= 5;
    if (pa.ipProtocol >= 0 && pb.ipProtocol >= 0 && std::abs(pa.ipProtocol - pb.ipProtocol) <= 3)
        score += 2;
    return score;
}

QList<int> DistractorPicker::ranked(const QList<int> &candidates, quint64 seed,
                                    const std::function<double(int)> &score) const
{
    // A random fraction below 1 only reorders equal scores, so the choice stays confusable
    // but varies from card to card.
    QRandomGenerator rng = generator(seed);
    QList<QPair<double, int>> scored;
    for (int c : candidates)
        scored.append({-(score(c) + rng.generateDouble()), c});
    std::sort(scored.begin(), scored.end());
    QList<int> out;
    for (const auto &s : std::as_const(scored))
        out.append(s.second);
    return out;
}

QList<int> DistractorPicker::protocols(int target, const QList<int> &exclude, int count,
                                       quint64 seed) const
{
    if (count <= 0)
        return {};
    const auto &all = m_catalog.protocols();
    if (target < 0 || target >= all.size())
        return {};
    QList<int> candidates;
    for (int i = 0; i < all.size(); ++i) {
        if (i != target && !exclude.contains(i))
            candidates.append(i);
    }
    QSet<QString> labels{NameIndex::normalize(all.at(target).abbreviation)};
    for (int e : exclude) {
        if (e >= 0 && e < all.size())
            labels.insert(NameIndex::normalize(all.at(e).abbreviation));
    }
    QList<int> out;
    for (int c : ranked(candidates, seed, [&](int c) { return similarity(target, c); })) {
        const QString label = NameIndex::normalize(all.at(c).abbreviation);
        if (labels.contains(label))
            continue;
        labels.insert(label);
        out.append(c);
        if (out.size() == count)
            break;
    }
    return out;
}

QList<int> DistractorPicker::counterparts(int target, const QList<int> &exclude, int count,
                                          quint64 seed) const
{
    if (count <= 0)
        return {};
    const auto &all = m_catalog.protocols();
    if (target < 0 || target >= all.size())
        return {};
    QList<int> rightOnes;
    for (const QString &key : all.at(target).counterparts) {
        const int i = m_catalog.protocolIndex(key);
        if (i >= 0)
            rightOnes.append(i);
    }
    QSet<int> isSomeCounterpart;
    for (const Protocol &p : all) {
        for (const QString &key : p.counterparts)
            isSomeCounterpart.insert(m_catalog.protocolIndex(key));
    }
    // A protocol on exactly the ports of a right answer is right in practice (SFTP for SSH,
    // DoH for HTTPS), so it is never offered as a wrong one.
    const auto sameClaims = [&](int c) {
        QStringList own;
        for (const PortAssignment &a : all.at(c).ports)
            own << a.label();
        own.sort();
        return std::any_of(rightOnes.begin(), rightOnes.end(), [&](int r) {
            QStringList theirs;
            for (const PortAssignment &a : all.at(r).ports)
                theirs << a.label();
            theirs.sort();
            return !own.isEmpty() && own == theirs;
        });
    };
    QList<int> candidates;
    for (int i = 0; i < all.size(); ++i) {
        if (i != target && !exclude.contains(i) && !rightOnes.contains(i) && !sameClaims(i))
            candidates.append(i);
    }
    const auto score = [&](int c) {
        int best = 0;
        for (int r : std::as_const(rightOnes))
            best = std::max(best, similarity(r, c));
        double s = similarity(target, c) + best;
        if (all.at(c).security == Security::Secure)
            s += 6;
        if (isSomeCounterpart.contains(c))
            s += 3;
        return s;
    };
    QSet<QString> labels{NameIndex::normalize(all.at(target).abbreviation)};
    for (int r : std::as_const(rightOnes))
        labels.insert(NameIndex::normalize(all.at(r).abbreviation));
    QList<int> out;
    for (int c : ranked(candidates, seed, score)) {
        const QString label = NameIndex::normalize(all.at(c).abbreviation);
        if (labels.contains(label))
            continue;
        labels.insert(label);
        out.append(c);
        if (out.size() == count)
            break;
    }
    return out;
}

QList<QList<int>> DistractorPicker::portSets(int target, int count, quint64 seed) const
{
    if (count <= 0)
        return {};
    const auto &all = m_catalog.protocols();
    if (target < 0 || target >= all.size())
        return {};
    const QList<int> right = portNumbers(all.at(target).ports);
    if (right.isEmpty())
        return {};

    QList<QPair<double, QList<int>>> scored;
    QRandomGenerator rng = generator(seed);
    const auto offer = [&](QList<int> set, double score) {
        std::sort(set.begin(), set.end());
        set.erase(std::unique(set.begin(), set.end()), set.end());
        if (set.isEmpty() || set == right || set.first() < 0 || set.last() > 65535)
            return;
        scored.append({-(score + rng.generateDouble()), set});
    };
    // The classic pairs: swap the part of the answer that one side covers for the other side.
    // They outrank everything else, the exam's own eight most of all.
    const auto &pairs = confusablePorts();
    for (qsizetype k = 0; k < pairs.size(); ++k) {
        const PortPair &pair = pairs.at(k);
        const double score = k < kClassicPairs ? 25 : 20;
        for (const auto &[from, to] :
             {std::pair(pair.first, pair.second), std::pair(pair.second, pair.first)}) {
            if (!intersects(right, from))
                continue;
            QList<int> set;
            for (int p : right) {
                if (!from.contains(p))
                    set.append(p);
            }
            offer(set + to, score);
        }
    }
    // The ports of the protocols most like this one.
    for (int i = 0; i < all.size(); ++i) {
        if (i != target && !all.at(i).ports.isEmpty())
            offer(portNumbers(all.at(i).ports), similarity(target, i));
    }
    // Neighbouring numbers, nearest first: they also fill up when nothing else is left.
    for (int shift = 1; shift <= count + 1; ++shift) {
        for (int sign : {1, -1}) {
            QList<int> set;
            for (int p : right)
                set.append(p + sign * shift);
            offer(set, 3.0 / shift);
        }
    }
    std::sort(scored.begin(), scored.end(),
              [](const auto &a, const auto &b) { return a.first < b.first; });
    QList<QList<int>> out;
    for (const auto &s : std::as_const(scored)) {
        if (!out.contains(s.second))
            out.append(s.second);
        if (out.size() == count)
            break;
    }
    return out;
}

QStringList DistractorPicker::names(int target, int count, quint64 seed) const
{
    if (count <= 0)
        return {};
    const auto &all = m_catalog.protocols();
    if (target < 0 || target >= all.size())
        return {};
    const Protocol &p = all.at(target);
    QSet<QString> seen{NameIndex::normalize(p.name)};
    // The entry's other right answers (its exam wordings and aliases) are never offered as wrong.
    for (const ExamTag &t : p.exams)
        seen.insert(NameIndex::normalize(t.label));
    for (const QString &alias : p.aliases)
        seen.insert(NameIndex::normalize(alias));
    QStringList out;
    for (const QString &name : misnomers(p.key)) {
        if (out.size() < std::max(1, count - 1) && !seen.contains(NameIndex::normalize(name))) {
            seen.insert(NameIndex::normalize(name));
            out.append(name);
        }
    }
    QList<int> candidates;
    for (int i = 0; i < all.size(); ++i) {
        if (i != target)
            candidates.append(i);
    }
    for (int c : ranked(candidates, seed, [&](int c) { return similarity(target, c); })) {
        if (out.size() >= count)
            break;
        const QString name = all.at(c).name;
        const QString key = NameIndex::normalize(name);
        if (seen.contains(key) || NameIndex::normalize(all.at(c).abbreviation) == key)
            continue;
        seen.insert(key);
        out.append(name);
    }
    return out;
}

} // namespace portolan
