#include "PracticeExamDialog.h"

#include "domain/Exam.h"
#include "domain/Percent.h"
#include "practice/EmbeddedScenarios.h"
#include "practice/PracticeExamBuilder.h"
#include "practice/PracticeResultRepository.h"
#include "practice/PracticeReviews.h"
#include "practice/ScenarioCheck.h"
#include "quiz/QuizStore.h"
#include "settings/Preferences.h"
#include "srs/FsrsScheduler.h"
#include "workspace/Workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

namespace portolan {

namespace {

QString letter(int i)
{
    return QString(QChar(u'A' + i));
}

QLabel *titleLabel(const QString &text, QWidget *parent)
{
    auto *title = new QLabel(text, parent);
    QFont f = title->font();
    f.setPointSizeF(f.pointSizeF() * 1.3);
    f.setBold(true);
    title->setFont(f);
    return title;
}

} // namespace

PracticeExamDialog::PracticeExamDialog(Workspace &workspace, const QString &examId, QWidget *parent)
    : QDialog(parent), m_workspace(workspace)
{
    setObjectName(QStringLiteral("practiceExamDialog"));
    setWindowTitle(tr("Practice exam"));
    EmbeddedScenarios scenarios;
    if (!scenarios.load())
        m_loadError = scenarios.errorText();
    else if (const QStringList problems =
                 ScenarioCheck(workspace.catalog()).problems(scenarios.scenarios());
             !problems.isEmpty())
        m_loadError = problems.first(); // a scenario that contradicts the study set is not asked
    else
        m_scenarios = scenarios.scenarios();

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(buildSetup());
    m_stack->addWidget(buildQuestion());
    m_stack->addWidget(buildReview());
    m_stack->addWidget(buildReport());
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_stack);

    m_timer = new QTimer(this);
    m_timer->setInterval(1000);
    connect(m_timer, &QTimer::timeout, this, &PracticeExamDialog::tick);

    const int at = m_exam->findData(examId.isEmpty() ? Preferences::load().examId : examId);
    if (at >= 0)
        m_exam->setCurrentIndex(at);
    resize(820, 560);
}

QWidget *PracticeExamDialog::buildSetup()
{
    auto *page = new QWidget(this);
    auto *v = new QVBoxLayout(page);
    v->addWidget(titleLabel(tr("Practice exam"), page));
    auto *intro = new QLabel(
        tr("Questions the way the exam asks them — situations, “choose two”, secure "
           "replacements — spread over the exam's objectives. You see the answers after you "
           "submit."),
        page);
    intro->setWordWrap(true);
    v->addWidget(intro);

    auto *form = new QFormLayout;
    m_exam = new QComboBox(page);
    m_exam->setObjectName(QStringLiteral("practiceExam"));
    for (const ExamInfo &e : knownExams())
        m_exam->addItem(e.retired ? tr("%1 (retired)").arg(e.title) : e.title, e.id);
    form->addRow(tr("Exam:"), m_exam);
    m_count = new QSpinBox(page);
    m_count->setObjectName(QStringLiteral("practiceCount"));
    m_count->setRange(1, PracticeExamBuilder::kMaxQuestions);
    m_count->setValue(PracticeExamBuilder::kDefaultQuestions);
    form->addRow(tr("Questions:"), m_count);
    auto *timeRow = new QHBoxLayout;
    m_timed = new QCheckBox(tr("Time limit"), page);
    m_minutes = new QSpinBox(page);
    m_minutes->setRange(1, 300);
    m_minutes->setValue(PracticeExamBuilder::kDefaultQuestions);
    m_minutes->setSuffix(tr(" min"));
    m_minutes->setEnabled(false);
    connect(m_timed, &QCheckBox::toggled, m_minutes, &QWidget::setEnabled);
    timeRow->addWidget(m_timed);
    timeRow->addWidget(m_minutes);
    timeRow->addStretch(1);
    form->addRow(tr("Timer:"), timeRow);
    v->addLayout(form);

    m_countAsReviews = new QCheckBox(tr("Count these answers as reviews"), page);
    m_countAsReviews->setObjectName(QStringLiteral("practiceCountsAsReviews"));
    m_countAsReviews->setChecked(Preferences::load().practiceCountsAsReviews);
    v->addWidget(m_countAsReviews);
    auto *why = new QLabel(tr("Off: the test leaves your review schedule alone. On: each answer "
                              "also rates the card it tests, for cards you have started."),
                           page);
    why->setWordWrap(true);
    why->setEnabled(false);
    v->addWidget(why);

    m_setupMessage = new QLabel(page);
    m_setupMessage->setWordWrap(true);
    m_setupMessage->setTextFormat(Qt::PlainText);
    m_setupMessage->setVisible(!m_loadError.isEmpty());
    m_setupMessage->setText(m_loadError);
    v->addWidget(m_setupMessage);
    v->addStretch(1);

    auto *buttons = new QHBoxLayout;
    auto *close = new QPushButton(tr("Close"), page);
    m_start = new QPushButton(tr("Start   (Enter)"), page);
    m_start->setObjectName(QStringLiteral("practiceStart"));
    m_start->setDefault(true);
    buttons->addStretch(1);
    buttons->addWidget(close);
    buttons->addWidget(m_start);
    v->addLayout(buttons);
    connect(close, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_start, &QPushButton::clicked, this, [this] {
        Preferences p = Preferences::load();
        if (p.practiceCountsAsReviews != m_countAsReviews->isChecked()) {
            p.practiceCountsAsReviews = m_countAsReviews->isChecked();
            p.save();
        }
        start(m_exam->currentData().toString(), m_count->value(),
              QRandomGenerator::global()->generate64() % 1000000,
              m_timed->isChecked() ? m_minutes->value() : 0);
    });
    connect(m_count, &QSpinBox::valueChanged, this, [this](int n) {
        if (!m_timed->isChecked())
            m_minutes->setValue(std::clamp(n, 1, 300)); // the exams allow about a minute each
    });
    return page;
}

