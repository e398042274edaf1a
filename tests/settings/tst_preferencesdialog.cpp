// The preferences dialog shows what is stored, refuses learning steps it cannot parse (the
// reason beside the field, OK disabled), and returns what was chosen; the main window keeps
// its page and search between runs.
#include "../support/TestMain.h"
#include "BrowserPage.h"
#include "MainWindow.h"
#include "PreferencesDialog.h"
#include "workspace/Workspace.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace portolan;

class TestPreferencesDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void showsAndReturnsChoices();
    void badStepsRefused();
    void retentionReadsAsAPercentage();
    void sessionRestored();
};

void TestPreferencesDialog::showsAndReturnsChoices()
{
    Preferences current;
    current.language = QStringLiteral("fr");
    current.theme = Preferences::Theme::Dark;
    current.newCardsPerDay = 42;
    PreferencesDialog dialog(current);
    QCOMPARE(dialog.languageBox()->currentData().toString(), QStringLiteral("fr"));
    QCOMPARE(dialog.languageBox()->currentText(), QStringLiteral("Français"));
    QCOMPARE(dialog.preferences(), current); // nothing touched: nothing changes
    dialog.languageBox()->setCurrentIndex(dialog.languageBox()->findData(QStringLiteral("de")));
    dialog.themeBox()->setCurrentIndex(0);
    dialog.stepsField()->setText(QStringLiteral("2m 1h"));
    const Preferences chosen = dialog.preferences();
    QCOMPARE(chosen.language, QStringLiteral("de"));
    QCOMPARE(chosen.theme, Preferences::Theme::System);
    QCOMPARE(chosen.learningSteps, (QList<int>{2, 60}));
    QCOMPARE(chosen.newCardsPerDay, 42);
}

void TestPreferencesDialog::badStepsRefused()
{
    PreferencesDialog dialog{Preferences{}};
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QPushButton *ok = dialog.buttons()->button(QDialogButtonBox::Ok);
    dialog.stepsField()->clear();
    QTest::keyClicks(dialog.stepsField(), QStringLiteral("10 minutes"));
    QVERIFY(!ok->isEnabled());
    QVERIFY(dialog.stepsProblem()->isVisible());
    QVERIFY2(dialog.stepsProblem()->text().contains(QStringLiteral("\"minutes\" is not a step")),
             qPrintable(dialog.stepsProblem()->text()));
    // The stored steps are kept while the text is wrong.
    QCOMPARE(dialog.preferences().learningSteps, (QList<int>{1, 10}));
    dialog.stepsField()->setText(QStringLiteral("10m"));
    QVERIFY(ok->isEnabled());
    QVERIFY(!dialog.stepsProblem()->isVisible());
}

void TestPreferencesDialog::retentionReadsAsAPercentage()
{
    // "0.93" was the only share on screen not written as a percentage.
    const QLocale before;
    QLocale::setDefault(QLocale(QStringLiteral("de_DE")));
    Preferences current;
    current.desiredRetention = 0.93;
    PreferencesDialog dialog(current);
    auto *box = dialog.findChild<QSpinBox *>(QStringLiteral("desiredRetention"));
    QVERIFY(box);
    QCOMPARE(box->text(), QStringLiteral("93\u00a0%"));
    QCOMPARE(dialog.preferences().desiredRetention, 0.93);
    box->setValue(88);
    QCOMPARE(dialog.preferences().desiredRetention, 0.88);
    box->setValue(50); // below the range: held at the lowest share the scheduler accepts
    QCOMPARE(dialog.preferences().desiredRetention, Preferences::kMinRetention);
    QLocale::setDefault(before);
}

void TestPreferencesDialog::sessionRestored()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Workspace workspace;
    QVERIFY(workspace.open(dir.filePath(QStringLiteral("session.sqlite")), 1'700'000'000'000));
    {
        MainWindow window(workspace);
        window.pages()->setCurrentIndex(2);
        window.browser()->setSearchText(QStringLiteral("is:insecure ssh"));
        window.saveSession();
    }
    MainWindow again(workspace);
    QCOMPARE(again.pages()->currentIndex(), 0);
    again.restoreSession();
    QCOMPARE(again.pages()->currentIndex(), 2);
    QCOMPARE(again.browser()->searchText(), QStringLiteral("is:insecure ssh"));
}

PORTOLAN_TEST_MAIN(TestPreferencesDialog)
#include "tst_preferencesdialog.moc"
