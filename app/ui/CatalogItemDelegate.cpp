#include "CatalogItemDelegate.h"

#include "Theme.h"
#include "catalog/CatalogRow.h"
#include "models/PortTableModel.h"
#include "models/Roles.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QHelpEvent>
#include <QToolTip>

namespace portolan {

void CatalogItemDelegate::initStyleOption(QStyleOptionViewItem *option,
                                          const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const bool curated = index.data(OriginRole).toInt() == int(CatalogRow::Origin::Curated);
    if (index.column() == PortTableModel::Security) {
        const auto s = static_cast<Security>(index.data(SecurityRole).toInt());
        if (s != Security::Unclassified) {
            option->text = theme::securitySymbol(s) + QLatin1Char(' ') + option->text;
            if (!(option->state & QStyle::State_Selected))
                option->palette.setColor(QPalette::Text, theme::securityColor(s, option->palette));
        }
    }
    if (curated && index.column() == PortTableModel::Name)
        option->font.setBold(true);
}

bool CatalogItemDelegate::isCut(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QWidget *widget = opt.widget;
    const QStyle *style = widget ? widget->style() : QApplication::style();
    const QRect text = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget);
    // The style's own text margin on each side of the cell.
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
    return opt.fontMetrics.horizontalAdvance(opt.text) > text.width() - 2 * margin;
}

bool CatalogItemDelegate::helpEvent(QHelpEvent *event, QAbstractItemView *view,
                                    const QStyleOptionViewItem &option, const QModelIndex &index)
{
    if (event && event->type() == QEvent::ToolTip && index.isValid() &&
        index.data(Qt::ToolTipRole).isNull() && isCut(option, index)) {
        QToolTip::showText(event->globalPos(),
                           index.data(Qt::DisplayRole).toString().toHtmlEscaped(), view);
        return true;
    }
    return QStyledItemDelegate::helpEvent(event, view, option, index);
}

} // namespace portolan
