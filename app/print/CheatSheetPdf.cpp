#include "CheatSheetPdf.h"

#include "exporting/CheatSheet.h"
#include "exporting/PageFlow.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>
#include <array>

namespace portolan {

namespace {

constexpr int kColumns = 6;
// Shares of the width: port, transport, name, security, description, exams.
constexpr std::array<qreal, kColumns> kShares = {0.11, 0.09, 0.16, 0.12, 0.33, 0.19};
constexpr int kTextFlags = Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop;

// Fonts, measures and cell texts shared by the layout and the painting, so that what is
// measured is what is drawn.
class Sheet
{
public:
    Sheet(const QList<CheatSheetGroup> &groups, const QString &query, QPaintDevice *device)
        : m_groups(groups), m_query(query), m_device(device)
    {
        m_pt = device->logicalDpiY() / 72.0;
        m_body.setPointSizeF(8);
        m_bold = m_body;
        m_bold.setBold(true);
        m_heading = m_bold;
        m_heading.setPointSizeF(10);
        m_title = m_bold;
        m_title.setPointSizeF(14);
        m_padding = 2 * m_pt;
    }

    qreal pt() const { return m_pt; }
    qreal padding() const { return m_padding; }
    const QFont &body() const { return m_body; }
    const QFont &bold() const { return m_bold; }
    const QFont &heading() const { return m_heading; }
    const QFont &title() const { return m_title; }

    QStringList notes() const
    {
        QStringList out;
        if (!m_query.trimmed().isEmpty())
            out << QCoreApplication::translate("CheatSheetPdf", "Search: %1").arg(m_query);
        out << QCoreApplication::translate(
            "CheatSheetPdf",
            "✔ secure · ✖ insecure (cleartext) · ◐ depends on version or configuration");
        return out;
    }

    static QStringList header()
    {
        return {QCoreApplication::translate("CheatSheetPdf", "Port"),
                QCoreApplication::translate("CheatSheetPdf", "Transport"),
                QCoreApplication::translate("CheatSheetPdf", "Name"),
                QCoreApplication::translate("CheatSheetPdf", "Security"),
                QCoreApplication::translate("CheatSheetPdf", "Description"),
                QCoreApplication::translate("CheatSheetPdf", "Exams")};
    }

    QStringList cells(const CheatSheetEntry &e) const
    {
        return {e.ports,       e.transports, e.name, CheatSheet::securityMark(e.security),
                e.description, e.exams};
    }

    std::array<qreal, kColumns + 1> columnEdges(qreal width) const
    {
        std::array<qreal, kColumns + 1> x{};
        for (int c = 0; c < kColumns; ++c)
            x[c + 1] = x[c] + kShares[c] * width;
        return x;
    }

    qreal textHeight(const QFont &font, const QString &text, qreal width) const
    {
        const QFontMetricsF fm(font, m_device);
        return fm.boundingRect(QRectF(0, 0, width, 1e9), kTextFlags, text).height();
    }

    // The height of a table row: its tallest cell and the padding around it.
    qreal rowHeight(const QStringList &cells, qreal width, bool header) const
    {
        const auto x = columnEdges(width);
        qreal tallest = QFontMetricsF(m_body, m_device).height();
        for (int c = 0; c < kColumns; ++c) {
            const QFont &f = header || c == 2 ? m_bold : m_body;
            tallest =
                std::max(tallest, textHeight(f, cells.at(c), x[c + 1] - x[c] - 2 * m_padding));
        }
        return tallest + 2 * m_padding;
    }

