#pragma once

#include "quiz/SessionSummary.h"

#include <QWidget>

class QGridLayout;
class QLabel;
class QPushButton;
class QTreeWidget;

namespace portolan {

class FsrsFitOfferBanner;

// The end of a session: cards, answers, accuracy and time, and what to review (the cards
// missed, the leeches). Enter studies on with the same settings, Esc goes back to the decks.
class QuizSummaryView : public QWidget
{
    Q_OBJECT

public:
    explicit QuizSummaryView(QWidget *parent = nullptr);

    // A card to review: what was asked ("DHCP · Protocol → port") and its answer ("67, 68").
    struct Line
    {
        QString question;
        QString answer;
    };
    void showSummary(const SessionSummary &summary, const QList<Line> &missed,
                     const QList<Line> &leeches);
    void focusDefault();

    QPushButton *againButton() const { return m_again; }
    QPushButton *backButton() const { return m_back; }
    QTreeWidget *reviewList() const { return m_review; }
    // The offer to fit the scheduler (hidden unless the quiz page shows it).
    FsrsFitOfferBanner *fitOffer() const { return m_fitOffer; }

    // "4:05"; hours when there are any.
    static QString durationText(qint64 ms);

signals:
    void studyAgainRequested();
    void backRequested();

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    QLabel *stat(const char *name, const QString &caption, QWidget *parent, int column);

    QLabel *m_title = nullptr;
    QLabel *m_cards = nullptr;
    QLabel *m_answers = nullptr;
    QLabel *m_accuracy = nullptr;
    QLabel *m_time = nullptr;
    QLabel *m_reviewTitle = nullptr;
    QTreeWidget *m_review = nullptr;
    QPushButton *m_again = nullptr;
    QPushButton *m_back = nullptr;
    QGridLayout *m_stats = nullptr;
    FsrsFitOfferBanner *m_fitOffer = nullptr;
};

} // namespace portolan
