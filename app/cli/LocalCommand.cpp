#include "LocalCommand.h"

#include "PortsCatalog.h"
#include "domain/SafeText.h"
#include "network/LocalPorts.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace portolan {

LocalCommand::LocalCommand(QTextStream &out, QTextStream &err) : m_out(out), m_err(err) {}

int LocalCommand::fail(const QString &message, bool usage)
{
    m_err << "portolan: " << message << '\n';
    if (usage)
        m_err << QCoreApplication::translate("LocalCommand", "Try 'portolan --help'.") << '\n';
    m_err.flush();
    return 2;
}

int LocalCommand::run(const QStringList &args, const QString &databasePath, const QString &procRoot)
{
    bool json = false;
    bool all = false;
    for (const QString &a : args) {
        if (a == QLatin1String("--json"))
            json = true;
        else if (a == QLatin1String("--all"))
            all = true;
        else
            return fail(QCoreApplication::translate("LocalCommand", "local: unknown argument '%1'.")
                            .arg(visibleText(a)),
                        true);
    }
    LocalSocketReader reader(procRoot);
    const QList<LocalSocket> sockets = reader.read(all);
    if (!reader.available())
        return fail(QCoreApplication::translate("LocalCommand",
                                                "local: %1/net cannot be read, so this "
                                                "machine's sockets are unknown (Linux only).")
                        .arg(visibleText(procRoot)),
                    false);
    QList<int> numbers;
    for (const LocalSocket &s : sockets)
        numbers << s.local.port << s.remote.port;
    PortsCatalog atlas;
    if (!atlas.load(databasePath, numbers))
        return fail(atlas.error(), false);
    if (!atlas.warning().isEmpty())
        m_err << "portolan: "
              << QCoreApplication::translate("LocalCommand", "note: %1").arg(atlas.warning())
              << '\n';
    const QList<LocalPort> ports = explainLocalSockets(atlas.catalog(), sockets);
    for (const QString &p : reader.problems())
        m_err << "portolan: " << QCoreApplication::translate("LocalCommand", "note: %1").arg(p)
              << '\n';
    m_err.flush();

    if (json) {
        m_out << QJsonDocument(QJsonObject{{QStringLiteral("sockets"), localPortsJson(ports)}})
                     .toJson(QJsonDocument::Indented);
    } else if (ports.isEmpty()) {
        m_out << QCoreApplication::translate("LocalCommand", "Nothing listens on this machine.")
              << '\n';
    } else {
        const QString header =
            QStringLiteral("%1 %2 %3 %4 %5")
                .arg(QCoreApplication::translate("LocalCommand", "PORT"), -10)
                .arg(QCoreApplication::translate("LocalCommand", "ADDRESS"), -24)
                .arg(QCoreApplication::translate("LocalCommand", "EXPOSURE"), -26)
                .arg(QCoreApplication::translate("LocalCommand", "PROCESS"), -18)
                .arg(QCoreApplication::translate("LocalCommand", "ATLAS"));
        m_out << header.trimmed() << '\n';
        for (const LocalPort &p : ports) {
            const LocalSocket &s = p.socket;
            QString address = s.local.text();
            if (!s.listening)
                address += QStringLiteral(" → ") + s.remote.text();
            const QString exposure = QStringLiteral("%1, %2").arg(exposureText(s.local.exposure),
                                                                  familyText(s.local.family));
            const QString process =
                s.pid >= 0 ? QStringLiteral("%1[%2]").arg(visibleText(s.process)).arg(s.pid)
                           : QStringLiteral("-");
            const QString port =
                QStringLiteral("%1/%2").arg(s.local.port).arg(transportName(s.transport));
            m_out << QStringLiteral("%1 %2 %3 %4 %5")
                         .arg(port, -10)
                         .arg(address, -24)
                         .arg(exposure, -26)
                         .arg(process, -18)
                         .arg(visibleText(p.match.summary()))
                  << '\n';
        }
    }
    m_out.flush();
    return ports.isEmpty() ? 1 : 0;
}

} // namespace portolan
