// PageFlow: blocks go top to bottom and never straddle a page break.
#include "../support/TestMain.h"
#include "exporting/PageFlow.h"

#include <QTest>

using namespace portolan;

class TestPageFlow : public QObject
{
    Q_OBJECT

private slots:
    void blocksNeverStraddleABreak()
    {
        PageFlow flow(100);
        qreal previousBottom = 0;
        int previousPage = 0;
        for (int i = 0; i < 200; ++i) {
            const qreal h = 7 + (i * 13) % 29; // uneven heights, 7 to 35
            const PageFlow::Slot s = flow.place(h);
            QVERIFY2(s.top + h <= 100,
                     qPrintable(QStringLiteral("block %1 at %2").arg(i).arg(s.top)));
            // In order: on the same page below the last block, or at the top of the next page.
            if (s.page == previousPage)
                QCOMPARE(s.top, previousBottom);
            else
                QVERIFY(s.page == previousPage + 1 && s.top == 0);
            previousPage = s.page;
            previousBottom = s.top + h;
        }
        QVERIFY(flow.page() > 10);
    }

    void aBlockThatFitsExactlyStaysOnThePage()
    {
        PageFlow flow(100);
        flow.place(60);
        QCOMPARE(flow.place(40).page, 0);
        QCOMPARE(flow.place(1).page, 1);
    }

    void aGapNeverStartsAPage()
    {
        PageFlow flow(100);
        flow.place(95);
        flow.skip(20);
        QCOMPARE(flow.page(), 0);
        QCOMPARE(flow.cursor(), 100.0);
        QCOMPARE(flow.place(10).page, 1);
    }

    // Too tall for any page: it gets a page of its own rather than an endless loop.
    void aBlockTallerThanAPageStartsItsOwnPage()
    {
        PageFlow flow(100);
        flow.place(10);
        const PageFlow::Slot s = flow.place(250);
        QCOMPARE(s.page, 1);
        QCOMPARE(s.top, 0.0);
        QCOMPARE(flow.place(10).page, 2);
    }

    void badPageHeightIsClamped()
    {
        PageFlow flow(0);
        QCOMPARE(flow.pageHeight(), 1.0);
        QCOMPARE(flow.place(5).page, 0);
        QCOMPARE(flow.place(5).page, 1);
    }
};

PORTOLAN_TEST_APPLESS_MAIN(TestPageFlow)
#include "tst_pageflow.moc"
