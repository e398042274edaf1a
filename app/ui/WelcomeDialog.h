#pragma once

#include <QDate>
#include <QDialog>
#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;

namespace portolan {

// The first start's question, asked once (and again from Help → Welcome): which exam, if any,
// and when. An exam taker ends on "Start today's cards"; someone just browsing ends on the
// browser. Skipping is always possible and changes nothing but "already welcomed".
class WelcomeDialog : public QDialog
{
    Q_OBJECT

public:
    // today: the study day, so that the exam date can only be after it.
    WelcomeDialog(QDate today, const QString &currentExam, QWidget *parent = nullptr);

    // Empty for "just browsing".
    QString examId() const;
    // The exam date when the learner gave one.
    std::optional<QDate> examDate() const;

    QComboBox *examBox() const { return m_exam; }
    QCheckBox *knowsDate() const { return m_knowsDate; }
    QDateEdit *dateEdit() const { return m_date; }
    QPushButton *startButton() const { return m_start; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    void follow();
    void fitHeight();

    QComboBox *m_exam = nullptr;
    QCheckBox *m_knowsDate = nullptr;
    QDateEdit *m_date = nullptr;
    QLabel *m_note = nullptr;
    QPushButton *m_start = nullptr;
};

} // namespace portolan
