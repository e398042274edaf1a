#include "QuizSummaryView.h"

#include "FsrsFitOfferBanner.h"
#include "domain/Percent.h"

#include <QGridLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace portolan {

QuizSummaryView::QuizSummaryView(QWidget *parent) : QWidget(parent)
{
    auto *outer = new QHBoxLayout(this);
    auto *column = new QWidget(this);
    column->setMaximumWidth(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 64);
    outer->addStretch(1);
    outer->addWidget(column, 3);
    outer->addStretch(1);

    auto *v = new QVBoxLayout(column);
    v->addStretch(1);
    m_title = new QLabel(column);
    m_title->setObjectName(QStringLiteral("quizSummaryTitle"));
    m_title->setWordWrap(true); // "Sitzung vorzeitig beendet: 30 Karten für später übrig"
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.8);
    big.setBold(true);
    m_title->setFont(big);
    v->addWidget(m_title);

    auto *stats = new QWidget(column);
    m_stats = new QGridLayout(stats);
    m_stats->setContentsMargins(0, 8, 0, 8);
    m_stats->setHorizontalSpacing(24);
    m_cards = stat("quizSummaryCards", tr("cards"), stats, 0);
    m_answers = stat("quizSummaryAnswers", tr("answers"), stats, 1);
    m_accuracy = stat("quizSummaryAccuracy", tr("right"), stats, 2);
    m_time = stat("quizSummaryTime", tr("time"), stats, 3);
    v->addWidget(stats);

    // Under the session's figures, where the eye is when a session ends, above the cards to
    // review; it takes no room when hidden.
    m_fitOffer = new FsrsFitOfferBanner(column);
    m_fitOffer->setVisible(false);
    v->addWidget(m_fitOffer);

    m_reviewTitle = new QLabel(tr("To review:"), column);
    m_review = new QTreeWidget(column);
    m_review->setObjectName(QStringLiteral("quizSummaryReview"));
    m_review->setColumnCount(3);
    m_review->setHeaderLabels({tr("Why"), tr("Card"), tr("Answer")});
    m_review->setRootIsDecorated(false);
    m_review->setMinimumHeight(fontMetrics().height() * 16);
    m_review->header()->setStretchLastSection(true);
    m_review->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_review->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_review->setFocusPolicy(Qt::NoFocus); // keys stay with the buttons
    v->addWidget(m_reviewTitle);
    v->addWidget(m_review, 1);

    auto *buttons = new QHBoxLayout;
    m_again = new QPushButton(tr("Study more   (Enter)"), column);
    m_again->setObjectName(QStringLiteral("quizStudyMore"));
    m_back = new QPushButton(tr("Back to decks   (Esc)"), column);
    m_back->setObjectName(QStringLiteral("quizBack"));
    for (QPushButton *b : {m_again, m_back}) {
        b->setAutoDefault(true);
        b->setMinimumHeight(fontMetrics().height() * 2 + 8);
        buttons->addWidget(b);
    }
    v->addLayout(buttons);
    v->addStretch(2);

    connect(m_again, &QPushButton::clicked, this, &QuizSummaryView::studyAgainRequested);
    connect(m_back, &QPushButton::clicked, this, &QuizSummaryView::backRequested);
}

QLabel *QuizSummaryView::stat(const char *name, const QString &caption, QWidget *parent, int column)
{
    auto *value = new QLabel(parent);
    value->setObjectName(QLatin1String(name));
    QFont f = value->font();
    f.setPointSizeF(f.pointSizeF() * 2.2);
    f.setBold(true);
    value->setFont(f);
    auto *text = new QLabel(caption, parent);
    text->setForegroundRole(QPalette::PlaceholderText);
    m_stats->addWidget(value, 0, column);
    m_stats->addWidget(text, 1, column);
    return value;
}

QString QuizSummaryView::durationText(qint64 ms)
{
    const qint64 seconds = (ms + 500) / 1000;
    if (seconds >= 3600)
        return QStringLiteral("%1:%2:%3")
            .arg(seconds / 3600)
            .arg((seconds / 60) % 60, 2, 10, QLatin1Char('0'))
            .arg(seconds % 60, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

void QuizSummaryView::showSummary(const SessionSummary &s, const QList<Line> &missed,
                                  const QList<Line> &leeches)
{
    if (s.leftUnanswered > 0)
        m_title->setText(
            s.practice
                ? tr("Practice ended early: %n card(s) left", nullptr, s.leftUnanswered)
                : tr("Session ended early: %n card(s) left for later", nullptr, s.leftUnanswered));
    else
        m_title->setText(s.practice ? tr("Practice done") : tr("Session done"));
    m_cards->setText(QString::number(s.cards));
    m_answers->setText(QString::number(s.answers));
    m_accuracy->setText(s.answers ? percentText(s.accuracy(), 0) : QStringLiteral("–"));
    m_time->setText(durationText(s.timeMs));

    m_review->clear();
    const auto add = [this](const QString &why, const Line &line) {
        auto *item = new QTreeWidgetItem(m_review, {why, line.question, line.answer});
        item->setToolTip(2, line.answer);
    };
    for (const Line &line : missed)
        add(tr("Missed"), line);
    for (const Line &line : leeches)
        add(tr("Leech"), line);
    const bool any = m_review->topLevelItemCount() > 0;
    m_reviewTitle->setText(any ? tr("To review:") : tr("Nothing missed. Well done."));
    m_review->setVisible(any);
    focusDefault();
}

void QuizSummaryView::focusDefault()
{
    m_again->setFocus(Qt::OtherFocusReason);
}

void QuizSummaryView::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        emit backRequested();
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace portolan
