// Fitting the FSRS weights from Preferences: too little history is said with the numbers needed
// and offers no Apply; with a scripted learner's history the fit runs off the GUI thread with
// progress, shows log loss and RMSE of both weights, Apply stores them (the Scheduler line says
// "fitted", Undo comes back) and Undo returns to the defaults; Cancel changes nothing.
#include "../support/FirstStartDatabase.h"
#include "../support/TestMain.h"
#include "FsrsFitDialog.h"
#include "FsrsWeightsBox.h"
#include "MainWindow.h"
#include "PreferencesDialog.h"
#include "StudyHistory.h"
#include "storage/FsrsParametersRepository.h"
#include "workspace/Workspace.h"

#include <QAction>
#include <QApplication>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>

using namespace portolan;

namespace {

// Saves a picture of the widget when PORTOLAN_SHOTS names a folder (checking the layout).
void shot(QWidget *w, const char *name)
{
    const QString dir = qEnvironmentVariable("PORTOLAN_SHOTS");
    if (dir.isEmpty())
        return;
    QCoreApplication::processEvents();
    w->grab().save(dir + QStringLiteral("/fsrsui-%1.png").arg(QLatin1String(name)));
}

} // namespace

class TestFsrsFitDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void tooLittleHistory();
    void fitApplyAndUndo();
    void cancelLeavesEverything();
    void windowRebuiltAfterUndo();

private:
    // A learner whose answers follow weights unlike the defaults, so that a fit is better.
    void study(int days, int newPerDay);
    std::optional<StoredFsrsWeights> current()
    {
        return FsrsParametersRepository(m_workspace->database().connection()).current();
    }
    bool canUndo()
    {
        return FsrsParametersRepository(m_workspace->database().connection())
            .previous()
            .has_value();
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;
    // A fixed day: the history (and so the fit) is the same whenever the test runs.
    const qint64 m_now = 1741597200000LL; // Monday 10 March 2025, 09:00 UTC
};

void TestFsrsFitDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestFsrsFitDialog::init()
{
    static int n = 0;
    m_workspace = std::make_unique<Workspace>();
    const QString path = m_dir.filePath(QStringLiteral("fit%1.sqlite").arg(++n));
    QVERIFY(portolan::testing::copyFirstStartDatabase(path));
    QVERIFY(m_workspace->open(path, m_now));
}

void TestFsrsFitDialog::cleanup()
{
    m_workspace.reset();
}

void TestFsrsFitDialog::study(int days, int newPerDay)
{
    QString error;
    const int answers =
        StudyHistory::hiddenLearner(days, newPerDay)
            .write(m_workspace->database().connection(), m_workspace->catalog(), m_now, &error);
    QVERIFY2(answers > 0, qPrintable(error));
}

void TestFsrsFitDialog::tooLittleHistory()
{
    study(3, 5);
    FsrsFitDialog dialog(*m_workspace);
    QSignalSpy done(&dialog, &FsrsFitDialog::fitDone);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTRY_COMPARE(done.count(), 1);
    QCOMPARE(dialog.result().status, FsrsOptimizer::Result::Status::NotEnoughHistory);
    const QString text = dialog.statusLabel()->text();
    // What there is and what is needed, in numbers.
    QVERIFY2(text.contains(QStringLiteral("at least 400 reviews of at least 50 cards")),
             qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("%1 reviews of %2 cards")
                               .arg(dialog.result().reviews)
                               .arg(dialog.result().cards)),
             qPrintable(text));
    QVERIFY(dialog.result().reviews > 0 && dialog.result().reviews < 400);
    QVERIFY(!dialog.applyButton()->isEnabled());
    QVERIFY(dialog.comparison()->isHidden());
    QVERIFY(dialog.progressBar()->isHidden());
    QVERIFY(current()->isDefault());
    shot(&dialog, "fit-too-little");
}

