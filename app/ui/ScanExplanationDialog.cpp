#include "ScanExplanationDialog.h"

#include "domain/SafeText.h"
#include "network/ScanReader.h"
#include "storage/SafeFileReader.h"
#include "storage/SafeFileWriter.h"

#include <QBuffer>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLabel>
#include <QMessageBox>
#include <QPdfWriter>
#include <QPushButton>
#include <QTextBrowser>
#include <QTextDocument>
#include <QVBoxLayout>

namespace portolan {

ScanExplanationDialog::ScanExplanationDialog(const Catalog &catalog, const QString &databasePath,
                                             QWidget *parent)
    : QDialog(parent), m_catalog(catalog), m_databasePath(databasePath)
{
    setWindowTitle(tr("Scan Explained"));
    m_title = new QLabel(this);
    m_title->setTextFormat(Qt::PlainText);
    m_title->setWordWrap(true);
    m_browser = new QTextBrowser(this);
    m_browser->setObjectName(QStringLiteral("scanExplanation"));
    // Nothing in a scan may load a resource or follow a link.
    m_browser->setOpenLinks(false);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *exportButton = buttons->addButton(tr("E&xport…"), QDialogButtonBox::ActionRole);
    connect(exportButton, &QPushButton::clicked, this, &ScanExplanationDialog::exportAs);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_browser, 1);
    layout->addWidget(buttons);
    resize(900, 600);
}

bool ScanExplanationDialog::load(const QString &path, QString *error)
{
    QByteArray bytes;
    const auto outcome = SafeFileReader::read(path, ScanReader::kMaxBytes, &bytes, error);
    if (outcome == SafeFileReader::Outcome::TooLarge) {
        *error = tr("%1 is larger than %2 MB; split the scan into smaller files.")
                     .arg(visibleText(QFileInfo(path).fileName()))
                     .arg(ScanReader::kMaxBytes / (1024 * 1024));
        return false;
    }
    if (outcome != SafeFileReader::Outcome::Read)
        return false;
    ScanReader reader;
    const QString name = QFileInfo(path).fileName();
    if (!reader.read(bytes, name)) {
        *error = reader.errorText();
        return false;
    }
    m_explanation = ScanExplanation::make(m_catalog, reader.report(), name);
    m_title->setText(tr("%1 · %2").arg(visibleText(name), scanFormatName(reader.report().format)));
    // The Markdown is built from escaped cells (ScanExplanation), so a scan cannot inject
    // markup; images and links are not loaded (setOpenLinks(false), no resources).
    m_browser->setMarkdown(m_explanation.toMarkdown());
    setWindowTitle(tr("Scan Explained: %1").arg(visibleText(name)));
    return true;
}

bool ScanExplanationDialog::exportTo(const QString &path, const QString &format,
                                     QString *error) const
{
    QByteArray bytes;
    if (format == QLatin1String("md")) {
        bytes = m_explanation.toMarkdown().toUtf8();
    } else if (format == QLatin1String("json")) {
        bytes = QJsonDocument(m_explanation.toJson()).toJson(QJsonDocument::Indented);
    } else {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
        writer.setTitle(tr("Scan Explained: %1").arg(m_explanation.sourceName()));
        writer.setCreator(QStringLiteral("Portolan"));
        QTextDocument doc;
        doc.setMarkdown(m_explanation.toMarkdown());
        doc.print(&writer);
    }
    SafeFileWriter file(m_databasePath);
    if (!file.write(path, bytes)) {
        *error = file.errorString();
        return false;
    }
    return true;
}

void ScanExplanationDialog::exportAs()
{
    const QString markdown = tr("Markdown (*.md)");
    const QString json = tr("JSON (*.json)");
    const QString pdf = tr("PDF (*.pdf)");
    QString filter = markdown;
    const QString base = QFileInfo(m_explanation.sourceName()).completeBaseName();
    QString path = QFileDialog::getSaveFileName(
        this, tr("Export Explanation"), base + QStringLiteral("-explained.md"),
        QStringList{markdown, json, pdf}.join(QStringLiteral(";;")), &filter);
    if (path.isEmpty())
        return;
    QString format = filter == json  ? QStringLiteral("json")
                     : filter == pdf ? QStringLiteral("pdf")
                                     : QStringLiteral("md");
    // A typed extension wins over the filter.
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("json") || suffix == QLatin1String("pdf") ||
        suffix == QLatin1String("md"))
        format = suffix;
    QString error;
    if (!exportTo(path, format, &error))
        QMessageBox::warning(this, tr("Export Explanation"), error);
}

void ScanExplanationDialog::openScan(QWidget *parent, const Catalog &catalog,
                                     const QString &databasePath, QString path)
{
    if (path.isEmpty())
        path = QFileDialog::getOpenFileName(
            parent, tr("Open Scan"), QString(),
            tr("Scans (*.xml *.gnmap *.nmap *.txt *.log);;All files (*)"));
    if (path.isEmpty())
        return;
    auto *dialog = new ScanExplanationDialog(catalog, databasePath, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QString error;
    if (!dialog->load(path, &error)) {
        delete dialog;
        QMessageBox::warning(parent, tr("Open Scan"), error);
        return;
    }
    dialog->show();
}

} // namespace portolan
