#include "RangeMapInput.h"

#include "RangeMapWidget.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QWheelEvent>
#include <cmath>

namespace portolan {

namespace {

// A press that moves less than this is a click, not a drag.
constexpr int kDragThreshold = 4;

} // namespace

bool RangeMapInput::key(QKeyEvent *event)
{
    const bool ctrl = event->modifiers() & Qt::ControlModifier;
    const bool shift = event->modifiers() & Qt::ShiftModifier;
    const double width = m_map.geometry().plotWidth();
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        m_map.zoomIn();
        return true;
    case Qt::Key_Minus:
    case Qt::Key_Underscore:
        m_map.zoomOut();
        return true;
    case Qt::Key_0:
        m_map.showWholeRange();
        return true;
    case Qt::Key_Z:
        m_map.zoomToSelection();
        return true;
    case Qt::Key_Left:
    case Qt::Key_Right: {
        const int direction = event->key() == Qt::Key_Left ? -1 : 1;
        if (ctrl)
            m_map.moveFocus(direction);
        else
            m_map.panBy(direction * width * (shift ? 0.9 : 0.125));
        return true;
    }
    case Qt::Key_Home:
    case Qt::Key_End:
        m_map.panBy(event->key() == Qt::Key_Home ? -1e12 : 1e12);
        return true;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        m_map.activateFocused();
        return true;
    default:
        return false;
    }
}

bool RangeMapInput::press(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return false;
    m_pressed = true;
    m_dragging = false;
    m_pressPos = event->position();
    m_lastX = event->position().x();
    return true;
}

bool RangeMapInput::move(QMouseEvent *event)
{
    const QPointF pos = event->position();
    if (!m_pressed || !(event->buttons() & Qt::LeftButton)) {
        m_map.hoverAt(pos.x());
        return true;
    }
    if (!m_dragging && std::abs(pos.x() - m_pressPos.x()) >= kDragThreshold) {
        m_dragging = true;
        m_map.setCursor(Qt::ClosedHandCursor);
    }
    if (m_dragging) {
        // Announced once, on release: a drag is many small steps.
        m_map.panBy(m_lastX - pos.x(), false);
        m_lastX = pos.x();
    }
    return true;
}

bool RangeMapInput::release(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || !m_pressed)
        return false;
    m_pressed = false;
    if (m_dragging) {
        m_dragging = false;
        m_map.unsetCursor();
        m_map.announce();
    } else {
        m_map.activateAt(event->position());
    }
    return true;
}

bool RangeMapInput::wheel(QWheelEvent *event)
{
    const QPoint delta = event->angleDelta();
    const bool sideways =
        (event->modifiers() & Qt::ShiftModifier) || std::abs(delta.x()) > std::abs(delta.y());
    if (sideways) {
        const int d = delta.x() != 0 ? delta.x() : delta.y();
        m_map.panBy(-d / 120.0 * m_map.geometry().plotWidth() / 10);
    } else {
        m_map.zoomAt(event->position().x(), std::pow(1.25, delta.y() / 120.0));
    }
    return true;
}

} // namespace portolan