QWidget *PracticeExamDialog::buildQuestion()
{
    auto *page = new QWidget(this);
    auto *v = new QVBoxLayout(page);
    auto *top = new QHBoxLayout;
    m_progress = new QLabel(page);
    m_progress->setObjectName(QStringLiteral("practiceProgress"));
    m_clock = new QLabel(page);
    m_clock->setObjectName(QStringLiteral("practiceClock"));
    top->addWidget(m_progress, 1);
    top->addWidget(m_clock);
    v->addLayout(top);

    m_stem = new QLabel(page);
    m_stem->setObjectName(QStringLiteral("practiceStem"));
    m_stem->setWordWrap(true);
    m_stem->setTextFormat(Qt::PlainText);
    QFont f = m_stem->font();
    f.setPointSizeF(f.pointSizeF() * 1.25);
    m_stem->setFont(f);
    m_stem->setMinimumHeight(m_stem->fontMetrics().height() * 4);
    m_stem->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    v->addWidget(m_stem);
    m_chooseHint = new QLabel(page);
    v->addWidget(m_chooseHint);
    for (int i = 0; i < PracticeQuestionMaker::kChoices; ++i) {
        auto *b = new QPushButton(page);
        b->setCheckable(true);
        b->setFocusPolicy(Qt::NoFocus); // the keys go to the dialog: A–D and 1–4
        b->setStyleSheet(QStringLiteral("text-align: left; padding: 6px 10px;"));
        b->setMinimumHeight(fontMetrics().height() * 2 + 6);
        connect(b, &QPushButton::clicked, this, [this, i] { choose(i); });
        m_choices << b;
        v->addWidget(b);
    }
    v->addStretch(1);
    auto *keys = new QLabel(tr("A–D or 1–4 choose · F flags · Enter next · ← back"), page);
    keys->setEnabled(false);
    v->addWidget(keys);
    auto *buttons = new QHBoxLayout;
    m_previous = new QPushButton(tr("Previous"), page);
    m_flag = new QPushButton(tr("Flag for review   (F)"), page);
    m_flag->setCheckable(true);
    m_reviewButton = new QPushButton(tr("Review answers…"), page);
    m_next = new QPushButton(tr("Next   (Enter)"), page);
    for (QPushButton *b : {m_previous, m_flag, m_reviewButton, m_next}) {
        b->setFocusPolicy(Qt::NoFocus);
        b->setAutoDefault(false);
    }
    buttons->addWidget(m_previous);
    buttons->addWidget(m_flag);
    buttons->addStretch(1);
    buttons->addWidget(m_reviewButton);
    buttons->addWidget(m_next);
    v->addLayout(buttons);
    connect(m_previous, &QPushButton::clicked, this, &PracticeExamDialog::previous);
    connect(m_flag, &QPushButton::clicked, this, &PracticeExamDialog::toggleFlag);
    connect(m_reviewButton, &QPushButton::clicked, this, &PracticeExamDialog::showReview);
    connect(m_next, &QPushButton::clicked, this, &PracticeExamDialog::next);
    return page;
}

