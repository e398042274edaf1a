#pragma once

#include "srs/FsrsOptimizer.h"
#include "stats/FsrsWorkload.h"

#include <QDialog>
#include <memory>

class QDialogButtonBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QThread;

namespace portolan {

class Clock;
class Workspace;

// "Fit to My Reviews…": fits the FSRS weights to the review log off the GUI thread (the same
// optimizer, minimum history and "apply only if better" rule as `portolan fsrs optimize`), then
// shows log loss and RMSE of the current and the fitted weights, and the reviews a day each set
// implies over the coming days at the learner's desired retention (FsrsWorkload, on the same
// worker thread). Apply stores the fitted weights as the ones in use (the previous stay for one
// undo). Cancel stops the fit and changes nothing.
class FsrsFitDialog : public QDialog
{
    Q_OBJECT

public:
    explicit FsrsFitDialog(Workspace &workspace, QWidget *parent = nullptr);
    ~FsrsFitDialog() override;

    // Where "now" comes from (the workload's first day, the fit's date); null: the wall clock.
    // Must outlive the dialog; set before start().
    void setClock(const Clock *clock) { m_clock = clock; }
    // Reads the log and starts the fit (the dialog does it by itself when first shown).
    void start();
    bool isRunning() const;
    // Whether Apply stored new weights.
    bool applied() const { return m_applied; }
    const FsrsOptimizer::Result &result() const { return m_result; }
    // Reviews a day with each weight set; set when the fit ended with Fitted.
    const FsrsWorkloadEstimate &workload() const { return m_workload; }
    // Cancel: stops a running fit (nothing is stored) and closes.
    void reject() override;

    QLabel *statusLabel() const { return m_status; }
    QProgressBar *progressBar() const { return m_progress; }
    QWidget *comparison() const { return m_comparison; }
    // The figure shown: row 0 log loss, 1 RMSE; column 0 current weights, 1 fitted.
    QString comparisonText(int row, int column) const;
    QLabel *workloadLabel() const { return m_workloadLabel; }
    QPushButton *applyButton() const { return m_apply; }
    QDialogButtonBox *buttons() const { return m_buttons; }

signals:
    // The fit ended (fitted, refused, failed); the result is shown.
    void fitDone();

protected:
    void showEvent(QShowEvent *event) override;

private:
    struct Job;
    void showProgress(int done, int total);
    void showResult();
    void applyFit();
    void stopWorker();
    qint64 nowMs() const;

    Workspace &m_workspace;
    std::shared_ptr<Job> m_job;
    QThread *m_thread = nullptr;
    const Clock *m_clock = nullptr;
    FsrsOptimizer::Result m_result;
    FsrsWorkloadEstimate m_workload;
    int m_workloadPercent = 90; // the desired retention the workload was simulated at
    FsrsParameters::Weights m_current{};
    bool m_started = false;
    bool m_applied = false;

    QLabel *m_status = nullptr;
    QProgressBar *m_progress = nullptr;
    QWidget *m_comparison = nullptr;
    QLabel *m_values[2][2] = {};
    QLabel *m_workloadLabel = nullptr;
    QLabel *m_verdict = nullptr;
    QPushButton *m_apply = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace portolan
