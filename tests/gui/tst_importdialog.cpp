// The import preview as a user sees it: counts, examples and notes before anything is written,
// Cancel leaving the database as it was, Apply writing it whole, a failure shown in place, a
// refused file shown with FILE:LINE, and the window rebuilt on the new catalog afterwards.
#include "../support/FirstStartDatabase.h"
#include "../support/TestMain.h"
#include "BrowserPage.h"
#include "ImportDialog.h"
#include "MainWindow.h"
#include "MainWindowHost.h"
#include "storage/ImportRepository.h"
#include "workspace/Importer.h"
#include "workspace/Workspace.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace portolan;

namespace {

QString sample(const char *name)
{
    return QStringLiteral(PORTOLAN_SOURCE_DIR "/tests/importing/data/") + QLatin1String(name);
}

QString labelText(const QWidget &w, const char *name)
{
    const auto *label = w.findChild<QLabel *>(QLatin1String(name));
    return label && label->isVisible() ? label->text() : QString();
}

QPushButton *button(const QDialog &d, QDialogButtonBox::StandardButton which)
{
    return d.findChild<QDialogButtonBox *>()->button(which);
}

} // namespace

class TestImportDialog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_n = 0;

    bool open(Workspace &ws)
    {
        const QString path = m_dir.filePath(QStringLiteral("gui%1.sqlite").arg(++m_n));
        return portolan::testing::copyFirstStartDatabase(path) && ws.open(path);
    }
    static qint64 generation(Workspace &ws)
    {
        return ImportRepository(ws.database().connection()).generation();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qputenv("PORTOLAN_NMAP_SERVICES", "");
        QVERIFY(m_dir.isValid());
    }

    void previewShowsThePlanAndCancelWritesNothing()
    {
        Workspace ws;
        QVERIFY(open(ws));
        Importer importer(ws.database());
        QVERIFY(importer.preview(sample("iana-sample.csv")));
        ImportDialog dialog(importer, [] { return qint64(42); });
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(labelText(dialog, "addedCount"), QStringLiteral("4"));
        QCOMPARE(labelText(dialog, "changedCount"), QStringLiteral("12"));
        QCOMPARE(labelText(dialog, "removedCount"), QLocale().toString(importer.plan().removed()));
        QCOMPARE(labelText(dialog, "unchangedCount"), QStringLiteral("271"));
        QVERIFY(labelText(dialog, "importTitle").contains(QStringLiteral("iana-sample.csv")));
        QVERIFY(labelText(dialog, "importNotes").contains(QStringLiteral("replaces the registry")));
        QVERIFY(labelText(dialog, "importNotes")
                    .contains(QStringLiteral("6 service names without a port")));

        QTreeWidget *examples = dialog.examples();
        QCOMPARE(examples->topLevelItemCount(), 3);
        QCOMPARE(examples->topLevelItem(0)->text(0), QStringLiteral("Added (4)"));
        QCOMPARE(examples->topLevelItem(0)->childCount(), 4);
        QVERIFY(examples->topLevelItem(0)->child(0)->text(0).startsWith(
            QStringLiteral("80/tcp http-test")));
        QCOMPARE(examples->topLevelItem(1)->childCount(), 6); // five and "… and 7 more"
        QCOMPARE(examples->topLevelItem(1)->child(5)->text(0), QStringLiteral("… and 7 more"));
        QVERIFY(examples->topLevelItem(2)->text(0).startsWith(QStringLiteral("Removed (")));

        // Removing most of the registry must not be one Enter away.
        QVERIFY(button(dialog, QDialogButtonBox::Cancel)->isDefault());
        QVERIFY(!dialog.applyButton()->isDefault());
        QTest::mouseClick(button(dialog, QDialogButtonBox::Cancel), Qt::LeftButton);
        QTRY_VERIFY(!dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY(!dialog.applied());
        QCOMPARE(generation(ws), 0);
    }

    void applyWritesAndCloses()
    {
        Workspace ws;
        QVERIFY(open(ws));
        Importer importer(ws.database());
        QVERIFY(importer.preview(sample("services-sample")));
        ImportDialog dialog(importer, [] { return qint64(42); });
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTest::mouseClick(dialog.applyButton(), Qt::LeftButton);
        QTRY_VERIFY(!dialog.isVisible());
        QVERIFY(dialog.applied());
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(generation(ws), 1);
        QSqlQuery q(ws.database().connection());
        QVERIFY(q.exec(QStringLiteral("SELECT applied_at FROM import_history")) && q.next());
        QCOMPARE(q.value(0).toLongLong(), 42);

        // The same file again: nothing to change, and nothing to apply.
        Importer again(ws.database());
        QVERIFY(again.preview(sample("services-sample")));
        ImportDialog second(again, [] { return qint64(43); });
        second.show();
        QVERIFY(QTest::qWaitForWindowExposed(&second));
        QVERIFY(labelText(second, "importNothing").contains(QStringLiteral("Nothing to change")));
        QVERIFY(!second.applyButton());
        QVERIFY(button(second, QDialogButtonBox::Close));
    }

    void aFailedApplyIsShownAndChangesNothing()
    {
        Workspace ws;
        QVERIFY(open(ws));
        Importer importer(ws.database());
        QVERIFY(importer.preview(sample("iana-sample.csv")));
        QSqlQuery q(ws.database().connection());
        QVERIFY(q.exec(QStringLiteral(
            "CREATE TRIGGER sabotage BEFORE INSERT ON registry WHEN "
            "NEW.port_first > 5000 BEGIN SELECT RAISE(ABORT, 'disk on fire'); END")));
        ImportDialog dialog(importer, [] { return qint64(42); });
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTest::mouseClick(dialog.applyButton(), Qt::LeftButton);
        QTRY_VERIFY(labelText(dialog, "importProblem").contains(QStringLiteral("disk on fire")));
        QVERIFY(labelText(dialog, "importProblem").contains(QStringLiteral("unchanged")));
        QVERIFY(dialog.isVisible());
        QVERIFY(!dialog.applyButton()->isEnabled());
        QVERIFY(!dialog.applied());
        QCOMPARE(generation(ws), 0);
        QSqlQuery count(ws.database().connection());
        QVERIFY(count.exec(QStringLiteral("SELECT count(*) FROM registry")) && count.next());
        QCOMPARE(count.value(0).toInt(), ws.catalog().registry().size());
    }

    void aRefusedFileShowsWhereAndOnlyCloses()
    {
        Workspace ws;
        QVERIFY(open(ws));
        const QString path = m_dir.filePath(QStringLiteral("truncated.csv"));
        QFile source(sample("iana-sample.csv"));
        QVERIFY(source.open(QIODevice::ReadOnly));
        const QByteArray bytes = source.readAll();
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(bytes.left(bytes.indexOf("Line two, with")));
        out.close();
        const int line = int(bytes.left(bytes.indexOf("http-test,80")).count('\n')) + 1;

        Importer importer(ws.database());
        QVERIFY(!importer.preview(path));
        ImportDialog dialog(importer, [] { return qint64(42); });
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTRY_VERIFY(
            labelText(dialog, "importProblem").contains(path + QStringLiteral(":%1:").arg(line)));
        QVERIFY(!dialog.applyButton());
        QTest::mouseClick(button(dialog, QDialogButtonBox::Close), Qt::LeftButton);
        QTRY_VERIFY(!dialog.isVisible());
        QCOMPARE(generation(ws), 0);
    }

    void theWindowIsRebuiltOnTheNewCatalog()
    {
        Workspace ws;
        QVERIFY(open(ws));
        MainWindowHost host(ws);
        host.show();
        QVERIFY(QTest::qWaitForWindowExposed(host.window()));
        QStringList actions;
        for (QAction *menu : host.window()->menuBar()->actions()) {
            if (menu->text() == QLatin1String("&File")) {
                for (QAction *a : menu->menu()->actions())
                    actions << a->text();
            }
        }
        QVERIFY2(actions.contains(QStringLiteral("&Import…")), qPrintable(actions.join(u',')));
        QVERIFY(actions.contains(QStringLiteral("&Export Entries Shown…")));

        const int before = host.window()->browser()->totalCount();
        host.window()->browser()->setSearchText(QStringLiteral("portolan"));
        QCOMPARE(host.window()->browser()->shownCount(), 0);
        Importer importer(ws.database());
        QVERIFY(importer.preview(sample("services-sample")));
        QVERIFY(importer.apply(7));
        const MainWindow *old = host.window();
        emit host.window()->catalogChanged(QStringLiteral("Imported: 3 added."));
        QTRY_VERIFY(host.window() != old);
        QVERIFY(QTest::qWaitForWindowExposed(host.window()));
        QCOMPARE(host.window()->browser()->totalCount(), before + 3);
        QCOMPARE(host.window()->browser()->searchText(), QStringLiteral("portolan"));
        QTRY_COMPARE(host.window()->browser()->shownCount(), 3);
        QCOMPARE(host.window()->statusBar()->currentMessage(),
                 QStringLiteral("Imported: 3 added."));
    }
};

PORTOLAN_TEST_MAIN(TestImportDialog)
#include "tst_importdialog.moc"