    const QList<CheatSheetGroup> &groups() const { return m_groups; }

private:
    const QList<CheatSheetGroup> &m_groups;
    QString m_query;
    QPaintDevice *m_device;
    qreal m_pt = 1;
    qreal m_padding = 2;
    QFont m_body, m_bold, m_heading, m_title;
};

QRectF pageArea(QPagedPaintDevice *device)
{
    const QRect r = device->pageLayout().paintRectPixels(device->logicalDpiY());
    return QRectF(0, 0, r.width(), r.height());
}

} // namespace

QPageSize::PageSizeId CheatSheetPdf::defaultPageSize()
{
    return QLocale::system().measurementSystem() == QLocale::ImperialUSSystem ? QPageSize::Letter
                                                                              : QPageSize::A4;
}

QList<CheatSheetPdf::Block> CheatSheetPdf::layOut(const QList<CheatSheetGroup> &groups,
                                                  const QString &query, QPagedPaintDevice *device)
{
    const Sheet sheet(groups, query, device);
    const QRectF area = pageArea(device);
    const qreal width = area.width();
    PageFlow flow(area.height());
    QList<Block> out;
    const auto put = [&](Block::Kind kind, qreal height, int group = -1, int entry = -1) {
        const PageFlow::Slot slot = flow.place(height);
        out.append({kind, slot.page, QRectF(0, slot.top, width, height), group, entry});
    };

    put(Block::Kind::Title,
        sheet.textHeight(sheet.title(),
                         QCoreApplication::translate("CheatSheetPdf", "Port cheat sheet"), width));
    flow.skip(4 * sheet.pt());
    for (const QString &note : sheet.notes())
        put(Block::Kind::Note, sheet.textHeight(sheet.body(), note, width));

    const qreal headerHeight = sheet.rowHeight(Sheet::header(), width, true);
    for (int g = 0; g < groups.size(); ++g) {
        const CheatSheetGroup &group = groups.at(g);
        if (group.entries.isEmpty())
            continue;
        flow.skip(8 * sheet.pt());
        const qreal headingHeight =
            sheet.textHeight(sheet.heading(), group.title, width) + 3 * sheet.pt();
        const qreal firstRow =
            sheet.rowHeight(sheet.cells(group.entries.constFirst()), width, false);
        // A heading stays with its table's header and first row.
        if (!flow.fits(headingHeight + headerHeight + firstRow))
            flow.newPage();
        put(Block::Kind::Heading, headingHeight, g);
        put(Block::Kind::Header, headerHeight, g);
        for (int i = 0; i < group.entries.size(); ++i) {
            const qreal h = sheet.rowHeight(sheet.cells(group.entries.at(i)), width, false);
            if (!flow.fits(h)) {
                flow.newPage();
                put(Block::Kind::Header, headerHeight, g); // the header again on the new page
            }
            put(Block::Kind::Row, h, g, i);
        }
    }
    return out;
}

QByteArray CheatSheetPdf::render(const Catalog &catalog, const QList<int> &rows,
                                 const QString &query, QPageSize::PageSizeId pageSize)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(300);
        writer.setPageSize(QPageSize(pageSize));
        writer.setPageMargins(QMarginsF(12, 12, 12, 12), QPageLayout::Millimeter);
        writer.setTitle(QCoreApplication::translate("CheatSheetPdf", "Port cheat sheet"));
        writer.setCreator(QStringLiteral("Portolan"));

        const QList<CheatSheetGroup> groups = CheatSheet::build(catalog, rows);
        const Sheet sheet(groups, query, &writer);
        const QList<Block> blocks = layOut(groups, query, &writer);
        const auto x = sheet.columnEdges(pageArea(&writer).width());
        const QStringList notes = sheet.notes();

        QPainter p(&writer);
        QPen line(QColor(0x80, 0x80, 0x80));
        line.setWidthF(0.5 * sheet.pt());
        int page = 0;
        int note = 0;
        for (const Block &b : blocks) {
            while (page < b.page) {
                writer.newPage();
                ++page;
            }
            p.setPen(Qt::black);
            switch (b.kind) {
            case Block::Kind::Title:
                p.setFont(sheet.title());
                p.drawText(b.rect, kTextFlags,
                           QCoreApplication::translate("CheatSheetPdf", "Port cheat sheet"));
                break;
            case Block::Kind::Note:
                p.setFont(sheet.body());
                p.drawText(b.rect, kTextFlags, notes.value(note++));
                break;
            case Block::Kind::Heading:
                p.setFont(sheet.heading());
                p.drawText(b.rect, kTextFlags, groups.at(b.group).title);
                break;
            case Block::Kind::Header:
            case Block::Kind::Row: {
                const bool header = b.kind == Block::Kind::Header;
                const QStringList cells =
                    header ? Sheet::header() : sheet.cells(groups.at(b.group).entries.at(b.entry));
                if (header)
                    p.fillRect(b.rect, QColor(0xe8, 0xe8, 0xe8));
                for (int c = 0; c < kColumns; ++c) {
                    const QRectF cell(x[c], b.rect.top(), x[c + 1] - x[c], b.rect.height());
                    p.setPen(line);
                    p.drawRect(cell);
                    p.setPen(Qt::black);
                    p.setFont(header || c == 2 ? sheet.bold() : sheet.body());
                    const QRectF text = cell.adjusted(sheet.padding(), sheet.padding(),
                                                      -sheet.padding(), -sheet.padding());
                    // Ports read right-aligned, as in the window's table.
                    p.drawText(text,
                               c == 0 && !header ? (kTextFlags & ~Qt::AlignLeft) | Qt::AlignRight
                                                 : kTextFlags,
                               cells.at(c));
                }
                break;
            }
            }
        }
    } // the painter and the writer finish the file when they go
    return bytes;
}

} // namespace portolan
