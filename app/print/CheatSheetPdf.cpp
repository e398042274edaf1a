#include "CheatSheetPdf.h"

#include "exporting/CheatSheet.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QLocale>
#include <QPdfWriter>
#include <QTextDocument>

namespace portolan {

QPageSize::PageSizeId CheatSheetPdf::defaultPageSize()
{
    return QLocale::system().measurementSystem() == QLocale::ImperialUSSystem ? QPageSize::Letter
                                                                              : QPageSize::A4;
}

QString CheatSheetPdf::html(const Catalog &catalog, const QList<int> &rows, const QString &query)
{
    const auto esc = [](const QString &t) { return t.toHtmlEscaped(); };
    QString h = QStringLiteral("<html><body style='font-size:8pt'><h2>%1</h2>")
                    .arg(esc(QCoreApplication::translate("CheatSheetPdf", "Port cheat sheet")));
    if (!query.trimmed().isEmpty())
        h += QStringLiteral("<p>%1</p>")
                 .arg(esc(QCoreApplication::translate("CheatSheetPdf", "Search: %1").arg(query)));
    h += QStringLiteral("<p>%1</p>")
             .arg(esc(QCoreApplication::translate(
                 "CheatSheetPdf", "✔ secure · ✖ insecure (cleartext) · ◐ depends on version or "
                                  "configuration")));
    for (const CheatSheetGroup &g : CheatSheet::build(catalog, rows)) {
        h += QStringLiteral("<h3>%1</h3><table width='100%' border='1' cellspacing='0' "
                            "cellpadding='2'><thead><tr>")
                 .arg(esc(g.title));
        for (const char *column : {QT_TRANSLATE_NOOP("CheatSheetPdf", "Port"),
                                   QT_TRANSLATE_NOOP("CheatSheetPdf", "Transport"),
                                   QT_TRANSLATE_NOOP("CheatSheetPdf", "Name"),
                                   QT_TRANSLATE_NOOP("CheatSheetPdf", "Security"),
                                   QT_TRANSLATE_NOOP("CheatSheetPdf", "Description"),
                                   QT_TRANSLATE_NOOP("CheatSheetPdf", "Exams")})
            h += QStringLiteral("<th align='left'>%1</th>")
                     .arg(esc(QCoreApplication::translate("CheatSheetPdf", column)));
        h += QStringLiteral("</tr></thead>");
        for (const CheatSheetEntry &e : g.entries)
            h += QStringLiteral("<tr><td align='right'>%1</td><td>%2</td><td><b>%3</b></td>"
                                "<td>%4</td><td>%5</td><td>%6</td></tr>")
                     .arg(esc(e.ports), esc(e.transports), esc(e.name),
                          esc(CheatSheet::securityMark(e.security)), esc(e.description),
                          esc(e.exams));
        h += QStringLiteral("</table>");
    }
    return h + QStringLiteral("</body></html>");
}

QByteArray CheatSheetPdf::render(const Catalog &catalog, const QList<int> &rows,
                                 const QString &query, QPageSize::PageSizeId pageSize)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setPageSize(QPageSize(pageSize));
        writer.setPageMargins(QMarginsF(12, 12, 12, 12), QPageLayout::Millimeter);
        writer.setTitle(QCoreApplication::translate("CheatSheetPdf", "Port cheat sheet"));
        writer.setCreator(QStringLiteral("Portolan"));
        QTextDocument doc;
        doc.setHtml(html(catalog, rows, query));
        doc.print(&writer);
    } // the writer finishes the file when it goes
    return bytes;
}

} // namespace portolan
