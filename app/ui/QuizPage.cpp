#include "QuizPage.h"

#include "FsrsFitDialog.h"
#include "FsrsFitOfferBanner.h"
#include "PracticeExamDialog.h"
#include "QuizCardView.h"
#include "QuizStartView.h"
#include "QuizSummaryView.h"
#include "QuizSystemClock.h"
#include "quiz/Deck.h"
#include "quiz/QuizSession.h"
#include "quiz/QuizStore.h"
#include "search/SavedSearches.h"
#include "settings/FsrsFitOfferChoice.h"
#include "settings/Preferences.h"
#include "stats/ExamPacing.h"
#include "stats/FsrsFitOffer.h"
#include "storage/FsrsParametersRepository.h"
#include "workspace/Workspace.h"

#include <QLabel>
#include <QScrollArea>
#include <QShortcut>
#include <QStackedWidget>
#include <QTimeZone>
#include <QVBoxLayout>

namespace portolan {

QuizPage::QuizPage(Workspace &workspace, const Clock *clock, QWidget *parent)
    : QWidget(parent), m_workspace(workspace),
      m_ownClock(clock ? nullptr : std::make_unique<QuizSystemClock>()),
      m_clock(clock ? *clock : *m_ownClock),
      m_scheduler(
          FsrsParametersRepository::inUse(Preferences::load(), workspace.database().connection()),
          Preferences::load().dayCounter()),
      m_store(std::make_unique<QuizStore>(workspace.database().connection()))
{
    m_session = new QuizSession(workspace.catalog(), m_scheduler, m_clock, m_store.get(), this);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("quizError"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setVisible(false);
    m_stack = new QStackedWidget;
    m_start = new QuizStartView(m_stack);
    SessionOptions defaults = m_start->options();
    const Preferences preferences = Preferences::load();
    defaults.newCardsPerDay = preferences.newCardsPerDay;
    // The learner's exam is the deck the page opens on.
    for (const Deck &deck : Deck::builtIn())
        if (!preferences.examId.isEmpty() &&
            deck.id == QStringLiteral("exam:") + preferences.examId)
            defaults.deck = deck;
    m_start->setOptions(defaults);
    refreshSavedSearches();
    m_card = new QuizCardView(m_stack);
    m_summary = new QuizSummaryView(m_stack);
    for (QWidget *w : {static_cast<QWidget *>(m_start), static_cast<QWidget *>(m_card),
                       static_cast<QWidget *>(m_summary)})
        m_stack->addWidget(w);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_error);
    // On a short screen (a laptop, a large font) the page scrolls instead of making the whole
    // window taller than the screen.
    // The stack is as tall as its tallest page; only the page shown counts, so the start page
    // does not scroll for the card view's sake.
    connect(m_stack, &QStackedWidget::currentChanged, this, [this](int current) {
        for (int i = 0; i < m_stack->count(); ++i)
            m_stack->widget(i)->setSizePolicy(
                i == current ? QSizePolicy::Preferred : QSizePolicy::Ignored,
                i == current ? QSizePolicy::Preferred : QSizePolicy::Ignored);
        m_stack->adjustSize();
    });
    for (int i = 1; i < m_stack->count(); ++i)
        m_stack->widget(i)->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Ignored);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("quizScroll"));
    scroll->setWidget(m_stack);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    layout->addWidget(scroll, 1);

    const Database &db = workspace.database();
    m_start->setSchedulingAvailable(!db.isReadOnly(),
                                    db.isReadOnly() ? db.readOnlyReason() : QString());

    connect(m_start, &QuizStartView::optionsChanged, this, &QuizPage::refreshStart);
    connect(m_start, &QuizStartView::startRequested, this,
            [this] { startSession(m_start->options()); });
    connect(m_start, &QuizStartView::practiceExamRequested, this, &QuizPage::openPracticeExam);
    connect(m_card, &QuizCardView::revealRequested, m_session, &QuizSession::reveal);
    connect(m_card, &QuizCardView::textSubmitted, m_session, &QuizSession::submitText);
    connect(m_card, &QuizCardView::optionChosen, m_session, &QuizSession::choose);
    connect(m_card, &QuizCardView::rated, m_session, &QuizSession::rate);
    connect(m_card, &QuizCardView::endRequested, m_session, &QuizSession::finish);
    connect(m_summary, &QuizSummaryView::studyAgainRequested, this, [this] {
        if (!startSession(m_lastOptions))
            showStart();
    });
    connect(m_summary, &QuizSummaryView::backRequested, this, &QuizPage::showStart);
    FsrsFitOfferBanner *offer = m_summary->fitOffer();
    connect(offer, &FsrsFitOfferBanner::fitRequested, this, &QuizPage::fitFromOffer);
    connect(offer, &FsrsFitOfferBanner::putOff, this, [this] { answerFitOffer(false); });
    connect(offer, &FsrsFitOfferBanner::declined, this, [this] { answerFitOffer(true); });

    connect(m_session, &QuizSession::questionShown, this, &QuizPage::showQuestion);
    connect(m_session, &QuizSession::answerGraded, this, &QuizPage::showGrade);
    connect(m_session, &QuizSession::finished, this, &QuizPage::showSummary);
    connect(m_session, &QuizSession::progressChanged, this, [this](int answered, int) {
        m_card->setProgress(answered, m_session->remainingCounts(), m_session->isPractice());
    });
    connect(m_session, &QuizSession::failed, this, [this](const QString &message) {
        m_error->setText(QStringLiteral("⚠ ") + message);
        m_error->setVisible(true);
    });

    auto *undo = new QShortcut(QKeySequence::Undo, this);
    undo->setContext(Qt::WidgetWithChildrenShortcut);
    connect(undo, &QShortcut::activated, m_session, &QuizSession::undo);

    refreshStart();
}

