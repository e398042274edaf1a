#pragma once

#include <QAccessibleWidget>

namespace portolan {

class RangeMapWidget;

// What assistive technology sees of the range map: a slider-like control whose value is
// the focused study-set port (or the first visible port) and whose value text says which
// ports are shown, over which IANA classes and overlays, and which port has the focus.
class RangeMapAccessible : public QAccessibleWidget, public QAccessibleValueInterface
{
public:
    explicit RangeMapAccessible(QWidget *widget);

    // Registers the factory once; RangeMapWidget calls it from its constructor.
    static void install();

    void *interface_cast(QAccessible::InterfaceType type) override;
    QString text(QAccessible::Text t) const override;

    QVariant currentValue() const override;
    void setCurrentValue(const QVariant &value) override;
    QVariant maximumValue() const override;
    QVariant minimumValue() const override;
    QVariant minimumStepSize() const override;

private:
    RangeMapWidget *map() const;
};

} // namespace portolan
