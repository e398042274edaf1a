#include "PackageCommand.h"

#include "Terminal.h"
#include "domain/SafeText.h"
#include "package/StudyPackage.h"
#include "package/StudyPackageMerge.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <cstdio>

namespace portolan {

PackageCommand::PackageCommand(QTextStream &out, QTextStream &err) : m_out(out), m_err(err) {}

int PackageCommand::fail(const QString &message, bool showHelp)
{
    m_out.flush();
    m_err << "portolan: " << message << '\n';
    if (showHelp)
        m_err << QCoreApplication::translate("PackageCommand", "Try 'portolan --help'.") << '\n';
    m_err.flush();
    return 2;
}

int PackageCommand::run(const QStringList &args, const QString &databasePath, qint64 nowMs)
{
    const QString action = args.value(0);
    QString file;
    bool yes = false;
    for (qsizetype i = 1; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (action == QLatin1String("import") &&
            (a == QLatin1String("--yes") || a == QLatin1String("-y")))
            yes = true;
        else if (a.startsWith(QLatin1Char('-')) && a.size() > 1)
            return fail(
                QCoreApplication::translate("PackageCommand", "package: unknown option '%1'.")
                    .arg(a),
                true);
        else if (file.isEmpty())
            file = a;
        else
            return fail(QCoreApplication::translate("PackageCommand",
                                                    "package: one file at a time ('%1' is extra).")
                            .arg(a),
                        true);
    }
    if ((action != QLatin1String("export") && action != QLatin1String("import")) || file.isEmpty())
        return fail(QCoreApplication::translate(
                        "PackageCommand",
                        "package needs export or import and a file, for example: portolan "
                        "package export progress.json"),
                    true);
    return action == QLatin1String("export") ? exportPackage(file, databasePath, nowMs)
                                             : importPackage(file, yes, databasePath, nowMs);
}

int PackageCommand::exportPackage(const QString &file, const QString &databasePath, qint64 nowMs)
{
    Workspace workspace;
    if (!workspace.open(databasePath, nowMs))
        return fail(workspace.errorMessage());
    QString error;
    bool replaced = false;
    if (!StudyPackage::exportTo(workspace.database().connection(), file, nowMs, &error, &replaced))
        return fail(error);
    m_out << (replaced
                  ? QCoreApplication::translate(
                        "PackageCommand",
                        "Study package written to %1, replacing the file that was there.")
                  : QCoreApplication::translate("PackageCommand", "Study package written to %1."))
                 .arg(visibleText(file))
          << '\n';
    m_out.flush();
    return 0;
}

int PackageCommand::importPackage(const QString &file, bool yes, const QString &databasePath,
                                  qint64 nowMs)
{
    // The file is read and checked before the database is even opened: a refused package
    // cannot have touched it.
    QString error;
    const std::optional<StudyPackageData> package = StudyPackage::read(file, &error);
    if (!package)
        return fail(error);
    Workspace workspace;
    if (!workspace.open(databasePath, nowMs))
        return fail(workspace.errorMessage());
    if (workspace.database().isReadOnly())
        return fail(workspace.database().readOnlyReason());
    const QSqlDatabase db = workspace.database().connection();
    const std::optional<StudyPackagePlan> plan = StudyPackage::preview(db, *package, &error);
    if (!plan)
        return fail(error);
    m_out
        << QCoreApplication::translate("PackageCommand", "Study package %1:").arg(visibleText(file))
        << '\n';
    for (const QString &line : plan->summary())
        m_out << "  " << visibleText(line) << '\n';
    if (!plan->hasChanges()) {
        m_out << (plan->leavesSomethingOut()
                      ? QCoreApplication::translate("PackageCommand",
                                                    "Nothing to change: the database already "
                                                    "holds everything it can take from this "
                                                    "package.")
                      : QCoreApplication::translate("PackageCommand",
                                                    "Nothing to change: the database already "
                                                    "holds everything in this package."))
              << '\n';
        m_out.flush();
        return 0;
    }
    if (!yes) {
        if (!stdinIsTerminal()) {
            m_out << QCoreApplication::translate("PackageCommand",
                                                 "Not applied. Run again with --yes to merge it.")
                  << '\n';
            m_out.flush();
            return 1;
        }
        if (!confirm()) {
            m_out << QCoreApplication::translate("PackageCommand",
                                                 "Not applied; nothing was changed.")
                  << '\n';
            m_out.flush();
            return 1;
        }
    }
    if (!StudyPackage::apply(db, *plan, &error))
        return fail(error);
    m_out << QCoreApplication::translate("PackageCommand", "Applied.") << '\n';
    m_out.flush();
    return 0;
}

bool PackageCommand::confirm()
{
    m_out << QCoreApplication::translate("PackageCommand", "Merge it into this database? [y/N] ");
    m_out.flush();
    QTextStream in(stdin);
    const QString answer = in.readLine().trimmed().toLower();
    return answer == QLatin1String("y") || answer == QLatin1String("yes");
}

} // namespace portolan
