// The This machine page and the scan dialog in the window (offscreen): the fixture machine's
// ports in risk order, a row that opens its entry in Browse, refreshing only while shown, and a
// scan opened, refused, exported and dropped on the window.
#include "../support/TestMain.h"
#include "BrowserPage.h"
#include "MainWindow.h"
#include "NetworkFixtures.h"
#include "ScanExplanationDialog.h"
#include "ThisMachinePage.h"
#include "catalog/Catalog.h"
#include "models/Roles.h"
#include "network/LocalPortsModel.h"
#include "workspace/Workspace.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QMimeData>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QUrl>

using namespace portolan;
using portolan::testing::kFixtures;

namespace {

// Saves a picture of the widget when PORTOLAN_SHOTS names a folder (for the docs).
void shoot(QWidget *w, const QString &name)
{
    const QString dir = qEnvironmentVariable("PORTOLAN_SHOTS");
    if (!dir.isEmpty())
        w->grab().save(QDir(dir).filePath(name));
}

} // namespace

class TestThisMachinePage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Workspace m_workspace;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_workspace.open(m_dir.filePath(QStringLiteral("page.sqlite"))));
    }

    void showsTheFixtureMachineAndOpensAnEntry()
    {
        MainWindow window(m_workspace);
        window.resize(1024, 640);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showPage(MainWindow::Page::ThisMachine);
        ThisMachinePage *page = window.thisMachine();
        QVERIFY(page);
        QVERIFY(page->autoRefreshing());
        page->setProcRoot(kFixtures + QStringLiteral("proc"));
        QAbstractItemModelTester tester(page->model());
        QCOMPARE(page->model()->rowCount(), 7);
        QVERIFY2(page->summaryText().startsWith(QStringLiteral("This machine: 7 port")),
                 qPrintable(page->summaryText()));
        const QModelIndex first = page->model()->index(0, LocalPortsModel::Port);
        QCOMPARE(first.data().toString(), QStringLiteral("21/tcp"));
        QCOMPARE(page->model()->index(0, LocalPortsModel::Exposure).data().toString(),
                 QStringLiteral("all interfaces, IPv4"));
        QCOMPARE(page->model()->index(6, LocalPortsModel::Exposure).data().toString(),
                 QStringLiteral("loopback only, IPv4"));
        shoot(&window, QStringLiteral("scan-this-machine-fixture.png"));

        // Enter on the FTP row opens FTP in Browse.
        const int ftpRow = first.data(CatalogRowRole).toInt();
        QVERIFY(ftpRow >= 0);
        QCOMPARE(m_workspace.catalog().rows().at(ftpRow).key, QStringLiteral("ftp"));
        page->table()->setFocus();
        page->table()->setCurrentIndex(first);
        QTest::keyClick(page->table(), Qt::Key_Return);
        QTRY_COMPARE(window.pages()->currentWidget(), window.browser());
        QCOMPARE(window.browser()->currentCatalogRow(), ftpRow);
        // Another page is shown: no more reading procfs.
        QVERIFY(!page->autoRefreshing());
    }

    void selectionSurvivesARefresh()
    {
        ThisMachinePage page(m_workspace.catalog());
        page.setProcRoot(kFixtures + QStringLiteral("proc"));
        page.table()->setCurrentIndex(page.model()->index(3, LocalPortsModel::Entry));
        const QString before = page.table()->currentIndex().siblingAtColumn(0).data().toString();
        page.refresh();
        QCOMPARE(page.table()->currentIndex().siblingAtColumn(0).data().toString(), before);
    }

    void scanDialogExplainsRefusesAndExports()
    {
        ScanExplanationDialog dialog(m_workspace.catalog(), m_workspace.database().path());
        QString error;
        QVERIFY2(dialog.load(kFixtures + QStringLiteral("nmap-sV.xml"), &error), qPrintable(error));
        const QString shown = dialog.browser()->toPlainText();
        QVERIFY2(shown.contains(QStringLiteral("exposed: FTP 21, Telnet 23")), qPrintable(shown));
        QVERIFY(shown.contains(QStringLiteral("vsftpd 3.0.3")));
        dialog.resize(1024, 640);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        shoot(&dialog, QStringLiteral("scan-explained.png"));

        const QString notes = m_dir.filePath(QStringLiteral("notes.txt"));
        QFile f(notes);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("milk\neggs\n");
        f.close();
        QVERIFY(!dialog.load(notes, &error));
        QVERIFY2(error.contains(QStringLiteral("nmap XML (-oX)")), qPrintable(error));
        // The last good explanation stays.
        QCOMPARE(dialog.explanation().sourceName(), QStringLiteral("nmap-sV.xml"));

        for (const char *format : {"md", "json", "pdf"}) {
            const QString path = m_dir.filePath(QStringLiteral("out.") + QLatin1String(format));
            QVERIFY2(dialog.exportTo(path, QLatin1String(format), &error), qPrintable(error));
            QFile out(path);
            QVERIFY(out.open(QIODevice::ReadOnly));
            const QByteArray bytes = out.readAll();
            if (qstrcmp(format, "pdf") == 0)
                QVERIFY(bytes.startsWith("%PDF"));
            else
                QVERIFY(bytes.contains("vsftpd 3.0.3"));
        }
        // The database is never an export's target.
        QVERIFY(!dialog.exportTo(m_workspace.database().path(), QStringLiteral("md"), &error));
    }

    void aDroppedScanIsExplained()
    {
        MainWindow window(m_workspace);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(kFixtures + QStringLiteral("ss-tulpn.txt"))});
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton,
                              Qt::NoModifier);
        QApplication::sendEvent(&window, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&window, &drop);
        auto *dialog = window.findChild<ScanExplanationDialog *>();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QVERIFY(dialog->browser()->toPlainText().contains(QStringLiteral("this machine")));
        dialog->close();
    }
};

PORTOLAN_TEST_MAIN(TestThisMachinePage)
#include "tst_thismachinepage.moc"
