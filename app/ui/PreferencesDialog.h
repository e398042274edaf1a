#pragma once

#include "settings/Preferences.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace portolan {

class FsrsWeightsBox;
class PercentSpinBox;
class Workspace;

// Edit → Preferences: language, theme, font size, the study settings (desired retention, new
// cards a day, learning steps, when a study day starts) and the system used for "ports in
// action". OK stays disabled while the learning steps do not parse; the reason is shown
// beside the field.
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(const Preferences &current, QWidget *parent = nullptr);

    Preferences preferences() const;
    // Adds the Scheduler group (FSRS weights in use, fit, undo) for this workspace's database.
    void showScheduler(Workspace &workspace);
    // Whether the FSRS weights were applied or undone here (stored at once, whatever OK or
    // Cancel say): the window must build its schedulers again.
    bool weightsChanged() const;
    FsrsWeightsBox *schedulerBox() const { return m_scheduler; }
    QComboBox *languageBox() const { return m_language; }
    QComboBox *themeBox() const { return m_theme; }
    QComboBox *examBox() const { return m_exam; }
    QLineEdit *stepsField() const { return m_steps; }
    QLabel *stepsProblem() const { return m_stepsProblem; }
    QDialogButtonBox *buttons() const { return m_buttons; }

private:
    void checkSteps();

    Preferences m_initial;
    QComboBox *m_language = nullptr;
    QComboBox *m_theme = nullptr;
    QSpinBox *m_fontSize = nullptr;
    PercentSpinBox *m_retention = nullptr;
    QSpinBox *m_newPerDay = nullptr;
    QLineEdit *m_steps = nullptr;
    QLabel *m_stepsProblem = nullptr;
    QSpinBox *m_rollover = nullptr;
    QComboBox *m_os = nullptr;
    QComboBox *m_exam = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    FsrsWeightsBox *m_scheduler = nullptr;
};

} // namespace portolan
