#pragma once

#include "settings/Preferences.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace portolan {

class PercentSpinBox;

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
};

} // namespace portolan
