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

    // A cell whose text does not fit shows it whole as a tooltip ("21, 989, 990",
    // "N10-009, N10-008, …"); a cell that fits keeps the model's own tooltip, if any.
    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override;
    // Whether the cell's display text is wider than the room it has.
    bool isCut(const QStyleOptionViewItem &option, const QModelIndex &index) const;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace portolan
