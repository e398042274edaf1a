// The offer to fit the scheduler, as a learner meets it on the quiz summary: shown after a
// session once a month of history is there, not on a fresh database or after ten days; "Don't
// ask again" holds in a new window; "Not now" comes back after its days; the button opens the
// fit dialog, which shows the reviews a day each weight set implies (figures that differ, since
// the scripted learner forgets unlike the defaults), and Apply tells the window to rebuild.
#include "../support/FirstStartDatabase.h"
#include "../support/TestMain.h"
#include "../support/TestTime.h"
#include "FsrsFitDialog.h"
#include "FsrsFitOfferBanner.h"
#include "QuizPage.h"
#include "QuizSummaryView.h"
#include "StudyHistory.h"
#include "i18n/Translations.h"
#include "quiz/Clock.h"
#include "quiz/QuizSession.h"
#include "settings/FsrsFitOfferChoice.h"
#include "stats/FsrsFitOffer.h"
#include "storage/FsrsParametersRepository.h"
#include "workspace/Workspace.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTranslator>

using namespace portolan;
using portolan::testing::kDay;

namespace {

// Saves a picture when PORTOLAN_SHOTS names a folder; PORTOLAN_SHOTS_LANG picks the language
// and PORTOLAN_SHOTS_QM an extra translation file (strings not yet in translations/).
// A dialog is drawn centred over the page, as the learner sees it.
void shot(QWidget *page, const QString &name, QWidget *dialog = nullptr)
{
    const QString dir = qEnvironmentVariable("PORTOLAN_SHOTS");
    if (dir.isEmpty())
        return;
    QCoreApplication::processEvents();
    QPixmap picture = page->grab();
    if (dialog) {
        const QPixmap top = dialog->grab();
        QPainter painter(&picture);
        const QRect at(
            QPoint((picture.width() - top.width()) / 2, (picture.height() - top.height()) / 2),
            top.size());
        painter.drawPixmap(at.topLeft(), top);
        painter.setPen(dialog->palette().color(QPalette::Dark));
        painter.drawRect(at.adjusted(-1, -1, 0, 0));
    }
    const QString language = qEnvironmentVariable("PORTOLAN_SHOTS_LANG", QStringLiteral("en"));
    picture.save(dir + QStringLiteral("/fsrsoffer-%1-%2.png").arg(name, language));
}

} // namespace

class TestFsrsFitOfferPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void offeredAfterAMonth();
    void notOfferedOnAFreshDatabase();
    void notOfferedAfterTenDays();
    void dontAskAgainHolds();
    void notNowComesBackLater();
    void fitShowsTheWorkloadAndApplies();
    void closingTheFitPutsItOff();

private:
    void study(int days);
    // A new quiz page (as a new window would build it), a session started and ended: the
    // summary it shows.
    QuizSummaryView *sessionEnded(int answers = 0);
    bool offerShown() const
    {
        return m_page && m_page->summaryView()->fitOffer()->isVisibleTo(m_page.get());
    }

    QTemporaryDir m_dir;
    QTranslator m_extra;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<QuizPage> m_page;
    // A fixed day: the history and the fit are the same whenever the test runs.
    const qint64 m_start = 1741597200000LL; // Monday 10 March 2025, 09:00 UTC
    ManualClock m_clock{m_start};
};

void TestFsrsFitOfferPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    // PORTOLAN_SHOTS_POINTS: the font size the pictures are taken at (as Preferences sets it).
    if (const int points = qEnvironmentVariableIntValue("PORTOLAN_SHOTS_POINTS"); points > 0) {
        QFont font = QApplication::font();
        font.setPointSize(points);
        QApplication::setFont(font);
    }
    if (const QString language = qEnvironmentVariable("PORTOLAN_SHOTS_LANG"); !language.isEmpty()) {
        Translations::install(language);
        if (m_extra.load(qEnvironmentVariable("PORTOLAN_SHOTS_QM")))
            QCoreApplication::installTranslator(&m_extra);
    }
}

void TestFsrsFitOfferPage::init()
{
    static int n = 0;
    QSettings().clear();
    m_clock.setNowMs(m_start);
    m_workspace = std::make_unique<Workspace>();
    const QString path = m_dir.filePath(QStringLiteral("offer%1.sqlite").arg(++n));
    QVERIFY(portolan::testing::copyFirstStartDatabase(path));
    QVERIFY(m_workspace->open(path, m_start));
}

