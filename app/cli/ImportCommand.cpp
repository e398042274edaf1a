#include "ImportCommand.h"

#include "Terminal.h"
#include "domain/SafeText.h"
#include "workspace/Importer.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <QDateTime>
#include <cstdio>

namespace portolan {

ImportCommand::ImportCommand(QTextStream &out, QTextStream &err) : m_out(out), m_err(err) {}

int ImportCommand::fail(const QString &message, bool showHelp)
{
    m_out.flush();
    m_err << "portolan: " << message << '\n';
    if (showHelp)
        m_err << QCoreApplication::translate("ImportCommand", "Try 'portolan --help'.") << '\n';
    m_err.flush();
    return 2;
}

int ImportCommand::run(const QStringList &args, const QString &databasePath)
{
    QString file;
    QString formatId;
    bool yes = false;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (a == QLatin1String("--yes") || a == QLatin1String("-y")) {
            yes = true;
        } else if (a == QLatin1String("--format")) {
            if (i + 1 >= args.size())
                return fail(
                    QCoreApplication::translate(
                        "ImportCommand", "import: --format needs iana-csv, services or nmap."),
                    true);
            formatId = args.at(++i);
        } else if (a.startsWith(QLatin1String("--format="))) {
            formatId = a.mid(9);
        } else if (a.startsWith(QLatin1Char('-')) && a.size() > 1) {
            return fail(
                QCoreApplication::translate("ImportCommand", "import: unknown option '%1'.").arg(a),
                true);
        } else if (file.isEmpty()) {
            file = a;
        } else {
            return fail(QCoreApplication::translate("ImportCommand",
                                                    "import: one file at a time ('%1' is extra).")
                            .arg(a),
                        true);
        }
    }
    if (file.isEmpty())
        return fail(QCoreApplication::translate("ImportCommand",
                                                "import needs a file, for example: portolan import "
                                                "service-names-port-numbers.csv"),
                    true);
    std::optional<ImportFormat> format;
    if (!formatId.isEmpty()) {
        format = parseImportFormat(formatId);
        if (!format)
            return fail(QCoreApplication::translate(
                            "ImportCommand",
                            "import: unknown format '%1' (use iana-csv, services or nmap).")
                            .arg(formatId),
                        true);
    }

    Workspace workspace;
    if (!workspace.open(databasePath, QDateTime::currentMSecsSinceEpoch()))
        return fail(workspace.errorMessage());
    Importer importer(workspace.database());
    if (!importer.preview(file, format))
        return fail(importer.errorText());
    const ImportPlan &plan = importer.plan();
    printPlan(plan);
    if (!plan.hasChanges()) {
        m_out << QCoreApplication::translate(
                     "ImportCommand",
                     "Nothing to change: the database already holds everything in this file.")
              << '\n';
        m_out.flush();
        return 0;
    }
    if (!yes) {
        if (!stdinIsTerminal()) {
            m_out << QCoreApplication::translate(
                         "ImportCommand",
                         "Not applied. Run again with --yes to apply these changes.")
                  << '\n';
            m_out.flush();
            return 1;
        }
        if (!confirm()) {
            m_out << QCoreApplication::translate("ImportCommand",
                                                 "Not applied; nothing was changed.")
                  << '\n';
            m_out.flush();
            return 1;
        }
    }
    if (!importer.apply(QDateTime::currentMSecsSinceEpoch()))
        return fail(importer.errorText());
    m_out << QCoreApplication::translate("ImportCommand", "Applied: %1.").arg(plan.summary())
          << '\n';
    m_out.flush();
    return 0;
}

void ImportCommand::printPlan(const ImportPlan &plan)
{
    m_out << QCoreApplication::translate("ImportCommand", "Import of %1 (%2): %3 entries read.")
                 .arg(visibleText(plan.fileName()), importFormatTitle(plan.format()))
                 .arg(plan.data().entries)
          << '\n';
    const auto group = [this](const QString &label, int count, const QStringList &examples) {
        m_out << "  " << label.leftJustified(11) << QString::number(count).rightJustified(7)
              << '\n';
        for (const QString &e : examples)
            m_out << "      " << visibleText(e) << '\n';
        if (count > examples.size() && !examples.isEmpty())
            m_out << "      "
                  << QCoreApplication::translate("ImportCommand", "... and %1 more")
                         .arg(count - examples.size())
                  << '\n';
    };
    group(QCoreApplication::translate("ImportCommand", "Added:"), plan.added(),
          plan.addedExamples());
    group(QCoreApplication::translate("ImportCommand", "Changed:"), plan.changed(),
          plan.changedExamples());
    group(QCoreApplication::translate("ImportCommand", "Removed:"), plan.removed(),
          plan.removedExamples());
    m_out << "  " << QCoreApplication::translate("ImportCommand", "Unchanged:").leftJustified(11)
          << QString::number(plan.unchanged()).rightJustified(7) << '\n';
    for (const QString &note : plan.notes())
        m_out << "  * " << note << '\n';
    m_out.flush();
}

bool ImportCommand::confirm()
{
    m_out << QCoreApplication::translate("ImportCommand", "Apply these changes? [y/N] ");
    m_out.flush();
    QTextStream in(stdin);
    const QString answer = in.readLine().trimmed().toLower();
    return answer == QLatin1String("y") || answer == QLatin1String("yes");
}

} // namespace portolan
