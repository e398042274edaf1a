#include "QuizRatingBar.h"

#include <QHBoxLayout>
#include <QPushButton>

namespace portolan {

namespace {

constexpr std::array<Rating, 4> kRatings{Rating::Again, Rating::Hard, Rating::Good, Rating::Easy};

std::size_t indexOf(Rating r)
{
    return std::size_t(int(r) - 1);
}

} // namespace

QuizRatingBar::QuizRatingBar(QWidget *parent) : QWidget(parent)
{
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(8);
    static const char *const names[] = {"rateAgain", "rateHard", "rateGood", "rateEasy"};
    for (Rating r : kRatings) {
        auto *b = new QPushButton(this);
        b->setObjectName(QLatin1String(names[indexOf(r)]));
        // Enter presses the focused button; outside a dialog that needs autoDefault.
        b->setAutoDefault(true);
        b->setMinimumHeight(fontMetrics().height() * 3);
        b->setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 8);
        connect(b, &QPushButton::clicked, this, [this, r] { emit rated(r); });
        row->addWidget(b, 1);
        m_buttons[indexOf(r)] = b;
    }
    relabel();
}

QPushButton *QuizRatingBar::button(Rating rating) const
{
    return m_buttons[indexOf(rating)];
}

QString QuizRatingBar::intervalText(qint64 ms)
{
    const double minutes = ms / 60000.0;
    if (minutes < 1)
        return tr("<1m");
    if (minutes < 60)
        return tr("%1m").arg(qRound(minutes));
    const double hours = minutes / 60;
    if (hours < 24)
        return tr("%1h").arg(qRound(hours));
    const double days = hours / 24;
    if (days < 30)
        return tr("%1d").arg(qRound(days));
    if (days < 365)
        return tr("%1mo").arg(QString::number(days / 30, 'f', days < 300 ? 1 : 0));
    return tr("%1y").arg(QString::number(days / 365, 'f', 1));
}

void QuizRatingBar::setIntervals(const std::array<qint64, 4> &dueIn, bool showIntervals)
{
    m_dueIn = dueIn;
    m_showIntervals = showIntervals;
    relabel();
}

void QuizRatingBar::relabel()
{
    const QString names[] = {tr("Again"), tr("Hard"), tr("Good"), tr("Easy")};
    for (std::size_t i = 0; i < m_buttons.size(); ++i) {
        QString text = QStringLiteral("%1  %2").arg(i + 1).arg(names[i]);
        if (m_showIntervals)
            text += QLatin1Char('\n') + intervalText(m_dueIn[i]);
        m_buttons[i]->setText(text);
        m_buttons[i]->setToolTip(tr("Rate %1 (key %2)").arg(names[i]).arg(i + 1));
    }
}

void QuizRatingBar::setSuggested(Rating rating)
{
    for (QPushButton *b : m_buttons)
        b->setDefault(false);
    QPushButton *b = button(rating);
    b->setDefault(true);
    b->setFocus(Qt::OtherFocusReason);
}

} // namespace portolan