void TestFsrsFitOfferPage::cleanup()
{
    m_page.reset();
    m_workspace.reset();
}

void TestFsrsFitOfferPage::study(int days)
{
    QString error;
    const int answers = StudyHistory::hiddenLearner(days).write(
        m_workspace->database().connection(), m_workspace->catalog(), m_start - 3600 * 1000,
        &error);
    QVERIFY2(answers > 0, qPrintable(error));
}

QuizSummaryView *TestFsrsFitOfferPage::sessionEnded(int answers)
{
    m_page.reset();
    m_page = std::make_unique<QuizPage>(*m_workspace, &m_clock);
    m_page->resize(1024, 640);
    m_page->show();
    if (!QTest::qWaitForWindowExposed(m_page.get()))
        return nullptr;
    SessionOptions options;
    options.formats = {AnswerFormat::Flashcard};
    if (!m_page->startSession(options))
        return nullptr;
    for (int i = 0; i < answers; ++i) {
        m_page->session()->reveal();
        m_page->session()->rate(i % 4 == 1 ? Rating::Again : Rating::Good);
        m_clock.advanceMs(8000);
    }
    m_page->session()->finish();
    QCoreApplication::processEvents();
    return m_page->summaryView()->isVisible() ? m_page->summaryView() : nullptr;
}

void TestFsrsFitOfferPage::offeredAfterAMonth()
{
    study(40);
    QuizSummaryView *summary = sessionEnded(6);
    QVERIFY(summary);
    QVERIFY(offerShown());
    shot(m_page.get(), QStringLiteral("summary"));
    FsrsFitOfferBanner *offer = summary->fitOffer();
    if (qEnvironmentVariableIsEmpty("PORTOLAN_SHOTS_LANG")) // the English the test is read in
        QVERIFY2(offer->textLabel()->text().contains(QStringLiteral("learn how you forget")),
                 qPrintable(offer->textLabel()->text()));
    // Enter still studies on: the offer's buttons never take the summary's keys.
    QCOMPARE(QApplication::focusWidget(), summary->againButton());
    for (QPushButton *b : {offer->fitButton(), offer->notNowButton(), offer->neverButton()}) {
        QVERIFY(!b->autoDefault() && !b->isDefault());
        QVERIFY2(!b->text().contains(QLatin1Char('&')), qPrintable(b->text()));
    }
    // Nothing was answered: the offer stays for the next session.
    QCOMPARE(FsrsFitOfferChoice::load(), FsrsFitOfferChoice{});
}

void TestFsrsFitOfferPage::notOfferedOnAFreshDatabase()
{
    QVERIFY(sessionEnded());
    QVERIFY(!offerShown());
}

void TestFsrsFitOfferPage::notOfferedAfterTenDays()
{
    study(10);
    QVERIFY(sessionEnded());
    QVERIFY(!offerShown());
}

void TestFsrsFitOfferPage::dontAskAgainHolds()
{
    study(40);
    QVERIFY(sessionEnded());
    QVERIFY(offerShown());
    m_page->summaryView()->fitOffer()->neverButton()->click();
    QVERIFY(!offerShown());
    QVERIFY(FsrsFitOfferChoice::load().neverAgain);
    // Stored in the settings, not in the page: a new window, months later, does not ask.
    m_clock.setNowMs(m_start + 200 * kDay);
    QVERIFY(sessionEnded());
    QVERIFY(!offerShown());
    QVERIFY(QSettings().value(QStringLiteral("fsrsOffer/neverAgain")).toBool());
}

void TestFsrsFitOfferPage::notNowComesBackLater()
{
    study(40);
    QVERIFY(sessionEnded());
    m_page->summaryView()->fitOffer()->notNowButton()->click();
    QVERIFY(!offerShown());
    const FsrsFitOfferChoice choice = FsrsFitOfferChoice::load();
    QVERIFY(!choice.neverAgain);
    const DayCounter days = Preferences::load().dayCounter();
    QCOMPARE(choice.notBefore, days.studyDate(m_start).addDays(FsrsFitOffer::kPutOffDays));
    QVERIFY(sessionEnded()); // the same day, a new session
    QVERIFY(!offerShown());
    m_clock.setNowMs(m_start + FsrsFitOffer::kPutOffDays * kDay);
    QVERIFY(sessionEnded());
    QVERIFY(offerShown());
}