void TestFsrsFitDialog::fitApplyAndUndo()
{
    study(24, 6);
    PreferencesDialog preferences{Preferences{}};
    preferences.showScheduler(*m_workspace);
    FsrsWeightsBox *box = preferences.schedulerBox();
    QVERIFY(box);
    preferences.show();
    QVERIFY(QTest::qWaitForWindowExposed(&preferences));
    QCOMPARE(box->inUseLabel()->text(), QStringLiteral("Weights in use: FSRS defaults."));
    QVERIFY(box->fitButton()->isEnabled());
    QVERIFY(!box->undoButton()->isEnabled());
    QVERIFY(!preferences.weightsChanged());
    shot(&preferences, "preferences-defaults");

    // The fit dialog is modal: drive it from inside its event loop.
    FsrsOptimizer::Result seen;
    QString shown[2][2];
    QString verdict;
    int progressMax = 0;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<FsrsFitDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        // The dialog's event loop runs while the fit does: it is not on the GUI thread.
        QVERIFY(dialog->isRunning());
        connect(dialog->progressBar(), &QProgressBar::valueChanged, dialog,
                [&progressMax](int v) { progressMax = std::max(progressMax, v); });
        shot(dialog, "fit-running");
        connect(dialog, &FsrsFitDialog::fitDone, dialog, [dialog, &seen, &shown, &verdict] {
            seen = dialog->result();
            for (int r = 0; r < 2; ++r)
                for (int c = 0; c < 2; ++c)
                    shown[r][c] = dialog->comparisonText(r, c);
            verdict = dialog->findChild<QLabel *>(QStringLiteral("fsrsFitVerdict"))->text();
            shot(dialog, "fit-result");
            if (dialog->applyButton()->isEnabled())
                dialog->applyButton()->click();
            else
                dialog->reject();
        });
    });
    box->fitButton()->click();

    QCOMPARE(seen.status, FsrsOptimizer::Result::Status::Fitted);
    QVERIFY2(
        seen.reviews >= 400 && seen.cards >= 50,
        qPrintable(QStringLiteral("%1 reviews of %2 cards").arg(seen.reviews).arg(seen.cards)));
    QVERIFY(progressMax > 0);
    QVERIFY2(seen.better(), qPrintable(QStringLiteral("log loss %1 -> %2, RMSE %3 -> %4")
                                           .arg(seen.current.logLoss)
                                           .arg(seen.fitted.logLoss)
                                           .arg(seen.current.rmseBins)
                                           .arg(seen.fitted.rmseBins)));
    // Before and after, as the CLI prints them (four decimals), and the verdict.
    QCOMPARE(shown[0][0], QString::number(seen.current.logLoss, 'f', 4));
    QCOMPARE(shown[0][1], QString::number(seen.fitted.logLoss, 'f', 4));
    QCOMPARE(shown[1][0], QString::number(seen.current.rmseBins, 'f', 4));
    QCOMPARE(shown[1][1], QString::number(seen.fitted.rmseBins, 'f', 4));
    QVERIFY2(verdict.startsWith(QStringLiteral("The fitted weights predict your reviews better.")),
             qPrintable(verdict));
    // Applied: the weights in use are the fitted ones, with what they were fitted on.
    const auto applied = current();
    QVERIFY(applied && !applied->isDefault());
    QCOMPARE(applied->weights, seen.weights);
    QCOMPARE(applied->reviewCount, seen.reviews);
    QCOMPARE(applied->cardCount, seen.cards);
    QVERIFY(canUndo());
    QVERIFY(preferences.weightsChanged());
    const QString date = QLocale().toString(
        QDateTime::fromMSecsSinceEpoch(applied->fittedAt).date(), QLocale::ShortFormat);
    QCOMPARE(box->inUseLabel()->text(),
             QStringLiteral("Weights in use: fitted on %1 to %2 reviews of %3 cards.")
                 .arg(date)
                 .arg(seen.reviews)
                 .arg(seen.cards));
    QVERIFY(box->undoButton()->isEnabled());
    // The longer line is shown whole: the dialog widened to it.
    QCoreApplication::processEvents();
    QVERIFY(box->inUseLabel()->width() >= box->inUseLabel()->sizeHint().width());
    shot(&preferences, "preferences-fitted");
    // What every scheduler is built with from now on.
    const FsrsParameters inUse =
        FsrsParametersRepository::inUse(Preferences{}, m_workspace->database().connection());
    QCOMPARE(inUse.w, seen.weights);

    // Fitting again gives the same weights (the fit is deterministic): not better than the
    // ones in use, so no Apply, as `portolan fsrs optimize` refuses it.
    {
        FsrsFitDialog again(*m_workspace);
        QSignalSpy done(&again, &FsrsFitDialog::fitDone);
        again.show();
        QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, 60000);
        QCOMPARE(again.result().status, FsrsOptimizer::Result::Status::Fitted);
        QCOMPARE(again.result().weights, seen.weights);
        QVERIFY(!again.result().better());
        QVERIFY(!again.applyButton()->isEnabled());
        QCOMPARE(again.findChild<QLabel *>(QStringLiteral("fsrsFitVerdict"))->text(),
                 QStringLiteral("The fit does not predict your reviews better; the current "
                                "weights stay."));
        QCOMPARE(again.comparisonText(0, 0), again.comparisonText(0, 1));
    }

    box->undoButton()->click();
    QVERIFY(current()->isDefault());
    QVERIFY(!canUndo());
    QCOMPARE(box->inUseLabel()->text(), QStringLiteral("Weights in use: FSRS defaults."));
    QVERIFY(!box->undoButton()->isEnabled());
}

