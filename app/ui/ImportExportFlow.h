#pragma once

#include <QString>

class QAbstractItemModel;
class QWidget;

namespace portolan {

class Catalog;
class Workspace;

// File → Import… and File → Export… as the user goes through them: the file dialogs, the
// import preview, and the messages. The work itself is in core (Importer, CatalogExport).
class ImportExportFlow
{
public:
    // Asks for a file, shows the preview and applies it when the user says so. Returns the
    // summary ("3 added, 1 changed, 0 removed") when something was applied, else empty.
    static QString importFile(QWidget *parent, Workspace &workspace);
    // Writes the rows of the view (the browser's filter, in view order) as CSV or JSON, by the
    // chosen file's extension. Returns a message for the status bar; empty when cancelled.
    static QString exportView(QWidget *parent, const Workspace &workspace,
                              const QAbstractItemModel &view, const QString &query);
};

} // namespace portolan