void TestFsrsFitOfferPage::fitShowsTheWorkloadAndApplies()
{
    study(40);
    QuizSummaryView *summary = sessionEnded(6);
    QVERIFY(summary && offerShown());
    QSignalSpy changed(m_page.get(), &QuizPage::fsrsWeightsChanged);

    // The fit dialog is modal: driven from inside its event loop.
    bool opened = false;
    FsrsWorkloadEstimate workload;
    QString text;
    bool better = false;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<FsrsFitDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        opened = true;
        connect(dialog, &FsrsFitDialog::fitDone, dialog, [&, dialog] {
            workload = dialog->workload();
            text = dialog->workloadLabel()->isVisibleTo(dialog) ? dialog->workloadLabel()->text()
                                                                : QString();
            better = dialog->result().better();
            dialog->resize(dialog->width(), dialog->sizeHint().height());
            shot(m_page.get(), QStringLiteral("fit-result"), dialog);
            if (dialog->applyButton()->isEnabled())
                dialog->applyButton()->click();
            else
                dialog->reject();
        });
    });
    summary->fitOffer()->fitButton()->click();
    QVERIFY(opened);
    QVERIFY(better);
    // Both figures, from the learner's cards over the coming month, and the hidden learner's
    // memory is not the defaults': the fitted weights bring a different workload.
    QCOMPARE(workload.horizonDays, 30);
    QVERIFY(workload.cards >= 50);
    QVERIFY2(workload.current > 1 && workload.fitted > 1,
             qPrintable(QStringLiteral("%1, %2").arg(workload.current).arg(workload.fitted)));
    QVERIFY2(
        std::abs(workload.fitted - workload.current) >= 0.1 * workload.current,
        qPrintable(QStringLiteral("%1 now, %2 fitted").arg(workload.current).arg(workload.fitted)));
    if (qEnvironmentVariable("PORTOLAN_SHOTS_LANG", QStringLiteral("en")) == QLatin1String("en")) {
        const int decimals = qRound(workload.current) == qRound(workload.fitted) ? 1 : 0;
        const QString expected =
            QStringLiteral("Reviews a day over the next 30 days at 90% desired retention: %1 now "
                           "→ %2 with the fitted weights.")
                .arg(workload.current, 0, 'f', decimals)
                .arg(workload.fitted, 0, 'f', decimals);
        QCOMPARE(text, expected);
    }
    // Applied: the weights are stored, the window is told, the offer is gone.
    QVERIFY(!FsrsParametersRepository(m_workspace->database().connection()).current()->isDefault());
    QCOMPARE(changed.count(), 1);
    QVERIFY(!offerShown());
    // Just fitted to all the reviews there are: not offered again.
    QVERIFY(sessionEnded());
    QVERIFY(!offerShown());
}

// The learner opened the fit and closed it (here while it ran): nothing is stored, the window is
// not rebuilt, and the offer is answered for now, as "Not now".
void TestFsrsFitOfferPage::closingTheFitPutsItOff()
{
    study(40);
    QuizSummaryView *summary = sessionEnded();
    QVERIFY(summary && offerShown());
    QSignalSpy changed(m_page.get(), &QuizPage::fsrsWeightsChanged);
    bool opened = false;
    QTimer::singleShot(0, this, [&opened] {
        auto *dialog = qobject_cast<FsrsFitDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        opened = true;
        dialog->reject();
    });
    summary->fitOffer()->fitButton()->click();
    QVERIFY(opened);
    QCOMPARE(changed.count(), 0);
    QVERIFY(FsrsParametersRepository(m_workspace->database().connection()).current()->isDefault());
    QVERIFY(!offerShown());
    QCOMPARE(
        FsrsFitOfferChoice::load().notBefore,
        Preferences::load().dayCounter().studyDate(m_start).addDays(FsrsFitOffer::kPutOffDays));
    QVERIFY(!FsrsFitOfferChoice::load().neverAgain);
}

PORTOLAN_TEST_MAIN(TestFsrsFitOfferPage)
#include "tst_fsrsfitofferpage.moc"
