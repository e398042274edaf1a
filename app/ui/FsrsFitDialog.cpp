#include "FsrsFitDialog.h"

#include "domain/Percent.h"
#include "quiz/Clock.h"
#include "settings/Preferences.h"
#include "storage/FsrsLog.h"
#include "storage/FsrsParametersRepository.h"
#include "storage/ReviewLogRepository.h"
#include "workspace/Workspace.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QThread>
#include <QVBoxLayout>
#include <atomic>

namespace portolan {

// What the worker thread and the dialog share: the log, training set and weights going in, the
// cancel flag, the result and the workload coming out (read only after the thread finished).
struct FsrsFitDialog::Job
{
    QList<FsrsLogEntry> log;
    FsrsTrainingSet set;
    FsrsParameters::Weights current{};
    Preferences preferences;
    qint64 nowMs = 0;
    std::atomic<bool> cancelled{false};
    FsrsOptimizer::Result result;
    FsrsWorkloadEstimate workload;
};

FsrsFitDialog::FsrsFitDialog(Workspace &workspace, QWidget *parent)
    : QDialog(parent), m_workspace(workspace)
{
    setWindowTitle(tr("Fit FSRS to My Reviews"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("fsrsFitStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("fsrsFitProgress"));
    m_progress->setRange(0, 0);

    // Two measures for the two sets of weights, as the CLI prints them.
    m_comparison = new QWidget(this);
    m_comparison->setObjectName(QStringLiteral("fsrsFitComparison"));
    auto *grid = new QGridLayout(m_comparison);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(24);
    const QStringList columns{tr("Current weights"), tr("Fitted weights")};
    const QStringList rows{tr("Log loss"), tr("RMSE")};
    for (int c = 0; c < 2; ++c) {
        auto *heading = new QLabel(columns.at(c), m_comparison);
        QFont bold = heading->font();
        bold.setBold(true);
        heading->setFont(bold);
        grid->addWidget(heading, 0, c + 1, Qt::AlignRight);
    }
    for (int r = 0; r < 2; ++r) {
        grid->addWidget(new QLabel(rows.at(r), m_comparison), r + 1, 0);
        for (int c = 0; c < 2; ++c) {
            m_values[r][c] = new QLabel(m_comparison);
            m_values[r][c]->setTextFormat(Qt::PlainText);
            grid->addWidget(m_values[r][c], r + 1, c + 1, Qt::AlignRight);
        }
    }
    grid->setColumnStretch(3, 1);
    m_comparison->setVisible(false);

    m_workloadLabel = new QLabel(this);
    m_workloadLabel->setObjectName(QStringLiteral("fsrsFitWorkload"));
    m_workloadLabel->setWordWrap(true);
    m_workloadLabel->setTextFormat(Qt::PlainText);
    m_workloadLabel->setVisible(false);

    m_verdict = new QLabel(this);
    m_verdict->setObjectName(QStringLiteral("fsrsFitVerdict"));
    m_verdict->setWordWrap(true);
    m_verdict->setTextFormat(Qt::PlainText);
    m_verdict->setVisible(false);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_apply = m_buttons->addButton(tr("&Apply Fitted Weights"), QDialogButtonBox::AcceptRole);
    m_apply->setObjectName(QStringLiteral("fsrsFitApply"));
    m_apply->setEnabled(false);
    connect(m_apply, &QPushButton::clicked, this, &FsrsFitDialog::applyFit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &FsrsFitDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_progress);
    layout->addWidget(m_comparison);
    layout->addWidget(m_workloadLabel);
    layout->addWidget(m_verdict);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    // Wide enough that the workload sentence takes two lines, not four.
    setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 40);
}

FsrsFitDialog::~FsrsFitDialog()
{
    stopWorker();
}

void FsrsFitDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    if (!m_started)
        start();
}

bool FsrsFitDialog::isRunning() const
{
    return m_thread != nullptr;
}

void FsrsFitDialog::start()
{
    if (m_started)
        return;
    m_started = true;
    const QSqlDatabase db = m_workspace.database().connection();
    // The log is read here: a database connection belongs to the thread that opened it.
    ReviewLogRepository log(db);
    const QList<ReviewRecord> records = log.since(0);
    FsrsParametersRepository repo(db);
    const auto current = repo.current();
    QString error = log.errorText();
    if (error.isEmpty() && !current)
        error = repo.errorText();
    if (!error.isEmpty()) {
        m_progress->setVisible(false);
        m_status->setText(tr("⚠ The review log cannot be read: %1").arg(error));
        emit fitDone();
        return;
    }
    m_current = current->weights;
    auto job = std::make_shared<Job>();
    job->preferences = Preferences::load();
    job->nowMs = nowMs();
    job->log = fsrsLogFrom(records);
    // The same study days the scheduler counts with (as `portolan fsrs optimize`).
    job->set = FsrsTrainingSet::fromLog(job->log, job->preferences.dayCounter());
    job->current = m_current;
    if (job->set.reviewCount() < FsrsOptimizer::kMinimumReviews ||
        job->set.cardCount() < FsrsOptimizer::kMinimumCards) {
        m_result.status = FsrsOptimizer::Result::Status::NotEnoughHistory;
        m_result.reviews = job->set.reviewCount();
        m_result.cards = job->set.cardCount();
        showResult();
        return;
    }
    m_status->setText(tr("Fitting the weights to %1 reviews of %2 cards…")
                          .arg(job->set.reviewCount())
                          .arg(job->set.cardCount()));
    m_job = job;
    // The worker holds its own reference: the job outlives the dialog if it must.
    m_thread = QThread::create([this, job] {
        job->result =
            FsrsOptimizer().optimize(job->set, job->current, [this, job](int done, int total) {
                if (job->cancelled.load())
                    return false;
                QMetaObject::invokeMethod(
                    this, [this, done, total] { showProgress(done, total); }, Qt::QueuedConnection);
                return true;
            });
        // What each weight set implies, at the learner's retention: a few hundred cards
        // simulated over the coming days, cheap beside the fit but not for the GUI thread.
        if (job->result.status == FsrsOptimizer::Result::Status::Fitted && !job->cancelled.load())
            job->workload =
                FsrsWorkload(job->preferences.fsrsParameters(), job->preferences.dayCounter())
                    .compare(job->log, job->current, job->result.weights, job->nowMs);
    });
    connect(m_thread, &QThread::finished, this, [this, thread = m_thread] {
        // A late signal from a fit that Cancel already stopped and deleted.
        if (thread != m_thread)
            return;
        m_thread->deleteLater();
        m_thread = nullptr;
        m_result = m_job->result;
        m_workload = m_job->workload;
        m_workloadPercent = qRound(m_job->preferences.desiredRetention * 100);
        m_job.reset();
        showResult();
    });
    m_thread->start(QThread::LowPriority);
}

void FsrsFitDialog::showProgress(int done, int total)
{
    if (!m_thread)
        return;
    m_progress->setRange(0, std::max(1, total));
    m_progress->setValue(std::min(done, total));
}

void FsrsFitDialog::showResult()
{
    using Status = FsrsOptimizer::Result::Status;
    m_progress->setVisible(false);
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Close"));
    switch (m_result.status) {
    case Status::NotEnoughHistory:
        m_status->setText(tr("Too little history to fit: %1 reviews of %2 cards; fitting needs "
                             "at least %3 reviews of at least %4 cards. The current weights "
                             "stay.")
                              .arg(m_result.reviews)
                              .arg(m_result.cards)
                              .arg(FsrsOptimizer::kMinimumReviews)
                              .arg(FsrsOptimizer::kMinimumCards));
        break;
    case Status::Cancelled:
        m_status->setText(tr("Cancelled; nothing changed."));
        break;
    case Status::Failed:
        m_status->setText(tr("⚠ The weights cannot be fitted: %1").arg(m_result.message));
        break;
    case Status::Fitted: {
        m_status->setText(tr("Fitted to %1 reviews of %2 cards. Lower is better for both "
                             "measures:")
                              .arg(m_result.reviews)
                              .arg(m_result.cards));
        const QLocale locale;
        const double values[2][2] = {{m_result.current.logLoss, m_result.fitted.logLoss},
                                     {m_result.current.rmseBins, m_result.fitted.rmseBins}};
        for (int r = 0; r < 2; ++r)
            for (int c = 0; c < 2; ++c)
                m_values[r][c]->setText(locale.toString(values[r][c], 'f', 4));
        m_comparison->setVisible(true);
        // Whole reviews for a person; a tenth where the two would otherwise read the same.
        const int decimals = qRound(m_workload.current) == qRound(m_workload.fitted) ? 1 : 0;
        m_workloadLabel->setText(
            tr("Reviews a day over the next %1 days at %2 desired retention: %3 now → %4 with "
               "the fitted weights.")
                .arg(m_workload.horizonDays)
                .arg(percentText(m_workloadPercent / 100.0, 0))
                .arg(locale.toString(m_workload.current, 'f', decimals),
                     locale.toString(m_workload.fitted, 'f', decimals)));
        m_workloadLabel->setVisible(true);
        // The CLI's rule: apply only when the fit predicts the log better.
        m_verdict->setText(m_result.better()
                               ? tr("The fitted weights predict your reviews better. Apply "
                                    "uses them for the quiz and statistics from now on; Undo "
                                    "Last Fit in Preferences goes back.")
                               : tr("The fit does not predict your reviews better; the current "
                                    "weights stay."));
        m_verdict->setVisible(true);
        m_apply->setEnabled(m_result.better() && !m_workspace.database().isReadOnly());
        break;
    }
    }
    // The dialog grows to its new content (word-wrapped lines, the comparison).
    adjustSize();
    emit fitDone();
}

void FsrsFitDialog::applyFit()
{
    if (!m_result.better())
        return;
    FsrsParametersRepository repo(m_workspace.database().connection());
    StoredFsrsWeights stored;
    stored.weights = m_result.weights;
    stored.fittedAt = nowMs();
    stored.reviewCount = m_result.reviews;
    stored.cardCount = m_result.cards;
    if (!repo.apply(stored)) {
        m_verdict->setText(tr("⚠ The fitted weights cannot be stored: %1").arg(repo.errorText()));
        m_apply->setEnabled(false);
        return;
    }
    m_applied = true;
    accept();
}

void FsrsFitDialog::reject()
{
    stopWorker();
    QDialog::reject();
}

void FsrsFitDialog::stopWorker()
{
    if (!m_thread)
        return;
    m_job->cancelled.store(true);
    // The optimizer checks the flag after every batch: the wait is short.
    m_thread->disconnect(this);
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    m_result.status = FsrsOptimizer::Result::Status::Cancelled;
    m_job.reset();
}

qint64 FsrsFitDialog::nowMs() const
{
    return m_clock ? m_clock->nowMs() : QDateTime::currentMSecsSinceEpoch();
}

QString FsrsFitDialog::comparisonText(int row, int column) const
{
    return m_values[row][column]->text();
}

} // namespace portolan
