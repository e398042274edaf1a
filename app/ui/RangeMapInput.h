#pragma once

#include <QPointF>

class QKeyEvent;
class QMouseEvent;
class QWheelEvent;

namespace portolan {

class RangeMapWidget;

// Turns keys, the pointer and the wheel on the range map into its actions (zoom, pan, move
// the keyboard focus between study-set ports, select) and tells a click from a drag. Holds
// only the drag state; the map must outlive it.
class RangeMapInput
{
public:
    explicit RangeMapInput(RangeMapWidget &map) : m_map(map) {}

    // Each returns whether it used the event.
    bool key(QKeyEvent *event);
    bool press(QMouseEvent *event);
    bool move(QMouseEvent *event);
    bool release(QMouseEvent *event);
    bool wheel(QWheelEvent *event);

private:
    RangeMapWidget &m_map;
    QPointF m_pressPos;
    double m_lastX = 0;
    bool m_pressed = false;
    bool m_dragging = false;
};

} // namespace portolan
