#pragma once

#include <QtGlobal>

namespace portolan {

// Where the next block of a paged document goes: blocks are placed top to bottom and never
// straddle a page break, so that a table row is always whole on one page. Heights are in any
// unit, the same as the page height's. A block taller than a page starts a page of its own (and
// is cut there: the one case that cannot be helped).
class PageFlow
{
public:
    struct Slot
    {
        int page = 0;
        qreal top = 0;
    };

    explicit PageFlow(qreal pageHeight);

    // Whether a block of this height still fits under the last one on the current page.
    bool fits(qreal height) const;
    // Places a block: on this page when it fits, else at the top of the next one.
    Slot place(qreal height);
    // Leaves space (a gap between blocks); a gap never starts a page.
    void skip(qreal height);
    void newPage();

    int page() const { return m_page; }
    qreal cursor() const { return m_cursor; }
    qreal pageHeight() const { return m_pageHeight; }

private:
    qreal m_pageHeight;
    int m_page = 0;
    qreal m_cursor = 0;
};

} // namespace portolan
