#pragma once

#include "quiz/Card.h"
#include "quiz/SessionOptions.h"
#include "quiz/SessionPlanner.h"
#include "search/SavedSearches.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QRadioButton;
class QSpinBox;

namespace portolan {

// Where a session is set up: the deck (built-in or any browser search), scheduled study or
// practice, the answer formats to mix and the daily new-card limit, with what is due and the
// leeches listed. Enter starts.
class QuizStartView : public QWidget
{
    Q_OBJECT

public:
    explicit QuizStartView(QWidget *parent = nullptr);

    SessionOptions options() const;
    void setOptions(const SessionOptions &options);
    // Scheduled study needs a writable database; without one only practice is offered.
    void setSchedulingAvailable(bool available, const QString &why);
    void showPlan(const SessionPlan &plan, bool practice);
    // Leeches as "DHCP · Protocol → port — 67, 68" lines.
    void showLeeches(const QStringList &lines);
    void showMessage(const QString &message);
    void focusStart();
    // Saved searches offered as decks, after the built-in ones.
    void setSavedSearches(const QList<SavedSearch> &searches);

    QPushButton *startButton() const { return m_start; }
    QComboBox *deckBox() const { return m_deck; }

signals:
    void startRequested();
    // The "Practice exam…" button: a timed test the way the exam asks, in its own dialog.
    void practiceExamRequested();
    // Anything that changes what a session would hold (deck, mode, formats, limit).
    void optionsChanged();

protected:
    // Enter starts from any control of the form (the fields pass Enter on, as in a dialog).
    void keyPressEvent(QKeyEvent *event) override;

private:
    QWidget *buildForm();

    QComboBox *m_deck = nullptr;
    QList<SavedSearch> m_saved;
    QLineEdit *m_search = nullptr;
    QRadioButton *m_scheduled = nullptr;
    QRadioButton *m_practice = nullptr;
    QList<QCheckBox *> m_formats;
    QSpinBox *m_newPerDay = nullptr;
    QLabel *m_counts = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_leechTitle = nullptr;
    QListWidget *m_leeches = nullptr;
    QPushButton *m_start = nullptr;
};

} // namespace portolan