QuizPage::~QuizPage() = default;

SessionOptions QuizPage::startOptions() const
{
    return m_start->options();
}

void QuizPage::setStartOptions(const SessionOptions &options)
{
    m_start->setOptions(options);
    refreshStart();
}

bool QuizPage::startExamDeck(const QString &examId)
{
    SessionOptions options = m_start->options();
    for (const Deck &deck : Deck::builtIn())
        if (deck.id == QStringLiteral("exam:") + examId)
            options.deck = deck;
    options.practice = false;
    m_start->setOptions(options);
    return startSession(options);
}

bool QuizPage::startSession(const SessionOptions &options)
{
    m_error->setVisible(false);
    m_lastOptions = options;
    if (!m_session->start(paced(options))) {
        m_start->setOptions(options);
        m_start->showMessage(m_session->errorText());
        showStart();
        m_start->showMessage(m_session->errorText());
        return false;
    }
    return true;
}

void QuizPage::showStart()
{
    m_session->finish();
    m_stack->setCurrentWidget(m_start);
    refreshStart();
    m_start->focusStart();
}

void QuizPage::refreshStart()
{
    QStringList notes;
    const SessionOptions options = paced(m_start->options(), &notes);
    m_start->showMessage(notes.join(QLatin1Char('\n')));
    m_start->showPlan(m_session->preview(options), options.practice);
    m_start->showLeeches(lines(m_session->leeches(options)));
}

SessionOptions QuizPage::paced(const SessionOptions &options, QStringList *notes) const
{
    return ExamPacing::pacedByOpenPlans(options, m_workspace.database().connection(),
                                        m_workspace.catalog(), m_scheduler, m_clock.nowMs(), notes);
}

void QuizPage::refreshSavedSearches()
{
    m_start->setSavedSearches(SavedSearches(m_workspace.database().connection()).all());
}

void QuizPage::plansChanged()
{
    if (m_stack->currentWidget() == m_start)
        refreshStart();
}

QStringList QuizPage::lines(const QList<Card> &cards) const
{
    QStringList out;
    for (const Card &c : cards)
        out << m_session->describe(c) + QStringLiteral(": ") + m_session->flashcardOf(c).answer;
    return out;
}