QWidget *PracticeExamDialog::buildReview()
{
    auto *page = new QWidget(this);
    auto *v = new QVBoxLayout(page);
    v->addWidget(titleLabel(tr("Review before you submit"), page));
    m_reviewSummary = new QLabel(page);
    m_reviewSummary->setObjectName(QStringLiteral("practiceReviewSummary"));
    m_reviewSummary->setWordWrap(true);
    v->addWidget(m_reviewSummary);
    m_reviewList = new QListWidget(page);
    m_reviewList->setObjectName(QStringLiteral("practiceReviewList"));
    m_reviewList->setWordWrap(true);
    v->addWidget(m_reviewList, 1);
    connect(m_reviewList, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { goTo(m_reviewList->row(item)); });
    auto *hint = new QLabel(tr("Enter or double-click opens a question."), page);
    hint->setEnabled(false);
    v->addWidget(hint);
    auto *buttons = new QHBoxLayout;
    auto *back = new QPushButton(tr("Back to the questions"), page);
    m_submit = new QPushButton(tr("Submit"), page);
    m_submit->setObjectName(QStringLiteral("practiceSubmit"));
    back->setAutoDefault(false);
    m_submit->setAutoDefault(false);
    buttons->addStretch(1);
    buttons->addWidget(back);
    buttons->addWidget(m_submit);
    v->addLayout(buttons);
    connect(back, &QPushButton::clicked, this, [this] { goTo(m_current); });
    connect(m_submit, &QPushButton::clicked, this, &PracticeExamDialog::submit);
    return page;
}

QWidget *PracticeExamDialog::buildReport()
{
    auto *page = new QWidget(this);
    auto *v = new QVBoxLayout(page);
    m_report = new QTextBrowser(page);
    m_report->setObjectName(QStringLiteral("practiceReport"));
    m_report->setOpenLinks(false);
    connect(m_report, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.scheme() == QLatin1String("entry"))
            emit entryRequested(url.path());
    });
    v->addWidget(m_report, 1);
    auto *buttons = new QHBoxLayout;
    m_drill = new QPushButton(tr("Drill my misses"), page);
    m_drill->setObjectName(QStringLiteral("practiceDrill"));
    auto *again = new QPushButton(tr("New test"), page);
    auto *close = new QPushButton(tr("Close"), page);
    for (QPushButton *b : {m_drill, again, close})
        b->setAutoDefault(false);
    buttons->addWidget(again);
    buttons->addStretch(1);
    buttons->addWidget(m_drill);
    buttons->addWidget(close);
    v->addLayout(buttons);
    connect(m_drill, &QPushButton::clicked, this, [this] {
        const QString search = m_score.drillQuery();
        if (search.isEmpty())
            return;
        emit drillRequested(search);
        accept();
    });
    connect(again, &QPushButton::clicked, this, [this] { m_stack->setCurrentIndex(0); });
    connect(close, &QPushButton::clicked, this, &QDialog::accept);
    return page;
}

PracticeExamDialog::Step PracticeExamDialog::step() const
{
    return Step(m_stack->currentIndex());
}

bool PracticeExamDialog::start(const QString &examId, int count, quint64 seed, int minutes)
{
    if (!m_loadError.isEmpty())
        return false;
    PracticeExamBuilder builder(m_workspace.catalog(), m_scenarios);
    const int available = builder.available(examId);
    if (count < 1 || count > available) {
        m_setupMessage->setText(tr("This exam has material for 1 to %1 questions.").arg(available));
        m_setupMessage->setVisible(true);
        m_stack->setCurrentIndex(int(Step::Setup));
        return false;
    }
    m_setupMessage->setVisible(false);
    m_examId = examId;
    m_seed = seed;
    m_questions = builder.build(examId, count, seed);
    m_picked = QList<QList<int>>(m_questions.size());
    m_flagged = QList<bool>(m_questions.size(), false);
    m_limitMs = qint64(minutes) * 60'000;
    m_score = {};
    m_saveError.clear();
    m_elapsed.start();
    m_timer->start();
    goTo(0);
    return !m_questions.isEmpty();
}

void PracticeExamDialog::goTo(int question)
{
    if (m_questions.isEmpty())
        return;
    m_current = std::clamp(question, 0, int(m_questions.size()) - 1);
    m_stack->setCurrentIndex(int(Step::Question));
    showQuestion();
}

void PracticeExamDialog::showQuestion()
{
    const PracticeQuestion &q = m_questions.at(m_current);
    m_progress->setText(tr("Question %1 of %2 · Objective %3")
                            .arg(m_current + 1)
                            .arg(m_questions.size())
                            .arg(q.objective));
    m_stem->setText(q.stem);
    m_chooseHint->setText(q.choose() > 1 ? tr("Choose two.") : QString());
    m_chooseHint->setVisible(q.choose() > 1);
    m_previous->setEnabled(m_current > 0);
    m_next->setText(m_current + 1 < m_questions.size() ? tr("Next   (Enter)")
                                                       : tr("Review   (Enter)"));
    refreshChoices();
    tick();
}

