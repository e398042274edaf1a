#include "CustomCommands.h"

#include "catalog/EntryKey.h"
#include "custom/CustomEntryRepository.h"
#include "custom/CustomEntryValidator.h"
#include "custom/CustomPortParser.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <QSet>

namespace portolan {

namespace {

int fail(QTextStream &err, const QString &message)
{
    err << "portolan: " << message << '\n';
    err.flush();
    return 2;
}

// Opens the workspace for writing; a read-only one (another Portolan holds the lock) is refused.
bool openWritable(Workspace &ws, const QString &path, QTextStream &err)
{
    if (!ws.open(path)) {
        fail(err, ws.errorMessage());
        return false;
    }
    if (ws.database().isReadOnly()) {
        fail(err, QCoreApplication::translate("CustomCommands", "the database is read-only: %1")
                      .arg(ws.database().readOnlyReason()));
        return false;
    }
    return true;
}

} // namespace

int addCustomEntry(const QStringList &args, const QString &databasePath, qint64 nowMs,
                   QTextStream &out, QTextStream &err)
{
    CustomEntry e;
    QStringList problems;
    QStringList portTexts;
    QString transportText = QStringLiteral("tcp");
    bool keyGiven = false;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        const bool known = a == QLatin1String("--key") || a == QLatin1String("--name") ||
                           a == QLatin1String("--abbreviation") || a == QLatin1String("--port") ||
                           a == QLatin1String("--transport") || a == QLatin1String("--security") ||
                           a == QLatin1String("--notes") || a == QLatin1String("--tag") ||
                           a == QLatin1String("--counterpart");
        if (!known)
            return fail(err,
                        QCoreApplication::translate("CustomCommands", "add: unknown argument '%1'.")
                            .arg(a));
        if (i + 1 >= args.size())
            return fail(
                err,
                QCoreApplication::translate("CustomCommands", "add: %1 needs a value.").arg(a));
        const QString v = args.at(++i);
        if (a == QLatin1String("--key")) {
            e.key = v;
            keyGiven = true;
        } else if (a == QLatin1String("--name")) {
            e.name = v;
        } else if (a == QLatin1String("--abbreviation")) {
            e.abbreviation = v;
        } else if (a == QLatin1String("--port")) {
            portTexts << v;
        } else if (a == QLatin1String("--transport")) {
            transportText = v;
        } else if (a == QLatin1String("--security")) {
            if (!parseSecurity(v, &e.security))
                problems << QCoreApplication::translate(
                                "CustomCommands",
                                "Security: must be secure, insecure or depends (not '%1').")
                                .arg(v);
        } else if (a == QLatin1String("--notes")) {
            e.notes = v;
        } else if (a == QLatin1String("--tag")) {
            e.tags << v;
        } else {
            e.counterpartKey = v;
        }
    }
    Transport transport = Transport::Tcp;
    if (!parseTransport(transportText, &transport))
        problems << QCoreApplication::translate(
                        "CustomCommands", "Transport: must be tcp, udp, sctp or dccp (not '%1').")
                        .arg(transportText);
    // --transport is the default; a port may name its own ("53/udp"), as in the form.
    for (const QString &p : portTexts) {
        const CustomPortParser::Result parsed = CustomPortParser::parseItem(p, transport);
        if (parsed.ok())
            e.ports.append(parsed.ports);
        else
            problems << parsed.error;
    }
    if (!keyGiven)
        e.key = CustomEntryValidator::keyFromName(e.name);

    Workspace ws;
    if (!openWritable(ws, databasePath, err))
        return 2;
    QSet<QString> taken;
    for (const Protocol &p : ws.catalog().protocols())
        taken.insert(p.key);
    CustomEntryValidator validator;
    validator.setTakenKeys(taken);
    const auto found = validator.validate(e);
    for (const auto &p : found) {
        // A bad port text was already reported; "at least one port" would only repeat it.
        if (!(p.field == CustomEntryValidator::Field::Ports && !portTexts.isEmpty() &&
              e.ports.isEmpty()))
            problems << p.message;
    }
    if (!problems.isEmpty()) {
        for (const QString &p : problems)
            err << "portolan: add: " << p << '\n';
        err.flush();
        return 2;
    }
    CustomEntryRepository repo(ws.database().connection());
    if (!repo.add(e, nowMs))
        return fail(err,
                    QCoreApplication::translate("CustomCommands", "add: %1").arg(repo.errorText()));
    out << QCoreApplication::translate("CustomCommands", "Added %1 (%2).")
               .arg(e.key, e.name.trimmed())
        << '\n';
    out.flush();
    return 0;
}

int removeCustomEntry(const QStringList &args, const QString &databasePath, QTextStream &out,
                      QTextStream &err)
{
    if (args.size() != 1)
        return fail(err, QCoreApplication::translate("CustomCommands",
                                                     "remove: give exactly one key (remove KEY)."));
    Workspace ws;
    if (!openWritable(ws, databasePath, err))
        return 2;
    CustomEntryRepository repo(ws.database().connection());
    if (!repo.remove(args.first()))
        return fail(
            err, QCoreApplication::translate("CustomCommands", "remove: %1").arg(repo.errorText()));
    out << QCoreApplication::translate("CustomCommands", "Removed %1.").arg(args.first()) << '\n';
    out.flush();
    return 0;
}

int labelEntry(const QStringList &args, const QString &databasePath, QTextStream &out,
               QTextStream &err)
{
    if (args.size() != 2)
        return fail(
            err, QCoreApplication::translate(
                     "CustomCommands", "label: give an entry key and a label (label ENTRY TAG)."));
    const QString label = args.at(1).trimmed();
    const QString problem = CustomEntryValidator::checkLabel(label);
    if (!problem.isEmpty())
        return fail(err, QCoreApplication::translate("CustomCommands", "label: %1").arg(problem));
    Workspace ws;
    if (!openWritable(ws, databasePath, err))
        return 2;
    bool known = false;
    for (int r = 0; r < ws.catalog().rows().size() && !known; ++r)
        known = entryKey(ws.catalog(), r) == args.first();
    if (!known)
        return fail(err, QCoreApplication::translate(
                             "CustomCommands",
                             "label: no entry has the key '%1' (a curated key such as 'https', "
                             "'registry:SERVICE/PORT/TRANSPORT' or a custom key).")
                             .arg(args.first()));
    CustomEntryRepository repo(ws.database().connection());
    if (!repo.addLabel(args.first(), label))
        return fail(
            err, QCoreApplication::translate("CustomCommands", "label: %1").arg(repo.errorText()));
    out << QCoreApplication::translate("CustomCommands", "Labelled %1 \"%2\".")
               .arg(args.first(), label)
        << '\n';
    out.flush();
    return 0;
}

} // namespace portolan
