#include "practice/ScenarioCheck.h"

#include "catalog/Catalog.h"
#include "quiz/PortText.h"

namespace portolan {

int ScenarioCheck::answerPort(const Scenario &s, const Protocol &entry)
{
    if (s.port >= 0)
        return s.port;
    return entry.ports.isEmpty() ? -1 : entry.ports.first().first;
}

QStringList ScenarioCheck::problems(const QList<Scenario> &scenarios) const
{
    QStringList out;
    for (const Scenario &s : scenarios)
        out << problems(s);
    return out;
}

QStringList ScenarioCheck::problems(const Scenario &s) const
{
    QStringList out;
    const QString where = QStringLiteral("%1:%2: %3: ").arg(s.fileName).arg(s.line).arg(s.id);
    const auto &all = m_catalog.protocols();
    for (const QString &key : s.fits) {
        const int index = m_catalog.protocolIndex(key);
        if (index < 0) {
            out << where + QStringLiteral("fits \"%1\", which is not in the study set").arg(key);
            continue;
        }
        const Protocol &p = all.at(index);
        // The objective: an entry tagged for a cited exam must be tagged with that objective,
        // and at least one cited exam must tag it (else no exam would ever ask it).
        bool asked = false;
        for (const QString &c : s.objectives) {
            for (const ExamTag &t : p.exams) {
                if (t.beyond || !c.startsWith(ExamTag{t.exam, {}, {}, false}.citation() + u' '))
                    continue;
                if (t.citation() == c)
                    asked = true;
                else
                    out << where + QStringLiteral("cites %1, but %2 is tagged %3")
                                       .arg(c, p.abbreviation, t.citation());
            }
        }
        if (!asked)
            out << where + QStringLiteral("%1 is tagged with none of its objectives (%2)")
                               .arg(p.abbreviation, s.objectives.join(QStringLiteral(", ")));

        const QList<int> ports = portNumbers(p.ports);
        if (s.answer == Scenario::Answer::Port) {
            const int port = answerPort(s, p);
            if (port < 0 || !ports.contains(port))
                out << where + QStringLiteral("the answer %1 is not a port of %2 (%3)")
                                   .arg(port)
                                   .arg(p.abbreviation, portSetText(ports));
            if ((s.stem.contains(QLatin1String("{ipproto}")) ||
                 s.explanation.contains(QLatin1String("{ipproto}"))) &&
                p.ipProtocol < 0)
                out << where + QStringLiteral("{ipproto} but %1 has no IP protocol number")
                                   .arg(p.abbreviation);
            for (const Scenario::Distractor &d : s.distractors) {
                if (d.port == port) {
                    out << where + QStringLiteral("distractor %1 is the answer").arg(d.port);
                } else if (ports.contains(d.port) && !d.roleTrap) {
                    out << where + QStringLiteral("distractor %1 is a port of %2, so it is right")
                                       .arg(d.port)
                                       .arg(p.abbreviation);
                } else if (d.roleTrap) {
                    // Wrong only for its role: the reason must say which role that is.
                    const auto claim =
                        std::find_if(p.ports.begin(), p.ports.end(),
                                     [&](const PortAssignment &a) { return a.contains(d.port); });
                    const QString role = claim == p.ports.end()
                                             ? QString()
                                             : claim->role.section(QLatin1Char(' '), 0, 0);
                    if (role.isEmpty())
                        out << where + QStringLiteral("role_trap %1 is not a port of %2")
                                           .arg(d.port)
                                           .arg(p.abbreviation);
                    else if (!d.why.contains(role, Qt::CaseInsensitive))
                        out << where + QStringLiteral("role_trap %1: the reason must name its "
                                                      "role (%2)")
                                           .arg(d.port)
                                           .arg(claim->role);
                }
            }
        } else {
            if ((s.stem.contains(QLatin1String("{port}")) ||
                 s.stem.contains(QLatin1String("{transport}"))) &&
                p.ports.isEmpty())
                out << where + QStringLiteral("{port} but %1 has no port").arg(p.abbreviation);
            if (s.stem.contains(QLatin1String("{ipproto}")) && p.ipProtocol < 0)
                out << where + QStringLiteral("{ipproto} but %1 has no IP protocol number")
                                   .arg(p.abbreviation);
            for (const Scenario::Distractor &d : s.distractors) {
                const Protocol *o = m_catalog.protocol(d.entryKey);
                if (!o) {
                    out << where + QStringLiteral("distractor \"%1\" is not in the study set")
                                       .arg(d.entryKey);
                } else if (o->key == p.key || o->abbreviation == p.abbreviation) {
                    out << where + QStringLiteral("distractor %1 is the answer").arg(d.entryKey);
                } else if (o->kind == p.kind && !p.ports.isEmpty() &&
                           portNumbers(o->ports) == ports) {
                    out << where + QStringLiteral("distractor %1 uses the same ports as %2")
                                       .arg(o->abbreviation, p.abbreviation);
                } else if (p.ipProtocol >= 0 && o->ipProtocol == p.ipProtocol) {
                    out << where + QStringLiteral("distractor %1 is the same IP protocol")
                                       .arg(o->abbreviation);
                }
            }
        }
        if (!s.distractors.isEmpty() && s.fits.size() > 1 && s.answer == Scenario::Answer::Protocol)
            out << where + QStringLiteral("written distractors fit one entry only");
    }
    return out;
}

} // namespace portolan
