#include "ExportCommand.h"

#include "domain/SafeText.h"
#include "exporting/CatalogExport.h"
#include "search/CatalogSearch.h"
#include "search/SearchQuery.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <QDir>

namespace portolan {

ExportCommand::ExportCommand(QTextStream &out, QTextStream &err, PdfWriter pdf)
    : m_out(out), m_err(err), m_pdf(std::move(pdf))
{}

int ExportCommand::fail(const QString &message, bool showHelp)
{
    m_err << "portolan: " << message << '\n';
    if (showHelp)
        m_err << QCoreApplication::translate("ExportCommand", "Try 'portolan --help'.") << '\n';
    m_err.flush();
    return 2;
}

int ExportCommand::run(const QStringList &args, const QString &databasePath)
{
    QString file;
    QString formatId;
    QString query;
    Paper paper = Paper::LocaleDefault;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (a == QLatin1String("--page")) {
            const QString page = i + 1 < args.size() ? args.at(++i).toLower() : QString();
            if (page == QLatin1String("a4"))
                paper = Paper::A4;
            else if (page == QLatin1String("letter"))
                paper = Paper::Letter;
            else
                return fail(QCoreApplication::translate("ExportCommand",
                                                        "export: --page is a4 or letter, not '%1'.")
                                .arg(page),
                            true);
        } else if (a == QLatin1String("--format") || a == QLatin1String("--query")) {
            if (i + 1 >= args.size())
                return fail(
                    QCoreApplication::translate("ExportCommand", "export: %1 needs a value.")
                        .arg(a),
                    true);
            (a == QLatin1String("--format") ? formatId : query) = args.at(++i);
        } else if (a.startsWith(QLatin1String("--format="))) {
            formatId = a.mid(9);
        } else if (a.startsWith(QLatin1String("--query="))) {
            query = a.mid(8);
        } else if (a.startsWith(QLatin1Char('-')) && a.size() > 1) {
            return fail(
                QCoreApplication::translate("ExportCommand", "export: unknown option '%1'.").arg(a),
                true);
        } else if (file.isEmpty()) {
            file = a;
        } else {
            return fail(QCoreApplication::translate("ExportCommand",
                                                    "export: one file at a time ('%1' is extra).")
                            .arg(a),
                        true);
        }
    }
    if (file.isEmpty())
        return fail(QCoreApplication::translate(
                        "ExportCommand",
                        "export needs a file, for example: portolan export --format csv "
                        "--query exam:n10-009 ports.csv"),
                    true);
    const auto format = formatId.isEmpty() ? CatalogExport::formatFromFileName(file)
                                           : CatalogExport::formatFromId(formatId);
    if (!format) {
        return fail(formatId.isEmpty()
                        ? QCoreApplication::translate(
                              "ExportCommand",
                              "export: say --format csv, json, md, anki or pdf (the file name "
                              "does not tell).")
                        : QCoreApplication::translate(
                              "ExportCommand",
                              "export: unknown format '%1' (use csv, json, md, anki or pdf).")
                              .arg(formatId),
                    true);
    }

    Workspace workspace;
    if (!workspace.open(databasePath))
        return fail(workspace.errorMessage());
    const SearchQuery parsed = SearchQuery::parse(query);
    for (const QString &w : parsed.warnings())
        m_err << "portolan: " << w << '\n';
    m_err.flush();
    const QList<int> rows = searchCatalog(workspace.catalog(), parsed);
    QString error;
    if (*format == CatalogExport::Format::Pdf) {
        if (file == QLatin1String("-"))
            return fail(QCoreApplication::translate("ExportCommand",
                                                    "export: a PDF needs a file name, not -."),
                        true);
        if (!m_pdf) // a build error: the terminal program hands PDFs to the window program
            return fail(QStringLiteral("export: this program cannot paint a PDF."));
        if (!m_pdf(file, workspace.catalog(), rows, query, paper, &error))
            return fail(error);
        m_out << QCoreApplication::translate("ExportCommand", "Exported %1 entries to %2.")
                     .arg(rows.size())
                     .arg(visibleText(QDir::toNativeSeparators(file)))
              << '\n';
        m_out.flush();
        return 0;
    }
    const QByteArray bytes = CatalogExport::encode(*format, workspace.catalog(), rows, query);
    if (file == QLatin1String("-")) {
        m_out << QString::fromUtf8(bytes);
        m_out.flush();
        return 0;
    }
    if (!CatalogExport::write(file, bytes, &error))
        return fail(error);
    m_out << QCoreApplication::translate("ExportCommand", "Exported %1 entries to %2.")
                 .arg(rows.size())
                 .arg(visibleText(QDir::toNativeSeparators(file)))
          << '\n';
    m_out.flush();
    return 0;
}

} // namespace portolan
