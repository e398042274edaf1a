#pragma once

#include <QLayout>
#include <QList>

namespace portolan {

// Lays its items out left to right and starts a new line when the next one does not fit, so
// a toolbar or a filter bar that is too wide for a laptop (or for German at 14 pt) wraps
// instead of forcing the window wider. Its height follows its width (heightForWidth).
class FlowLayout : public QLayout
{
public:
    explicit FlowLayout(QWidget *parent = nullptr, int hSpacing = -1, int vSpacing = -1);
    ~FlowLayout() override;

    void addItem(QLayoutItem *item) override;
    int count() const override;
    QLayoutItem *itemAt(int index) const override;
    QLayoutItem *takeAt(int index) override;
    Qt::Orientations expandingDirections() const override;
    bool hasHeightForWidth() const override;
    int heightForWidth(int width) const override;
    QSize minimumSize() const override;
    QSize sizeHint() const override;
    void setGeometry(const QRect &rect) override;

    // Keeps widget and the widget after it on one line (a label and its field).
    void addPair(QWidget *label, QWidget *field);

private:
    int layOut(const QRect &rect, bool apply) const;
    int spacingAlong(Qt::Orientation orientation) const;

    QList<QLayoutItem *> m_items;
    QList<bool> m_joinedToNext; // index for index: kept on the line of the next item
    int m_hSpacing;
    int m_vSpacing;
};

} // namespace portolan
