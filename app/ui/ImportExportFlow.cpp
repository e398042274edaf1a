#include "ImportExportFlow.h"

#include "CheatSheetPdf.h"
#include "ImportDialog.h"
#include "exporting/CatalogExport.h"
#include "storage/SafeFileWriter.h"
#include "workspace/Importer.h"
#include "workspace/Workspace.h"

#include <QApplication>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QStandardPaths>

namespace portolan {

QString ImportExportFlow::importFile(QWidget *parent, Workspace &workspace)
{
    const QString path = QFileDialog::getOpenFileName(
        parent, QApplication::translate("ImportExportFlow", "Import Port Data"), QDir::homePath(),
        QApplication::translate("ImportExportFlow",
                                "All files (*);;IANA registry CSV (*.csv);;"
                                "services(5) files (services);;nmap-services (nmap-services)"));
    if (path.isEmpty())
        return {};
    Importer importer(workspace.database());
    QApplication::setOverrideCursor(Qt::WaitCursor);
    importer.preview(path); // a refused file is shown by the dialog, with its FILE:LINE
    QApplication::restoreOverrideCursor();
    ImportDialog dialog(
        importer, [] { return QDateTime::currentMSecsSinceEpoch(); }, parent);
    dialog.exec();
    return dialog.applied() ? importer.plan().summary() : QString();
}

QString ImportExportFlow::exportView(QWidget *parent, const Workspace &workspace,
                                     const QAbstractItemModel &view, const QString &query)
{
    const Catalog &catalog = workspace.catalog();
    struct Choice
    {
        QString filter;
        CatalogExport::Format format;
        QString suffix;
    };
    const QList<Choice> choices{
        {QApplication::translate("ImportExportFlow", "CSV (*.csv)"), CatalogExport::Format::Csv,
         QStringLiteral(".csv")},
        {QApplication::translate("ImportExportFlow", "JSON (*.json)"), CatalogExport::Format::Json,
         QStringLiteral(".json")},
        {QApplication::translate("ImportExportFlow", "Cheat sheet, PDF (*.pdf)"),
         CatalogExport::Format::Pdf, QStringLiteral(".pdf")},
        {QApplication::translate("ImportExportFlow", "Cheat sheet, Markdown (*.md)"),
         CatalogExport::Format::Markdown, QStringLiteral(".md")},
        {QApplication::translate("ImportExportFlow", "Anki cards (*.txt)"),
         CatalogExport::Format::Anki, QStringLiteral(".txt")},
    };
    QStringList filters;
    for (const Choice &c : choices)
        filters << c.filter;
    QString filter = filters.first();
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString path = QFileDialog::getSaveFileName(
        parent, QApplication::translate("ImportExportFlow", "Export the Entries Shown"),
        QDir(folder).filePath(QStringLiteral("portolan-ports.csv")),
        filters.join(QStringLiteral(";;")), &filter);
    if (path.isEmpty())
        return {};
    // An extension typed decides; otherwise the chosen filter does, and names the file.
    auto chosen = std::find_if(choices.cbegin(), choices.cend(), [&](const Choice &c) {
        return path.endsWith(c.suffix, Qt::CaseInsensitive);
    });
    if (chosen == choices.cend())
        chosen = std::find_if(choices.cbegin(), choices.cend(),
                              [&](const Choice &c) { return c.filter == filter; });
    const Choice &choice = chosen == choices.cend() ? choices.first() : *chosen;
    const CatalogExport::Format format = choice.format;
    if (!path.endsWith(choice.suffix, Qt::CaseInsensitive))
        path += choice.suffix;
    const QList<int> rows = CatalogExport::rowsInView(view);
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const QByteArray bytes =
        format == CatalogExport::Format::Pdf
            ? CheatSheetPdf::render(catalog, rows, query, CheatSheetPdf::defaultPageSize())
            : CatalogExport::encode(format, catalog, rows, query);
    // The file dialog asked before an existing file is replaced.
    SafeFileWriter writer(workspace.database().path());
    const bool ok = writer.write(path, bytes);
    QApplication::restoreOverrideCursor();
    if (!ok) {
        QMessageBox::warning(parent, QApplication::translate("ImportExportFlow", "Export"),
                             writer.errorString());
        return {};
    }
    return QApplication::translate("ImportExportFlow", "Exported %1 entries to %2.")
        .arg(QLocale().toString(rows.size()), QDir::toNativeSeparators(path));
}

} // namespace portolan