void PracticeExamDialog::refreshChoices()
{
    const PracticeQuestion &q = m_questions.at(m_current);
    const QList<int> &mine = m_picked.at(m_current);
    for (int i = 0; i < m_choices.size(); ++i) {
        QPushButton *b = m_choices.at(i);
        b->setVisible(i < q.choices.size());
        if (i < q.choices.size())
            b->setText(letter(i) + QStringLiteral("   ") + q.choices.at(i));
        b->setChecked(mine.contains(i));
    }
    m_flag->setChecked(m_flagged.at(m_current));
}

void PracticeExamDialog::choose(int choice)
{
    if (step() != Step::Question || choice < 0 ||
        choice >= m_questions.at(m_current).choices.size())
        return;
    QList<int> &mine = m_picked[m_current];
    if (m_questions.at(m_current).choose() == 1) {
        mine = {choice};
    } else if (mine.contains(choice)) {
        mine.removeAll(choice);
    } else {
        // A "choose two" keeps the two most recent picks.
        mine << choice;
        while (mine.size() > m_questions.at(m_current).choose())
            mine.removeFirst();
    }
    refreshChoices();
}

void PracticeExamDialog::toggleFlag()
{
    if (step() != Step::Question)
        return;
    m_flagged[m_current] = !m_flagged.at(m_current);
    refreshChoices();
}

void PracticeExamDialog::next()
{
    if (m_current + 1 < m_questions.size())
        goTo(m_current + 1);
    else
        showReview();
}

void PracticeExamDialog::previous()
{
    if (m_current > 0)
        goTo(m_current - 1);
}

void PracticeExamDialog::showReview()
{
    m_reviewList->clear();
    int answered = 0;
    int flagged = 0;
    for (qsizetype i = 0; i < m_questions.size(); ++i) {
        const PracticeQuestion &q = m_questions.at(i);
        QStringList mine;
        for (int c : m_picked.at(i))
            mine << letter(c);
        std::sort(mine.begin(), mine.end());
        const bool done = m_picked.at(i).size() == q.choose();
        answered += done;
        flagged += m_flagged.at(i);
        QString stem = q.stem;
        if (stem.size() > 90)
            stem = stem.left(88) + QStringLiteral("…");
        const QString state = done ? mine.join(QLatin1Char(' ')) : tr("not answered");
        auto *item = new QListWidgetItem(
            QStringLiteral("%1.  %2%3  —  %4")
                .arg(i + 1)
                .arg(m_flagged.at(i) ? tr("⚑ flagged · ") : QString(), stem, state),
            m_reviewList);
        if (!done || m_flagged.at(i)) {
            QFont f = item->font();
            f.setBold(true);
            item->setFont(f);
        }
    }
    m_reviewSummary->setText(tr("%1 of %2 answered · %3 flagged. Unanswered questions count as "
                                "wrong.")
                                 .arg(answered)
                                 .arg(m_questions.size())
                                 .arg(flagged));
    m_reviewList->setCurrentRow(m_current);
    m_stack->setCurrentIndex(int(Step::Review));
    m_reviewList->setFocus();
}

void PracticeExamDialog::submit()
{
    if (m_questions.isEmpty())
        return;
    m_timer->stop();
    m_durationMs = m_elapsed.isValid() ? m_elapsed.elapsed() : 0;
    if (m_limitMs > 0)
        m_durationMs = std::min(m_durationMs, m_limitMs);
    m_score = PracticeScore::grade(m_questions, m_picked);
    m_saveError.clear();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const bool reviews = m_countAsReviews->isChecked();
    if (m_workspace.database().isReadOnly()) {
        m_saveError = tr("The database is open read-only: this result is not saved.");
    } else {
        PracticeResultRepository repo(m_workspace.database().connection());
        PracticeResult result;
        result.examId = m_examId;
        result.takenAt = now;
        result.seed = m_seed;
        result.durationMs = m_durationMs;
        result.countedAsReviews = reviews;
        if (!repo.save(result, m_questions, m_picked))
            m_saveError = repo.errorText();
        if (reviews && m_saveError.isEmpty()) {
            const Preferences p = Preferences::load();
            const FsrsScheduler scheduler(p.fsrsParameters(), p.dayCounter());
            QuizStore store(m_workspace.database().connection());
            QString error;
            if (PracticeReviews::record(m_questions, m_picked, scheduler, store, now, &error) < 0)
                m_saveError = error;
        }
    }
    m_report->setHtml(reportHtml());
    m_drill->setEnabled(!m_score.misses.isEmpty());
    m_stack->setCurrentIndex(int(Step::Report));
    m_drill->setFocus();
}

