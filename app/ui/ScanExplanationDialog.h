#pragma once

#include "network/ScanExplanation.h"

#include <QDialog>

class QLabel;
class QTextBrowser;

namespace portolan {

class Catalog;

// A scan of another machine explained (nmap -oX/-oG/-oN, ss, netstat): per host a summary of
// what is exposed in cleartext, and per port what the scanner saw and what the atlas says.
// Export… writes it as Markdown, JSON or PDF. Reached by File → Open Scan…, the This machine
// page and by dropping a file on the window.
class ScanExplanationDialog : public QDialog
{
    Q_OBJECT

public:
    // databasePath: never written by an export (SafeFileWriter).
    ScanExplanationDialog(const Catalog &catalog, const QString &databasePath,
                          QWidget *parent = nullptr);

    // Reads and explains the file; false with *error ("scan.xml:12: ...") and nothing shown.
    bool load(const QString &path, QString *error);
    // format: "md", "json" or "pdf" (a PDF needs a QGuiApplication). False with *error.
    bool exportTo(const QString &path, const QString &format, QString *error) const;

    const ScanExplanation &explanation() const { return m_explanation; }
    QTextBrowser *browser() const { return m_browser; }

    // Asks for a file (or takes path), then shows its explanation or says what is wrong with it.
    static void openScan(QWidget *parent, const Catalog &catalog, const QString &databasePath,
                         QString path = {});

private:
    void exportAs();

    const Catalog &m_catalog;
    QString m_databasePath;
    ScanExplanation m_explanation;
    QTextBrowser *m_browser = nullptr;
    QLabel *m_title = nullptr;
};

} // namespace portolan
