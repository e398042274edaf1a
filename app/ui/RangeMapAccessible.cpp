#include "RangeMapAccessible.h"

#include "RangeMapWidget.h"

namespace portolan {

namespace {

QAccessibleInterface *factory(const QString &className, QObject *object)
{
    if (className == QLatin1String(RangeMapWidget::staticMetaObject.className()) && object &&
        object->isWidgetType())
        return new RangeMapAccessible(static_cast<QWidget *>(object));
    return nullptr;
}

} // namespace

RangeMapAccessible::RangeMapAccessible(QWidget *widget)
    : QAccessibleWidget(widget, QAccessible::Slider)
{}

void RangeMapAccessible::install()
{
    static const bool installed = [] {
        QAccessible::installFactory(factory);
        return true;
    }();
    Q_UNUSED(installed)
}

RangeMapWidget *RangeMapAccessible::map() const
{
    return static_cast<RangeMapWidget *>(widget());
}

void *RangeMapAccessible::interface_cast(QAccessible::InterfaceType type)
{
    if (type == QAccessible::ValueInterface)
        return static_cast<QAccessibleValueInterface *>(this);
    return QAccessibleWidget::interface_cast(type);
}

QString RangeMapAccessible::text(QAccessible::Text t) const
{
    switch (t) {
    case QAccessible::Name:
        return map()->accessibleName();
    case QAccessible::Description:
    case QAccessible::Help:
        return map()->accessibleHelp();
    case QAccessible::Value:
        return map()->accessibleSummary();
    default:
        break;
    }
    return QAccessibleWidget::text(t);
}

QVariant RangeMapAccessible::currentValue() const
{
    const int focused = map()->focusedPort();
    return focused >= 0 ? focused : map()->geometry().visiblePorts().first;
}

void RangeMapAccessible::setCurrentValue(const QVariant &value)
{
    // An assistive tool that sets the value asks to see that port.
    map()->showPort(value.toInt());
}

QVariant RangeMapAccessible::maximumValue() const
{
    return kLastPort;
}

QVariant RangeMapAccessible::minimumValue() const
{
    return 0;
}

QVariant RangeMapAccessible::minimumStepSize() const
{
    return 1;
}

} // namespace portolan
