#include "ImportExportFlow.h"

#include "ImportDialog.h"
#include "catalog/CatalogExport.h"
#include "catalog/Workspace.h"
#include "importing/Importer.h"

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

QString ImportExportFlow::exportView(QWidget *parent, const Catalog &catalog,
                                     const QAbstractItemModel &view, const QString &query)
{
    const QString csvFilter = QApplication::translate("ImportExportFlow", "CSV (*.csv)");
    const QString jsonFilter = QApplication::translate("ImportExportFlow", "JSON (*.json)");
    QString filter = csvFilter;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString path = QFileDialog::getSaveFileName(
        parent, QApplication::translate("ImportExportFlow", "Export the Entries Shown"),
        QDir(folder).filePath(QStringLiteral("portolan-ports.csv")),
        csvFilter + QStringLiteral(";;") + jsonFilter, &filter);
    if (path.isEmpty())
        return {};
    auto format = CatalogExport::formatFromFileName(path);
    if (!format) {
        // No known extension typed: the chosen filter decides, and names the file.
        format = filter == jsonFilter ? CatalogExport::Format::Json : CatalogExport::Format::Csv;
        path += format == CatalogExport::Format::Json ? QStringLiteral(".json")
                                                      : QStringLiteral(".csv");
    }
    const QList<int> rows = CatalogExport::rowsInView(view);
    QString error;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool ok =
        CatalogExport::write(path, CatalogExport::encode(*format, catalog, rows, query), &error);
    QApplication::restoreOverrideCursor();
    if (!ok) {
        QMessageBox::warning(parent, QApplication::translate("ImportExportFlow", "Export"), error);
        return {};
    }
    return QApplication::translate("ImportExportFlow", "Exported %1 entries to %2.")
        .arg(QLocale().toString(rows.size()), QDir::toNativeSeparators(path));
}

} // namespace portolan
