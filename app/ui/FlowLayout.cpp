#include "FlowLayout.h"

#include <QStyle>
#include <QWidget>
#include <algorithm>

namespace portolan {

FlowLayout::FlowLayout(QWidget *parent, int hSpacing, int vSpacing)
    : QLayout(parent), m_hSpacing(hSpacing), m_vSpacing(vSpacing)
{}

FlowLayout::~FlowLayout()
{
    while (QLayoutItem *item = takeAt(0))
        delete item;
}

void FlowLayout::addItem(QLayoutItem *item)
{
    m_items.append(item);
    m_joinedToNext.append(false);
}

void FlowLayout::addPair(QWidget *label, QWidget *field)
{
    addWidget(label);
    m_joinedToNext.last() = true;
    addWidget(field);
}

int FlowLayout::count() const
{
    return int(m_items.size());
}

QLayoutItem *FlowLayout::itemAt(int index) const
{
    return index >= 0 && index < m_items.size() ? m_items.at(index) : nullptr;
}

QLayoutItem *FlowLayout::takeAt(int index)
{
    if (index < 0 || index >= m_items.size())
        return nullptr;
    m_joinedToNext.removeAt(index);
    return m_items.takeAt(index);
}

Qt::Orientations FlowLayout::expandingDirections() const
{
    return {};
}

bool FlowLayout::hasHeightForWidth() const
{
    return true;
}

int FlowLayout::heightForWidth(int width) const
{
    return layOut(QRect(0, 0, width, 0), false);
}

QSize FlowLayout::minimumSize() const
{
    // As narrow as the widest pair of items that must stay together.
    QSize size;
    for (int i = 0; i < m_items.size(); ++i) {
        int width = m_items.at(i)->minimumSize().width();
        int j = i;
        while (j < m_items.size() - 1 && m_joinedToNext.at(j)) {
            ++j;
            width += spacingAlong(Qt::Horizontal) + m_items.at(j)->minimumSize().width();
        }
        size = size.expandedTo(QSize(width, m_items.at(i)->minimumSize().height()));
        i = j;
    }
    const QMargins m = contentsMargins();
    return size + QSize(m.left() + m.right(), m.top() + m.bottom());
}

QSize FlowLayout::sizeHint() const
{
    // One line when there is room for it.
    int width = 0;
    int height = 0;
    for (QLayoutItem *item : m_items) {
        width += item->sizeHint().width() + (width > 0 ? spacingAlong(Qt::Horizontal) : 0);
        height = std::max(height, item->sizeHint().height());
    }
    const QMargins m = contentsMargins();
    return QSize(width + m.left() + m.right(), height + m.top() + m.bottom());
}

void FlowLayout::setGeometry(const QRect &rect)
{
    QLayout::setGeometry(rect);
    layOut(rect, true);
}

int FlowLayout::spacingAlong(Qt::Orientation orientation) const
{
    const int set = orientation == Qt::Horizontal ? m_hSpacing : m_vSpacing;
    if (set >= 0)
        return set;
    const QWidget *owner = parentWidget();
    if (!owner)
        return 6;
    return owner->style()->pixelMetric(orientation == Qt::Horizontal
                                           ? QStyle::PM_LayoutHorizontalSpacing
                                           : QStyle::PM_LayoutVerticalSpacing,
                                       nullptr, owner);
}

int FlowLayout::layOut(const QRect &rect, bool apply) const
{
    const QMargins m = contentsMargins();
    const QRect area = rect.marginsRemoved(m);
    const int hSpace = std::max(0, spacingAlong(Qt::Horizontal));
    const int vSpace = std::max(0, spacingAlong(Qt::Vertical));
    int x = area.x();
    int y = area.y();
    int lineHeight = 0;
    for (int i = 0; i < m_items.size(); ++i) {
        // A run of joined items moves to the next line as one.
        int runWidth = 0;
        int j = i;
        for (;;) {
            runWidth += m_items.at(j)->sizeHint().width() + (j > i ? hSpace : 0);
            if (j == m_items.size() - 1 || !m_joinedToNext.at(j))
                break;
            ++j;
        }
        if (x > area.x() && x + runWidth > area.right() + 1) {
            x = area.x();
            y += lineHeight + vSpace;
            lineHeight = 0;
        }
        for (int k = i; k <= j; ++k) {
            QLayoutItem *item = m_items.at(k);
            const QSize hint = item->sizeHint();
            const int width = std::min(hint.width(), std::max(area.right() + 1 - x, 0));
            if (apply)
                item->setGeometry(
                    QRect(QPoint(x, y),
                          QSize(std::max(width, item->minimumSize().width()), hint.height())));
            x += std::max(width, item->minimumSize().width()) + hSpace;
            lineHeight = std::max(lineHeight, hint.height());
        }
        i = j;
    }
    return y + lineHeight - rect.y() + m.bottom();
}

} // namespace portolan
