#include "practice/PracticeQuestionMaker.h"

#include "catalog/Catalog.h"
#include "practice/ScenarioCheck.h"
#include "quiz/DistractorPicker.h"
#include "quiz/PortText.h"

#include <QCoreApplication>
#include <QRandomGenerator>

namespace portolan {

namespace {

TransportMask transportsOf(const Protocol &p)
{
    TransportMask mask = 0;
    for (const PortAssignment &a : p.ports)
        mask |= maskOf(a.transport);
    return mask;
}

// "21/TCP control · 20/TCP data (active mode)": what the explanation of a port question says.
QString rolesText(const Protocol &p)
{
    QStringList parts;
    for (const PortAssignment &a : p.ports)
        parts << a.portText() + u'/' + transportName(a.transport).toUpper() + u' ' + a.role;
    return parts.join(QStringLiteral(" · "));
}

// Whether the entry's own reason for its class is about logins: then the exam's wording
// ("sends credentials in cleartext") is true of it, not just "unencrypted".
bool exposesCredentials(const Protocol &p)
{
    for (const char *word : {"password", "credential", "login", "log in", "community string"}) {
        if (p.securityReason.contains(QLatin1String(word), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace

PracticeQuestionMaker::PracticeQuestionMaker(const Catalog &catalog,
                                             const DistractorPicker &distractors)
    : m_catalog(catalog), m_distractors(distractors)
{}

QList<PracticeKind> PracticeQuestionMaker::kindsFor(int index) const
{
    const Protocol &p = m_catalog.protocols().at(index);
    QList<PracticeKind> kinds{PracticeKind::Protocol, PracticeKind::Port};
    if (!p.counterparts.isEmpty())
        kinds << PracticeKind::Counterpart;
    if (p.security == Security::Secure || p.security == Security::Insecure)
        kinds << PracticeKind::Security;
    if (!p.ports.isEmpty())
        kinds << PracticeKind::Transport;
    if (portNumbers(p.ports).size() == 2)
        kinds << PracticeKind::SelectTwo;
    return kinds;
}

std::optional<PracticeQuestion> PracticeQuestionMaker::make(PracticeKind kind, int index,
                                                            quint64 seed) const
{
    if (index < 0 || index >= m_catalog.protocols().size())
        return std::nullopt;
    PracticeQuestion q;
    q.kind = kind;
    q.entryKey = m_catalog.protocols().at(index).key;
    bool ok = false;
    switch (kind) {
    case PracticeKind::Protocol:
        ok = makeProtocol(q, index, seed);
        break;
    case PracticeKind::Port:
        ok = makePort(q, index, seed);
        break;
    case PracticeKind::Counterpart:
        ok = makeCounterpart(q, index, seed);
        break;
    case PracticeKind::Security:
        ok = makeSecurity(q, index, seed);
        break;
    case PracticeKind::Transport:
        ok = makeTransport(q, index, seed);
        break;
    case PracticeKind::SelectTwo:
        ok = makeSelectTwo(q, index, seed);
        break;
    case PracticeKind::Scenario:
        break;
    }
    if (!ok || q.choices.size() <= q.answers.size())
        return std::nullopt;
    return q;
}

void PracticeQuestionMaker::shuffle(PracticeQuestion &q, const QStringList &choices,
                                    const QStringList &notes, int right, quint64 seed)
{
    QRandomGenerator rng(quint32(seed ^ (seed >> 32)));
    QList<int> order;
    for (int i = 0; i < choices.size(); ++i)
        order << i;
    for (qsizetype i = order.size() - 1; i > 0; --i)
        order.swapItemsAt(i, qsizetype(rng.bounded(quint32(i + 1))));
    q.choices.clear();
    q.choiceNotes.clear();
    q.answers.clear();
    for (int i : std::as_const(order)) {
        if (i < right)
            q.answers << int(q.choices.size());
        q.choices << choices.at(i);
        q.choiceNotes << (i < right ? QString() : notes.value(i));
    }
}

QString PracticeQuestionMaker::usedBy(int port) const
{
    QStringList who;
    for (int i = 0; i < m_catalog.firstCustomIndex(); ++i) {
        const Protocol &o = m_catalog.protocols().at(i);
        if (portNumbers(o.ports).contains(port) && !who.contains(o.abbreviation))
            who << o.abbreviation;
        if (who.size() == 2)
            break;
    }
    return who.isEmpty() ? QString()
                         : tr("%1 is %2.").arg(port).arg(who.join(QStringLiteral(", ")));
}

QList<QPair<int, QString>> PracticeQuestionMaker::wrongPorts(int index, const QList<int> &avoid,
                                                             int count, quint64 seed) const
{
    const Protocol &p = m_catalog.protocols().at(index);
    QList<int> candidates;
    for (const QList<int> &set : m_distractors.portSets(index, 6, seed))
        candidates << set;
    for (int o : m_distractors.protocols(index, {}, 8, seed))
        candidates << portNumbers(m_catalog.protocols().at(o).ports);
    QList<QPair<int, QString>> out;
    const QList<int> own = portNumbers(p.ports);
    for (int port : std::as_const(candidates)) {
        if (own.contains(port) || avoid.contains(port) ||
            std::any_of(out.begin(), out.end(), [&](const auto &o) { return o.first == port; }))
            continue;
        QString note = usedBy(port);
        if (note.isEmpty())
            note = tr("%1 is not a port of %2.").arg(port).arg(p.abbreviation);
        out.append({port, note});
        if (out.size() == count)
            break;
    }
    return out;
}

bool PracticeQuestionMaker::makeProtocol(PracticeQuestion &q, int index, quint64 seed) const
{
    const auto &all = m_catalog.protocols();
    const Protocol &p = all.at(index);
    QList<int> accepted{index};
    QList<int> exclude;
    if (!p.ports.isEmpty()) {
        q.stem = tr("Which protocol uses %1 by default?").arg(portClaimsText(p.ports));
        for (int i = 0; i < all.size(); ++i) {
            if (i != index && all.at(i).claimsAll(p.ports))
                accepted << i;
        }
        q.explanation = p.abbreviation + QStringLiteral(" (") + p.name + QStringLiteral("): ") +
                        rolesText(p) + QStringLiteral(". ") + p.summary;
    } else if (p.ipProtocol >= 0) {
        q.stem = tr("Which protocol is IP protocol number %1?").arg(p.ipProtocol);
        // Offer other IP protocols: a service with ports would give itself away.
        for (int i = 0; i < all.size(); ++i) {
            if (all.at(i).ipProtocol < 0)
                exclude << i;
        }
        q.explanation =
            tr("%1 (%2) is IP protocol %3.").arg(p.abbreviation, p.name).arg(p.ipProtocol) + u' ' +
            p.summary;
    } else {
        return false;
    }
    QStringList choices{p.abbreviation};
    QStringList notes{QString()};
    QList<int> picked = m_distractors.protocols(index, accepted + exclude, kChoices - 1, seed);
    if (picked.size() < kChoices - 1)
        picked = m_distractors.protocols(index, accepted, kChoices - 1, seed);
    for (int d : std::as_const(picked)) {
        const Protocol &o = all.at(d);
        choices << o.abbreviation;
        notes << (o.ports.isEmpty()
                      ? tr("%1 is IP protocol %2.").arg(o.abbreviation).arg(o.ipProtocol)
                      : tr("%1 uses %2.").arg(o.abbreviation, portClaimsText(o.ports)));
    }
    shuffle(q, choices, notes, 1, seed);
    return true;
}

bool PracticeQuestionMaker::makePort(PracticeQuestion &q, int index, quint64 seed) const
{
    const auto &all = m_catalog.protocols();
    const Protocol &p = all.at(index);
    QStringList choices;
    QStringList notes;
    if (!p.ports.isEmpty()) {
        const QList<int> right = portNumbers(p.ports);
        q.stem = right.size() == 1 ? tr("Which port does %1 use?").arg(p.abbreviation)
                                   : tr("Which ports does %1 use?").arg(p.abbreviation);
        q.explanation = p.abbreviation + QStringLiteral(": ") + rolesText(p) + QLatin1Char('.');
        choices << portSetText(right);
        notes << QString();
        for (const QList<int> &set : m_distractors.portSets(index, kChoices - 1, seed)) {
            QString note = tr("%1 is not what %2 uses.").arg(portSetText(set), p.abbreviation);
            for (const Protocol &o : all) {
                if (!o.ports.isEmpty() && portNumbers(o.ports) == set) {
                    note = tr("%1 is %2.").arg(portSetText(set), o.abbreviation);
                    break;
                }
            }
            choices << portSetText(set);
            notes << note;
        }
    } else if (p.ipProtocol >= 0) {
        q.stem = tr("Which IP protocol number does %1 use?").arg(p.abbreviation);
        q.explanation =
            tr("%1 (%2) is IP protocol %3.").arg(p.abbreviation, p.name).arg(p.ipProtocol);
        choices << QString::number(p.ipProtocol);
        notes << QString();
        QList<int> exclude;
        for (int i = 0; i < all.size(); ++i) {
            if (all.at(i).ipProtocol < 0 || all.at(i).ipProtocol == p.ipProtocol)
                exclude << i;
        }
        for (int d : m_distractors.protocols(index, exclude, kChoices - 1, seed)) {
            const Protocol &o = all.at(d);
            if (choices.contains(QString::number(o.ipProtocol)))
                continue;
            choices << QString::number(o.ipProtocol);
            notes << tr("%1 is %2.").arg(o.ipProtocol).arg(o.abbreviation);
        }
    } else {
        return false;
    }
    shuffle(q, choices, notes, 1, seed);
    return true;
}

bool PracticeQuestionMaker::makeCounterpart(PracticeQuestion &q, int index, quint64 seed) const
{
    const auto &all = m_catalog.protocols();
    const Protocol &p = all.at(index);
    QList<int> rightOnes;
    QStringList names;
    for (const QString &key : p.counterparts) {
        const int i = m_catalog.protocolIndex(key);
        if (i >= 0) {
            rightOnes << i;
            names << all.at(i).abbreviation + u' ' + portClaimsText(all.at(i).ports);
        }
    }
    if (rightOnes.isEmpty())
        return false;
    // One of the counterparts is offered; the others never appear as wrong choices.
    const int right = rightOnes.at(int(seed % quint64(rightOnes.size())));
    q.stem = tr("A security audit says %1 must be replaced. Which protocol is its secure "
                "counterpart?")
                 .arg(p.abbreviation);
    q.explanation = tr("%1's secure counterpart: %2.").arg(p.abbreviation, names.join(tr(" or "))) +
                    u' ' + p.securityReason;
    QStringList choices{all.at(right).abbreviation};
    QStringList notes{QString()};
    for (int d : m_distractors.counterparts(index, rightOnes, kChoices - 1, seed)) {
        const Protocol &o = all.at(d);
        choices << o.abbreviation;
        notes << tr("%1 does not replace %2: %3").arg(o.abbreviation, p.abbreviation, o.summary);
    }
    shuffle(q, choices, notes, 1, seed);
    return true;
}

bool PracticeQuestionMaker::makeSecurity(PracticeQuestion &q, int index, quint64 seed) const
{
    const auto &all = m_catalog.protocols();
    const Protocol &p = all.at(index);
    Security wrongClass;
    if (p.security == Security::Insecure) {
        q.stem = exposesCredentials(p)
                     ? tr("Which of these protocols sends credentials in cleartext?")
                     : tr("Which of these protocols carries its traffic unencrypted?");
        wrongClass = Security::Secure;
    } else if (p.security == Security::Secure) {
        q.stem = tr("Which of these protocols protects its traffic with encryption by design?");
        wrongClass = Security::Insecure;
    } else {
        return false;
    }
    // Wrong choices come from the opposite class only: a "depends" protocol would be arguable.
    QList<int> exclude;
    for (int i = 0; i < all.size(); ++i) {
        if (all.at(i).security != wrongClass || m_catalog.isCustomProtocol(i))
            exclude << i;
    }
    q.explanation = p.abbreviation + QStringLiteral(": ") + p.securityReason;
    QStringList choices{p.abbreviation};
    QStringList notes{QString()};
    for (int d : m_distractors.protocols(index, exclude, kChoices - 1, seed)) {
        const Protocol &o = all.at(d);
        choices << o.abbreviation;
        notes << o.abbreviation + QStringLiteral(": ") + o.securityReason;
    }
    shuffle(q, choices, notes, 1, seed);
    return true;
}

bool PracticeQuestionMaker::makeTransport(PracticeQuestion &q, int index, quint64) const
{
    const Protocol &p = m_catalog.protocols().at(index);
    const TransportMask mask = transportsOf(p);
    const bool tcp = mask & maskOf(Transport::Tcp);
    const bool udp = mask & maskOf(Transport::Udp);
    if (!tcp && !udp)
        return false;
    q.stem = tr("Which transport does %1 use on its standard ports?").arg(p.abbreviation);
    q.explanation = p.abbreviation + QStringLiteral(": ") + rolesText(p) + QLatin1Char('.');
    // The classes in their usual order; the right one first for shuffle's bookkeeping, then
    // put back in order (an exam lists TCP, UDP, both).
    const QStringList labels{tr("TCP"), tr("UDP"), tr("Both TCP and UDP")};
    const int right = tcp && udp ? 2 : tcp ? 0 : 1;
    const QString uses = tr("%1 uses %2.").arg(p.abbreviation, portClaimsText(p.ports));
    for (int i = 0; i < labels.size(); ++i) {
        q.choices << labels.at(i);
        q.choiceNotes << (i == right ? QString() : uses);
    }
    q.answers = {right};
    return true;
}

bool PracticeQuestionMaker::makeSelectTwo(PracticeQuestion &q, int index, quint64 seed) const
{
    const Protocol &p = m_catalog.protocols().at(index);
    const QList<int> right = portNumbers(p.ports);
    if (right.size() != 2)
        return false;
    q.stem = tr("Which two ports does %1 use? (Choose two.)").arg(p.abbreviation);
    q.explanation = p.abbreviation + QStringLiteral(": ") + rolesText(p) + QLatin1Char('.');
    QStringList choices{QString::number(right.at(0)), QString::number(right.at(1))};
    QStringList notes{QString(), QString()};
    for (const auto &[port, note] : wrongPorts(index, right, kChoices - 2, seed)) {
        choices << QString::number(port);
        notes << note;
    }
    shuffle(q, choices, notes, 2, seed);
    return true;
}

QString PracticeQuestionMaker::fillSlots(const QString &text, const Scenario &s, const Protocol &p)
{
    int port = s.answer == Scenario::Answer::Port ? ScenarioCheck::answerPort(s, p) : -1;
    if (port < 0 && !p.ports.isEmpty())
        port = p.ports.first().first;
    QString transport;
    for (const PortAssignment &a : p.ports) {
        if (a.contains(port)) {
            transport = transportName(a.transport).toUpper();
            break;
        }
    }
    QString out = text;
    out.replace(QLatin1String("{abbr}"), p.abbreviation)
        .replace(QLatin1String("{name}"), p.name)
        .replace(QLatin1String("{port}"), QString::number(port))
        .replace(QLatin1String("{transport}"), transport)
        .replace(QLatin1String("{claims}"), portClaimsText(p.ports))
        .replace(QLatin1String("{ipproto}"), QString::number(p.ipProtocol));
    return out;
}

std::optional<PracticeQuestion> PracticeQuestionMaker::makeScenario(const Scenario &s, int index,
                                                                    quint64 seed) const
{
    const auto &all = m_catalog.protocols();
    if (index < 0 || index >= all.size())
        return std::nullopt;
    const Protocol &p = all.at(index);
    PracticeQuestion q;
    q.kind = PracticeKind::Scenario;
    q.entryKey = p.key;
    q.scenarioId = s.id;
    q.stem = fillSlots(s.stem, s, p);
    q.explanation = fillSlots(s.explanation, s, p);
    QStringList choices;
    QStringList notes;
    if (s.answer == Scenario::Answer::Port) {
        const int port = ScenarioCheck::answerPort(s, p);
        if (port < 0)
            return std::nullopt;
        choices << QString::number(port);
        notes << QString();
        if (!s.distractors.isEmpty()) {
            for (const Scenario::Distractor &d : s.distractors) {
                choices << QString::number(d.port);
                notes << d.why;
            }
        } else {
            for (const auto &[wrong, note] : wrongPorts(index, {}, kChoices - 1, seed)) {
                choices << QString::number(wrong);
                notes << note;
            }
        }
    } else {
        choices << p.abbreviation;
        notes << QString();
        if (!s.distractors.isEmpty()) {
            for (const Scenario::Distractor &d : s.distractors) {
                const Protocol *o = m_catalog.protocol(d.entryKey);
                if (!o)
                    return std::nullopt;
                choices << o->abbreviation;
                notes << d.why;
            }
        } else {
            QList<int> exclude{index};
            for (int i = 0; i < all.size(); ++i) {
                const Protocol &o = all.at(i);
                // Never offer another right answer; for an IP protocol offer IP protocols.
                if ((!p.ports.isEmpty() && o.claimsAll(p.ports)) ||
                    (p.ports.isEmpty() && o.ipProtocol < 0))
                    exclude << i;
            }
            for (int d : m_distractors.protocols(index, exclude, kChoices - 1, seed)) {
                const Protocol &o = all.at(d);
                choices << o.abbreviation;
                notes << (o.ports.isEmpty()
                              ? tr("%1 is IP protocol %2.").arg(o.abbreviation).arg(o.ipProtocol)
                              : tr("%1 uses %2.").arg(o.abbreviation, portClaimsText(o.ports)));
            }
        }
    }
    if (choices.size() < 2)
        return std::nullopt;
    shuffle(q, choices, notes, 1, seed);
    return q;
}

} // namespace portolan
