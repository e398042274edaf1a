#include "exporting/PageFlow.h"

#include <algorithm>

namespace portolan {

PageFlow::PageFlow(qreal pageHeight) : m_pageHeight(std::max<qreal>(1, pageHeight)) {}

bool PageFlow::fits(qreal height) const
{
    return m_cursor + height <= m_pageHeight;
}

PageFlow::Slot PageFlow::place(qreal height)
{
    if (!fits(height) && m_cursor > 0)
        newPage();
    const Slot slot{m_page, m_cursor};
    m_cursor += height;
    return slot;
}

void PageFlow::skip(qreal height)
{
    m_cursor = std::min(m_pageHeight, m_cursor + height);
}

void PageFlow::newPage()
{
    ++m_page;
    m_cursor = 0;
}

} // namespace portolan