void TestFsrsFitDialog::cancelLeavesEverything()
{
    study(24, 6);
    FsrsFitDialog dialog(*m_workspace);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(dialog.isRunning());
    QVERIFY(dialog.buttons()->button(QDialogButtonBox::Cancel)->isEnabled());
    dialog.buttons()->button(QDialogButtonBox::Cancel)->click();
    QVERIFY(!dialog.isRunning());
    QVERIFY(dialog.isHidden());
    QCOMPARE(dialog.result().status, FsrsOptimizer::Result::Status::Cancelled);
    QVERIFY(!dialog.applied());
    QCoreApplication::processEvents(); // a late "finished" from the stopped thread is ignored
    QVERIFY(current()->isDefault());
    QVERIFY(!canUndo());
}

// Edit → Preferences → Undo Last Fit, then Cancel: the weights are stored already, so the
// window is rebuilt (MainWindowHost builds a new one on catalogChanged) and its schedulers are
// built with the weights now in use.
void TestFsrsFitDialog::windowRebuiltAfterUndo()
{
    FsrsParametersRepository repo(m_workspace->database().connection());
    StoredFsrsWeights fitted;
    fitted.weights = StudyHistory::hiddenLearnerWeights();
    fitted.fittedAt = m_now;
    fitted.reviewCount = 500;
    fitted.cardCount = 60;
    QVERIFY(repo.apply(fitted));
    MainWindow window(*m_workspace);
    QSignalSpy rebuilt(&window, &MainWindow::catalogChanged);
    QAction *preferences = nullptr;
    for (QAction *a : window.findChildren<QAction *>())
        if (a->text() == QStringLiteral("&Preferences…"))
            preferences = a;
    QVERIFY(preferences);
    QString line;
    QTimer::singleShot(0, this, [&line] {
        auto *dialog = qobject_cast<PreferencesDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        line = dialog->schedulerBox()->inUseLabel()->text();
        QVERIFY(dialog->schedulerBox()->undoButton()->isEnabled());
        dialog->schedulerBox()->undoButton()->click();
        dialog->reject();
    });
    preferences->trigger();
    QVERIFY2(line.contains(QStringLiteral("500 reviews of 60 cards")), qPrintable(line));
    QVERIFY(current()->isDefault());
    QCOMPARE(rebuilt.count(), 1);
    QCOMPARE(rebuilt.at(0).at(0).toString(), QStringLiteral("FSRS weights changed."));
}

PORTOLAN_TEST_MAIN(TestFsrsFitDialog)
#include "tst_fsrsfitdialog.moc"
