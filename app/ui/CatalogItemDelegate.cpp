#include "CatalogItemDelegate.h"

#include "Theme.h"
#include "catalog/CatalogRow.h"
#include "models/PortTableModel.h"
#include "models/Roles.h"

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

} // namespace portolan
