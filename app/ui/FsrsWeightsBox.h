#pragma once

#include <QGroupBox>

class QLabel;
class QPushButton;

namespace portolan {

class Workspace;

// The Scheduler group of Preferences: which FSRS weights are in use (the defaults, or fitted on
// a date to so many reviews), "Fit to My Reviews…" (FsrsFitDialog) and "Undo Last Fit". Both
// act at once on the database, like `portolan fsrs optimize --apply` and `fsrs undo`.
class FsrsWeightsBox : public QGroupBox
{
    Q_OBJECT

public:
    explicit FsrsWeightsBox(Workspace &workspace, QWidget *parent = nullptr);

    // Reads the weights in use again and enables Undo when there is something to undo.
    void refresh();
    bool weightsChanged() const { return m_changed; }

    QLabel *inUseLabel() const { return m_inUse; }
    QPushButton *fitButton() const { return m_fit; }
    QPushButton *undoButton() const { return m_undo; }

signals:
    // The weights in use changed (applied or undone): schedulers must be built again.
    void changed();

private:
    void fit();
    void undo();

    Workspace &m_workspace;
    bool m_changed = false;
    QLabel *m_inUse = nullptr;
    QPushButton *m_fit = nullptr;
    QPushButton *m_undo = nullptr;
};

} // namespace portolan
