#include "importing/ImportPlan.h"

#include "importing/EffectiveRegistry.h"

#include <QCoreApplication>
#include <QHash>
#include <cmath>

namespace portolan {

namespace {

QString elided(const QString &text, int width = 60)
{
    QString flat = text.simplified();
    return flat.size() <= width ? flat : flat.left(width - 1) + QChar(0x2026);
}

QString keyLabel(int first, int last, Transport t, const QString &service)
{
    const QString port =
        first == last ? QString::number(first) : QStringLiteral("%1-%2").arg(first).arg(last);
    const QString name =
        service.isEmpty() ? QCoreApplication::translate("ImportPlan", "(reserved)") : service;
    return port + QLatin1Char('/') + transportName(t) + QLatin1Char(' ') + name;
}

QString recordLine(const RegistryRecord &r)
{
    const QString label = keyLabel(r.first, r.last, r.transport, r.service);
    return r.description.isEmpty() ? label : label + QStringLiteral(" — ") + elided(r.description);
}

// The two values cut to what tells them apart: a long common start is elided.
QPair<QString, QString> differingParts(const QString &a, const QString &b)
{
    const QString x = a.simplified();
    const QString y = b.simplified();
    qsizetype common = 0;
    while (common < x.size() && common < y.size() && x.at(common) == y.at(common))
        ++common;
    // Keep the word the difference starts in (or a few characters of it) for context.
    qsizetype start = 0;
    if (common > 12) {
        const qsizetype space = x.lastIndexOf(QLatin1Char(' '), common - 1);
        start = space >= common - 20 ? space + 1 : common - 8;
    }
    const QString lead = start > 0 ? QString(QChar(0x2026)) : QString();
    return {lead + elided(x.mid(start), 40), lead + elided(y.mid(start), 40)};
}

// "description: “old” → “new”", naming the first field that differs and how many more do.
QString changeLine(const RegistryRecord &a, const RegistryRecord &b)
{
    struct Field
    {
        const char *name;
        QString RegistryRecord::*member;
    };
    static const Field fields[] = {
        {QT_TRANSLATE_NOOP("ImportPlan", "service name"), &RegistryRecord::service},
        {QT_TRANSLATE_NOOP("ImportPlan", "description"), &RegistryRecord::description},
        {QT_TRANSLATE_NOOP("ImportPlan", "assignee"), &RegistryRecord::assignee},
        {QT_TRANSLATE_NOOP("ImportPlan", "contact"), &RegistryRecord::contact},
        {QT_TRANSLATE_NOOP("ImportPlan", "registration date"), &RegistryRecord::registered},
        {QT_TRANSLATE_NOOP("ImportPlan", "modification date"), &RegistryRecord::modified},
        {QT_TRANSLATE_NOOP("ImportPlan", "reference"), &RegistryRecord::reference},
        {QT_TRANSLATE_NOOP("ImportPlan", "service code"), &RegistryRecord::serviceCode},
        {QT_TRANSLATE_NOOP("ImportPlan", "unauthorized use reported"),
         &RegistryRecord::unauthorizedUse},
        {QT_TRANSLATE_NOOP("ImportPlan", "assignment notes"), &RegistryRecord::assignmentNotes},
    };
    QString first;
    int more = 0;
    for (const Field &f : fields) {
        if (a.*f.member == b.*f.member)
            continue;
        if (first.isEmpty()) {
            const auto [before, after] = differingParts(a.*f.member, b.*f.member);
            first = QStringLiteral("%1: “%2” → “%3”")
                        .arg(QCoreApplication::translate("ImportPlan", f.name), before, after);
        } else {
            ++more;
        }
    }
    QString line =
        keyLabel(b.first, b.last, b.transport, b.service) + QStringLiteral(" — ") + first;
    if (more > 0)
        line += QLatin1Char(' ') +
                (more == 1 ? QCoreApplication::translate("ImportPlan", "(and %n more field)",
                                                         nullptr, more)
                           : QCoreApplication::translate("ImportPlan", "(and %n more fields)",
                                                         nullptr, more));
    return line;
}

void addExample(QStringList *list, const QString &line)
{
    if (list->size() < ImportPlan::kExamples)
        list->append(line);
}

} // namespace

ImportPlan ImportPlan::make(const ImportState &current, ImportData data)
{
    ImportPlan plan;
    plan.m_data = std::move(data);
    plan.m_generation = current.generation;
    if (plan.m_data.format == ImportFormat::NmapServices)
        plan.planFrequencies(current.frequencies);
    else
        plan.planRegistry(current.registry);
    plan.addNotes();
    return plan;
}

void ImportPlan::planRegistry(const QList<RegistryRecord> &before)
{
    if (m_data.format == ImportFormat::IanaCsv) {
        m_registry = EffectiveRegistry(m_data.records).takeRecords();
    } else {
        EffectiveRegistry effective(before);
        m_services = effective.addServices(m_data.records);
        m_registry = effective.takeRecords();
    }

    // Records are matched by identity; several equal identities pair up in order.
    QHash<QString, QList<qsizetype>> unmatched;
    for (qsizetype i = before.size() - 1; i >= 0; --i)
        unmatched[EffectiveRegistry::identity(before.at(i))].append(i);
    QList<bool> matched(before.size(), false);
    for (const RegistryRecord &r : std::as_const(m_registry)) {
        auto it = unmatched.find(EffectiveRegistry::identity(r));
        if (it == unmatched.end() || it->isEmpty()) {
            ++m_added;
            addExample(&m_addedExamples, recordLine(r));
            continue;
        }
        const qsizetype i = it->takeLast();
        matched[i] = true;
        if (before.at(i) == r) {
            ++m_unchanged;
        } else {
            ++m_changed;
            addExample(&m_changedExamples, changeLine(before.at(i), r));
        }
    }
    for (qsizetype i = 0; i < before.size(); ++i) {
        if (!matched.at(i)) {
            ++m_removed;
            addExample(&m_removedExamples, recordLine(before.at(i)));
        }
    }
    // "Unchanged" counts the file's entries that change nothing; for services that is every
    // entry the registry already knew, not the untouched rest of the registry.
    if (m_data.format == ImportFormat::Services)
        m_unchanged = int(m_data.records.size() - m_services.size());
}

void ImportPlan::planFrequencies(const OpenFrequencies &before)
{
    // Later lines win, as in OpenFrequencies; compare each port once.
    const OpenFrequencies incoming(m_data.frequencies);
    QHash<quint32, QString> names;
    for (const PortFrequency &f : std::as_const(m_data.frequencies))
        names.insert(quint32(f.transport) << 16 | quint32(f.port), f.service);
    for (const PortFrequency &f : incoming.entries()) {
        const QString name = names.value(quint32(f.transport) << 16 | quint32(f.port));
        const QString label = keyLabel(f.port, f.port, f.transport, name);
        const double old = before.at(f.port, f.transport);
        PortFrequency kept = f;
        kept.service = name;
        if (old < 0) {
            ++m_added;
            addExample(&m_addedExamples,
                       QCoreApplication::translate("ImportPlan", "%1 — how common: %2")
                           .arg(label, formatHowCommon(f.frequency)));
            m_frequencies.append(kept);
        } else if (std::abs(old - f.frequency) > 1e-12) {
            ++m_changed;
            addExample(&m_changedExamples,
                       QCoreApplication::translate("ImportPlan", "%1 — how common: %2 → %3")
                           .arg(label, formatHowCommon(old), formatHowCommon(f.frequency)));
            m_frequencies.append(kept);
        } else {
            ++m_unchanged;
        }
    }
}

void ImportPlan::addNotes()
{
    switch (m_data.format) {
    case ImportFormat::IanaCsv:
        m_notes << QCoreApplication::translate(
            "ImportPlan", "An IANA registry CSV replaces the registry: entries that are not in the "
                          "file are removed.");
        break;
    case ImportFormat::Services:
        m_notes << QCoreApplication::translate(
            "ImportPlan",
            "A services file adds services and fills in missing descriptions; it never "
            "removes anything.");
        break;
    case ImportFormat::NmapServices:
        m_notes << QCoreApplication::translate(
            "ImportPlan", "nmap-services only sets how common each port is; nothing else changes.");
        break;
    }
    m_notes << QCoreApplication::translate(
        "ImportPlan", "The study set and your own data (notes, progress) are never changed by an "
                      "import.");
    if (m_data.withoutPort > 0)
        m_notes << (m_data.withoutPort == 1
                        ? QCoreApplication::translate(
                              "ImportPlan",
                              "%n service name without a port number: not imported as a port.",
                              nullptr, m_data.withoutPort)
                        : QCoreApplication::translate(
                              "ImportPlan",
                              "%n service names without a port number: not imported as ports.",
                              nullptr, m_data.withoutPort));
    if (m_data.withoutTransport > 0)
        m_notes << (m_data.withoutTransport == 1
                        ? QCoreApplication::translate(
                              "ImportPlan", "%n row without a transport protocol: not imported.",
                              nullptr, m_data.withoutTransport)
                        : QCoreApplication::translate(
                              "ImportPlan", "%n rows without a transport protocol: not imported.",
                              nullptr, m_data.withoutTransport));
    if (m_data.unassigned > 0)
        m_notes << (m_data.unassigned == 1
                        ? QCoreApplication::translate(
                              "ImportPlan", "%n unassigned or de-registered row: not imported.",
                              nullptr, m_data.unassigned)
                        : QCoreApplication::translate(
                              "ImportPlan", "%n unassigned or de-registered rows: not imported.",
                              nullptr, m_data.unassigned));
    if (m_data.duplicates > 0)
        m_notes << (m_data.duplicates == 1
                        ? QCoreApplication::translate(
                              "ImportPlan", "%n row repeats an earlier row exactly: imported once.",
                              nullptr, m_data.duplicates)
                        : QCoreApplication::translate(
                              "ImportPlan",
                              "%n rows repeat earlier rows exactly: each imported once.", nullptr,
                              m_data.duplicates));
    if (m_data.otherProtocols > 0)
        m_notes << (m_data.otherProtocols == 1
                        ? QCoreApplication::translate(
                              "ImportPlan", "%n entry on another protocol (such as ddp): skipped.",
                              nullptr, m_data.otherProtocols)
                        : QCoreApplication::translate(
                              "ImportPlan", "%n entries on other protocols (such as ddp): skipped.",
                              nullptr, m_data.otherProtocols));
}

QString ImportPlan::summary() const
{
    return QCoreApplication::translate("ImportPlan", "%1 added, %2 changed, %3 removed")
        .arg(m_added)
        .arg(m_changed)
        .arg(m_removed);
}

} // namespace portolan