QString PracticeExamDialog::reportHtml() const
{
    QString html = QStringLiteral("<h2>%1</h2>")
                       .arg(tr("%1: %2 of %3 right (%4)")
                                .arg(examTitle(m_examId).toHtmlEscaped())
                                .arg(m_score.right)
                                .arg(m_score.total)
                                .arg(percentOf(m_score.percent(), 0)));
    html += QStringLiteral("<p>%1</p>")
                .arg(tr("Time taken: %1 · seed %2").arg(timeText(m_durationMs)).arg(m_seed));
    if (!m_saveError.isEmpty())
        html += QStringLiteral("<p><b>%1</b></p>").arg(m_saveError.toHtmlEscaped());
    html += QStringLiteral("<h3>%1</h3><table cellpadding='3'>").arg(tr("By objective"));
    for (const ObjectiveScore &o : m_score.objectives) {
        const int percent = o.total ? (o.right * 100 + o.total / 2) / o.total : 0;
        const QString bar =
            QString(percent / 10, QChar(0x2588)) + QString(10 - percent / 10, QChar(0x2591));
        html += QStringLiteral("<tr><td>%1</td><td align='right'>%2</td><td>%3</td>"
                               "<td align='right'>%4</td></tr>")
                    .arg(tr("Objective %1").arg(o.objective).toHtmlEscaped(),
                         tr("%1 of %2").arg(o.right).arg(o.total), bar, percentOf(percent, 0));
    }
    html += QStringLiteral("</table>");
    if (m_score.misses.isEmpty()) {
        html += QStringLiteral("<p>%1</p>").arg(tr("No misses."));
        return html;
    }
    html += QStringLiteral("<h3>%1</h3>").arg(tr("What you missed"));
    const auto &catalog = m_workspace.catalog();
    for (const PracticeMiss &m : m_score.misses) {
        const Protocol *p = catalog.protocol(m.entryKey);
        html +=
            QStringLiteral("<p><b>%1. %2</b><br>%3<br>%4<br><a href='entry:%5'>%6</a></p>")
                .arg(m.question + 1)
                .arg(m.stem.toHtmlEscaped(),
                     tr("Your answer: %1 · Right: %2")
                         .arg(m.given.isEmpty() ? tr("none") : m.given, m.right)
                         .toHtmlEscaped(),
                     m.explanation.toHtmlEscaped(), m.entryKey.toHtmlEscaped(),
                     tr("Open %1 in Browse").arg(p ? p->abbreviation : m.entryKey).toHtmlEscaped());
    }
    return html;
}

QString PracticeExamDialog::timeText(qint64 ms) const
{
    const qint64 s = std::max<qint64>(0, ms / 1000);
    return QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}

void PracticeExamDialog::tick()
{
    if (!m_elapsed.isValid() || step() == Step::Report || step() == Step::Setup)
        return;
    const qint64 spent = m_elapsed.elapsed();
    if (m_limitMs > 0) {
        m_clock->setText(tr("%1 left").arg(timeText(m_limitMs - spent)));
        if (spent >= m_limitMs)
            submit(); // time is up, as on the exam
    } else {
        m_clock->setText(timeText(spent));
    }
}

void PracticeExamDialog::keyPressEvent(QKeyEvent *event)
{
    if (step() == Step::Question) {
        const int key = event->key();
        if (key >= Qt::Key_A && key <= Qt::Key_D && event->modifiers() == Qt::NoModifier) {
            choose(key - Qt::Key_A);
            return;
        }
        if (key >= Qt::Key_1 && key <= Qt::Key_4) {
            choose(key - Qt::Key_1);
            return;
        }
        if (key == Qt::Key_F && event->modifiers() == Qt::NoModifier) {
            toggleFlag();
            return;
        }
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            next();
            return;
        }
        if (key == Qt::Key_Left || key == Qt::Key_Backspace) {
            previous();
            return;
        }
        if (key == Qt::Key_Escape) {
            showReview(); // leaving goes by the review, never straight out of a test
            return;
        }
    }
    if (step() == Step::Review && event->key() == Qt::Key_Escape) {
        goTo(m_current);
        return;
    }
    QDialog::keyPressEvent(event);
}

} // namespace portolan
