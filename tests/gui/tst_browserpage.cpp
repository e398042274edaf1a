// The browser as a user drives it: typing, the keyboard, the details pane and its links.
#include "../support/TestMain.h"
#include "BrowserPage.h"
#include "CatalogItemDelegate.h"
#include "MainWindow.h"
#include "NotesEditor.h"
#include "catalog/Catalog.h"
#include "models/PortFilterProxyModel.h"
#include "models/PortTableModel.h"
#include "models/Roles.h"
#include "storage/NoteRepository.h"
#include "workspace/Workspace.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QGuiApplication>
#include <QHeaderView>
#include <QHelpEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyleOptionViewItem>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QToolButton>
#include <QUrl>

using namespace portolan;

class TestBrowserPage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Workspace m_workspace;

    static QString firstKey(BrowserPage &page)
    {
        return page.table()->model()->index(0, 0).data(KeyRole).toString();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_workspace.open(m_dir.filePath(QStringLiteral("gui.sqlite"))));
    }

    void typingFiltersAndRanks()
    {
        BrowserPage page(m_workspace.catalog());
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        const int total = page.totalCount();
        QCOMPARE(page.shownCount(), total);
        QTest::keyClicks(page.searchField(), QStringLiteral("dhcp"));
        QTRY_VERIFY(page.shownCount() < 30);
        QVERIFY(page.shownCount() > 2);
        QCOMPARE(firstKey(page), QStringLiteral("dhcp"));

        // Down moves from the search box into the results; the details follow.
        QTest::keyClick(page.searchField(), Qt::Key_Down);
        QTRY_VERIFY(page.table()->hasFocus());
        QTRY_VERIFY(page.details()->toPlainText().contains(
            QStringLiteral("Dynamic Host Configuration Protocol")));
        QVERIFY(page.details()->toPlainText().contains(QStringLiteral("67/udp")));
        QVERIFY(page.details()->toPlainText().contains(QStringLiteral("68/udp")));

        // Escape clears the search and everything comes back.
        page.searchField()->setFocus();
        QTest::keyClick(page.searchField(), Qt::Key_Escape);
        QCOMPARE(page.searchField()->text(), QString());
        QTRY_COMPARE(page.shownCount(), total);
    }

    // Ctrl+C on the table copies the selected rows, visible columns, as tab-separated lines
    // that paste into a spreadsheet; Shift+Down extends the selection.
    // Before: with "50000" typed after HTTPS was selected, the details kept showing HTTPS next
    // to "0 entries", as if that were the answer.
    void detailsFollowTheResults()
    {
        BrowserPage page(m_workspace.catalog());
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(page.selectProtocol(QStringLiteral("https")));
        QVERIFY(page.details()->toPlainText().contains(QStringLiteral("HTTPS")));
        page.setSearchText(QStringLiteral("50000"));
        QTRY_COMPARE(page.shownCount(), 0);
        const QString text = page.details()->toPlainText();
        QVERIFY2(!text.contains(QStringLiteral("Hypertext")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Port 50000 · Dynamic (private) range")),
                 qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("No IANA assignment")));
        QVERIFY(text.contains(QStringLiteral("Show on the range map")));
        // An entry still among the results stays shown.
        page.setSearchText(QStringLiteral("https"));
        QVERIFY(page.selectProtocol(QStringLiteral("https")));
        page.setSearchText(QStringLiteral("https tls"));
        QVERIFY(page.details()->toPlainText().contains(QStringLiteral("HTTPS")));
    }

    // Before: Down from the search moved the current row without highlighting it.
    void downFromTheSearchSelects()
    {
        BrowserPage page(m_workspace.catalog());
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QTest::keyClicks(page.searchField(), QStringLiteral("ssh"));
        QTest::keyClick(page.searchField(), Qt::Key_Down);
        QVERIFY(page.table()->selectionModel()->isRowSelected(0, {}));
        QCOMPARE(page.table()->currentIndex().row(), 0);
    }

    // An empty result says why and offers the way out: the filters that hide the matches, or
    // the names a misspelt search was meant for.
    void anEmptyResultSaysWhy()
    {
        BrowserPage page(m_workspace.catalog());
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto *security = page.findChild<QComboBox *>(QStringLiteral("securityFilter"));
        QVERIFY(security);
        security->setCurrentIndex(security->findData(int(Security::Depends)));
        // A qualifier in the search and its combo never contradict each other: the combo
        // gives way while the search says is:… (before: 0 results, no reason).
        page.setSearchText(QStringLiteral("is:insecure"));
        QVERIFY(!security->isEnabled());
        QVERIFY(security->toolTip().contains(QStringLiteral("is:")));
        QTRY_VERIFY(page.shownCount() > 10);
        page.setSearchText(QStringLiteral("telnet"));
        QVERIFY(security->isEnabled());
        page.setSearchText(QStringLiteral("t:udp is:insecure"));
        auto *transport = page.findChild<QComboBox *>(QStringLiteral("transportFilter"));
        QVERIFY(!transport->isEnabled());
        // A filter with no qualifier of its kind still hides, and the page says so.
        security->setCurrentIndex(0);
        page.setSearchText(QStringLiteral("ldaps"));
        security->setCurrentIndex(security->findData(int(Security::Insecure)));
        QTRY_COMPARE(page.shownCount(), 0);
        QString text = page.details()->toPlainText();
        QVERIFY2(text.contains(QStringLiteral("the filters hide them (Security: ✖ Insecure)")),
                 qPrintable(text));
        emit page.details()->anchorClicked(QUrl(QStringLiteral("portolan:clear-filters")));
        QTRY_VERIFY(page.shownCount() > 0);
        QCOMPARE(security->currentIndex(), 0);

        page.setSearchText(QStringLiteral("telent"));
        QTRY_COMPARE(page.shownCount(), 0);
        text = page.details()->toPlainText();
        QVERIFY2(text.contains(QStringLiteral("Did you mean Telnet?")), qPrintable(text));
        emit page.details()->anchorClicked(QUrl(QStringLiteral("portolan:search/Telnet")));
        QCOMPARE(page.searchText(), QStringLiteral("Telnet"));
        QTRY_VERIFY(page.shownCount() > 0);
    }

    // Before: "21, 989,…" and "N10-009, N1…" at every window size, no tooltip on a cut cell,
    // and a sort arrow on Port while the results were ranked by relevance.
    void columnsFitTheStudySetAndCutCellsExplain()
    {
        BrowserPage page(m_workspace.catalog());
        page.resize(1000, 600);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto *delegate = qobject_cast<CatalogItemDelegate *>(page.table()->itemDelegate());
        QVERIFY(delegate);
        page.setSearchText(QStringLiteral("is:curated"));
        QTRY_VERIFY(page.shownCount() > 100);
        QHeaderView *header = page.table()->horizontalHeader();
        header->setSortIndicator(PortTableModel::Port, Qt::AscendingOrder);
        int checked = 0;
        for (int r = 0; r < page.shownCount(); ++r) {
            const QModelIndex port = page.table()->model()->index(r, PortTableModel::Port);
            if (port.data().toString().size() > 14)
                continue; // the rare long lists may be cut, with their tooltip
            QStyleOptionViewItem option;
            option.initFrom(page.table());
            option.rect = QRect(0, 0, page.table()->columnWidth(PortTableModel::Port), 20);
            QVERIFY2(!delegate->isCut(option, port), qPrintable(port.data().toString()));
            ++checked;
        }
        QVERIFY(checked > 100);
        // A cut cell: its whole text as the tooltip.
        const QModelIndex description =
            page.table()->model()->index(0, PortTableModel::Description);
        QStyleOptionViewItem narrow;
        narrow.initFrom(page.table());
        narrow.rect = QRect(0, 0, 8, 20);
        QVERIFY(delegate->isCut(narrow, description));
        QHelpEvent help(QEvent::ToolTip, QPoint(5, 5), page.table()->mapToGlobal(QPoint(5, 5)));
        QVERIFY(delegate->helpEvent(&help, page.table(), narrow, description));

        // Ranked by relevance: no arrow; plain browsing: the arrow again.
        page.setSearchText(QStringLiteral("ssh"));
        QVERIFY(!header->isSortIndicatorShown());
        page.setSearchText(QString());
        QVERIFY(header->isSortIndicatorShown());
        page.setSearchText(QStringLiteral("ssh"));
        header->setSortIndicator(PortTableModel::Name, Qt::AscendingOrder);
        QVERIFY(header->isSortIndicatorShown());
    }

    // Before: a click on the range map cleared the search or unticked "Study set only" to show
    // the clicked row, without a word.
    void theMapShowsAnEntryWithoutTouchingTheSearch()
    {
        BrowserPage page(m_workspace.catalog());
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.setSearchText(QStringLiteral("ssh"));
        const Catalog &catalog = m_workspace.catalog();
        const int dns = catalog.rowOfProtocol(catalog.protocolIndex(QStringLiteral("dns")));
        QVERIFY(page.showCatalogRow(dns));
        QCOMPARE(page.searchText(), QStringLiteral("ssh"));
        const QString text = page.details()->toPlainText();
        QVERIFY2(text.contains(QStringLiteral("The search and filters hide this entry")),
                 qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Domain Name System")));
        emit page.details()->anchorClicked(QUrl(QStringLiteral("portolan:reveal/%1").arg(dns)));
        QCOMPARE(page.currentCatalogRow(), dns);
        // A row the results hold is simply selected.
        page.setSearchText(QStringLiteral("dns"));
        QVERIFY(page.showCatalogRow(dns));
        QCOMPARE(page.searchText(), QStringLiteral("dns"));
        QCOMPARE(page.currentCatalogRow(), dns);
    }

    // Before: a followed link (Telnet → SSH) could not be undone.
    void backAndForwardThroughFollowedLinks()
    {
        BrowserPage page(m_workspace.catalog());
        page.show();
        page.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&page));
        QVERIFY(page.selectProtocol(QStringLiteral("telnet")));
        QVERIFY(!page.canGoBack());
        emit page.details()->anchorClicked(QUrl(QStringLiteral("portolan:protocol/ssh")));
        QVERIFY(page.details()->toPlainText().startsWith(QStringLiteral("SSH")));
        QVERIFY(page.canGoBack());
        page.table()->setFocus();
        QTest::keyClick(page.table(), Qt::Key_Left, Qt::AltModifier);
        QVERIFY2(page.details()->toPlainText().startsWith(QStringLiteral("Telnet")),
                 qPrintable(page.details()->toPlainText().left(40)));
        QVERIFY(page.canGoForward());
        QTest::mouseClick(page.table()->viewport(), Qt::ForwardButton);
        QVERIFY(page.details()->toPlainText().startsWith(QStringLiteral("SSH")));
        QVERIFY(!page.canGoForward());
    }

    void ctrlCCopiesRowsAsTsv()
    {
        BrowserPage page(m_workspace.catalog());
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.setSearchText(QStringLiteral("is:curated 22"));
        QTRY_VERIFY(page.shownCount() >= 2);
        page.table()->setFocus();
        page.table()->selectRow(0);
        QTest::keyClick(page.table(), Qt::Key_Down, Qt::ShiftModifier);
        QGuiApplication::clipboard()->clear();
        QTest::keyClick(page.table(), Qt::Key_C, Qt::ControlModifier);
        const QString copied = QGuiApplication::clipboard()->text();
        const QStringList lines = copied.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        const int columns = page.table()->model()->columnCount();
        for (int i = 0; i < 2; ++i) {
            const QStringList cells = lines.at(i).split(QLatin1Char('\t'));
            QCOMPARE(cells.size(), columns);
            QCOMPARE(cells.at(0), page.table()->model()->index(i, 0).data().toString());
            QCOMPARE(cells.at(2), page.table()->model()->index(i, 2).data().toString());
        }
    }

    void unknownQualifierIsExplainedInTheUi()
    {
        BrowserPage page(m_workspace.catalog());
        page.show();
        QTest::keyClicks(page.searchField(), QStringLiteral("colour:red"));
        auto *warning = page.findChild<QLabel *>(QStringLiteral("searchWarning"));
        QVERIFY(warning);
        QTRY_VERIFY(warning->isVisible());
        QVERIFY(warning->text().contains(QStringLiteral("colour:")));
        page.searchField()->clear();
        QTRY_VERIFY(!warning->isVisible());
    }

    void counterpartLinkSelectsIt()
    {
        BrowserPage page(m_workspace.catalog());
        page.show();
        QVERIFY(page.selectProtocol(QStringLiteral("telnet")));
        QTRY_VERIFY(page.details()->toHtml().contains(QStringLiteral("portolan:protocol/ssh")));
        emit page.details()->anchorClicked(QUrl(QStringLiteral("portolan:protocol/ssh")));
        QTRY_COMPARE(page.table()->currentIndex().data(KeyRole).toString(), QStringLiteral("ssh"));
        QVERIFY(page.details()->toPlainText().contains(QStringLiteral("Secure Shell")));
    }

    void selectingAHiddenEntryClearsTheFilter()
    {
        BrowserPage page(m_workspace.catalog());
        page.show();
        page.setSearchText(QStringLiteral("telnet"));
        QVERIFY(page.shownCount() < page.totalCount() / 10);
        QVERIFY(page.selectProtocol(QStringLiteral("https")));
        QCOMPARE(page.searchText(), QString());
        QCOMPARE(page.table()->currentIndex().data(KeyRole).toString(), QStringLiteral("https"));
    }

    void hostileSearchTextIsAccepted()
    {
        BrowserPage page(m_workspace.catalog());
        page.show();
        for (const QString &text :
             {QStringLiteral("'; DROP TABLE registry; --"), QStringLiteral("\""),
              QString(5000, QLatin1Char('x')), QString::fromUtf8("\u202Eevil")}) {
            page.setSearchText(text);
            QVERIFY(page.shownCount() >= 0);
        }
        page.setSearchText(QStringLiteral("22"));
        QVERIFY(page.shownCount() > 0);
    }

    void notesAreSavedPerEntryAndRenderedSafely()
    {
        NoteRepository repo(m_workspace.database().connection());
        BrowserPage page(m_workspace.catalog(), &repo, true);
        page.show();
        QVERIFY(page.selectProtocol(QStringLiteral("https")));
        QTRY_COMPARE(page.notes()->key(), QStringLiteral("https"));
        page.notes()->editor()->setFocus();
        QTest::keyClicks(page.notes()->editor(),
                         QStringLiteral("<b>raw</b> **443** ![x](http://example.invalid/x.png)"));
        // Saved by itself shortly after typing stops.
        QTRY_COMPARE(repo.note(QStringLiteral("https")),
                     QStringLiteral("<b>raw</b> **443** ![x](http://example.invalid/x.png)"));
        // Undo is the editor's own and stays within this note.
        QTest::keyClick(page.notes()->editor(), Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(page.notes()->text().size() < 50);
        QTest::keyClick(page.notes()->editor(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(page.notes()->flush());

        // Another entry shows its own (empty) note; coming back shows this one.
        QVERIFY(page.selectProtocol(QStringLiteral("ssh")));
        QTRY_COMPARE(page.notes()->key(), QStringLiteral("ssh"));
        QCOMPARE(page.notes()->text(), QString());
        QVERIFY(page.selectProtocol(QStringLiteral("https")));
        QTRY_VERIFY(page.notes()->text().contains(QStringLiteral("**443**")));

        // Preview: Markdown, but HTML stays literal text and nothing is fetched.
        auto *preview = page.notes()->findChild<QTextBrowser *>(QStringLiteral("notesPreview"));
        QVERIFY(preview);
        auto *button = page.notes()->findChild<QToolButton *>();
        QVERIFY(button);
        button->click();
        QTRY_VERIFY(preview->isVisible());
        QVERIFY(preview->toPlainText().contains(QStringLiteral("<b>raw</b>")));
        QVERIFY(!preview->toPlainText().contains(QStringLiteral("**443**")));
        QVERIFY(preview->toPlainText().contains(QStringLiteral("443")));
    }

    void howCommonSortsMostCommonFirstOnTheFirstClick()
    {
        BrowserPage page(m_workspace.catalog());
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QHeaderView *header = page.table()->horizontalHeader();
        const int x = header->sectionViewportPosition(PortTableModel::HowCommon) +
                      header->sectionSize(PortTableModel::HowCommon) / 2;
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
        QTRY_COMPARE(header->sortIndicatorSection(), int(PortTableModel::HowCommon));
        QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
        QTRY_COMPARE(header->sortIndicatorOrder(), Qt::AscendingOrder); // then it toggles as usual
    }

    void mainWindowShortcutsAndStatus()
    {
        MainWindow window(m_workspace);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *counts = window.findChild<QLabel *>(QStringLiteral("rowCounts"));
        QVERIFY(counts);
        const int total = window.browser()->totalCount();
        QVERIFY(counts->text().contains(QLocale().toString(total)));
        window.browser()->table()->setFocus();
        QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(window.browser()->searchField()->hasFocus());
        QTest::keyClicks(window.browser()->searchField(), QStringLiteral("is:secure exam:n10-009"));
        QTRY_VERIFY(counts->text().startsWith(QString::number(window.browser()->shownCount()) +
                                              QStringLiteral(" of ")));
        QVERIFY(window.browser()->shownCount() < 30);
    }
};

PORTOLAN_TEST_MAIN(TestBrowserPage)
#include "tst_browserpage.moc"
