#pragma once

#include <QStyledItemDelegate>

namespace portolan {

// Paints the port table's semantic cells: the security class as symbol + word in its colour,
// and study-set rows' names in bold, so neither relies on colour alone.
class CatalogItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace portolan