void QuizPage::showQuestion()
{
    m_error->setVisible(false);
    m_stack->setCurrentWidget(m_card);
    m_card->showQuestion(m_session->question());
    m_card->setProgress(m_session->answered(), m_session->remainingCounts(),
                        m_session->isPractice());
}

void QuizPage::showGrade()
{
    m_card->showGrade(m_session->question(), m_session->grade(), m_session->dueIn(),
                      m_session->isPractice());
}

void QuizPage::showSummary()
{
    const SessionSummary &s = m_session->summary();
    const auto toLines = [this](const QList<Card> &cards) {
        QList<QuizSummaryView::Line> out;
        for (const Card &c : cards) {
            const Question q = m_session->flashcardOf(c);
            out.append({q.cue + QStringLiteral(" · ") + cardKindLabel(c.kind), q.answer});
        }
        return out;
    };
    m_summary->showSummary(s, toLines(s.missed), toLines(s.leeches));
    refreshFitOffer();
    m_stack->setCurrentWidget(m_summary);
    m_summary->focusDefault();
}

void QuizPage::refreshFitOffer()
{
    FsrsFitOfferBanner *banner = m_summary->fitOffer();
    banner->setVisible(false);
    // Practice never reschedules, and a read-only file could not keep fitted weights.
    if (m_session->isPractice() || m_workspace.database().isReadOnly())
        return;
    const FsrsFitOfferChoice choice = FsrsFitOfferChoice::load();
    if (choice.neverAgain) // no query at all for a learner who said no
        return;
    const QSqlDatabase db = m_workspace.database().connection();
    ReviewLogRepository log(db);
    const auto counts = log.historyCounts();
    FsrsParametersRepository weights(db);
    const auto inUse = weights.current();
    // A read error shows nowhere here: the offer is a suggestion, the statistics report errors.
    if (!counts || !inUse)
        return;
    const FsrsFitOffer::Verdict verdict =
        FsrsFitOffer::decide(*counts, *inUse, choice, m_scheduler.dayCounter(), m_clock.nowMs());
    banner->setRefit(verdict == FsrsFitOffer::Verdict::OfferRefit);
    banner->setVisible(FsrsFitOffer::offers(verdict));
}

void QuizPage::fitFromOffer()
{
    FsrsFitDialog dialog(m_workspace, this);
    dialog.setClock(&m_clock);
    dialog.exec();
    if (dialog.applied()) {
        m_summary->fitOffer()->setVisible(false);
        emit fsrsWeightsChanged();
        return;
    }
    // The learner looked and kept the weights (or the fit was not better): that answers the
    // offer for now, it comes back after the usual delay.
    answerFitOffer(false);
}

void QuizPage::answerFitOffer(bool neverAgain)
{
    FsrsFitOfferChoice choice = FsrsFitOfferChoice::load();
    if (neverAgain)
        choice.neverAgain = true;
    else
        choice = FsrsFitOffer::putOff(choice, m_scheduler.dayCounter(), m_clock.nowMs());
    choice.save();
    m_summary->fitOffer()->setVisible(false);
    m_summary->focusDefault();
}

void QuizPage::focusCurrent()
{
    if (m_stack->currentWidget() == m_card)
        m_card->focusAnswerControl();
    else if (m_stack->currentWidget() == m_summary)
        m_summary->focusDefault();
    else
        m_start->focusStart();
}

void QuizPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stack->currentWidget() == m_start)
        refreshStart(); // answers or a new day may have changed what is due
    focusCurrent();
}

PracticeExamDialog *QuizPage::openPracticeExam()
{
    auto *dialog = new PracticeExamDialog(m_workspace, QString(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &PracticeExamDialog::entryRequested, this, &QuizPage::entryRequested);
    connect(dialog, &PracticeExamDialog::drillRequested, this, [this](const QString &search) {
        // The misses as a deck, drilled now: the schedule is left as it is.
        SessionOptions options = m_start->options();
        options.deck = Deck::fromSearch(search);
        options.practice = true;
        options.practiceCards = 50;
        startSession(options);
    });
    dialog->open();
    return dialog;
}

} // namespace portolan
