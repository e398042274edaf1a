#include "ExportCommand.h"

#include "domain/SafeText.h"
#include "exporting/CatalogExport.h"
#include "search/CatalogSearch.h"
#include "search/SearchQuery.h"
#include "storage/SafeFileWriter.h"
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
    const bool toStandardOutput = SafeFileWriter::isStandardOutput(file);
    QByteArray bytes;
    if (*format == CatalogExport::Format::Pdf) {
        if (toStandardOutput)
            return fail(QCoreApplication::translate("ExportCommand",
                                                    "export: a PDF needs a file name, not -."),
                        true);
        if (!m_pdf) // a build error: the terminal program hands PDFs to the window program
            return fail(QStringLiteral("export: this program cannot paint a PDF."));
        bytes = m_pdf(workspace.catalog(), rows, query, paper);
    } else {
        bytes = CatalogExport::encode(*format, workspace.catalog(), rows, query);
    }
    SafeFileWriter writer(workspace.database().path());
    m_out.flush(); // what was printed before goes first, if the bytes go to standard output
    if (!writer.write(file, bytes))
        return fail(writer.errorString());
    if (toStandardOutput)
        return 0;
    const QString shown = visibleText(QDir::toNativeSeparators(file));
    m_out << (writer.replacedExisting()
                  ? QCoreApplication::translate("ExportCommand",
                                                "Exported %1 entries to %2, replacing the file "
                                                "that was there.")
                  : QCoreApplication::translate("ExportCommand", "Exported %1 entries to %2."))
                 .arg(rows.size())
                 .arg(shown)
          << '\n';
    m_out.flush();
    return 0;
}

} // namespace portolan
