#pragma once

#include "srs/CardMemory.h"

#include <QWidget>
#include <array>

class QPushButton;

namespace portolan {

// The four rating buttons (1 Again, 2 Hard, 3 Good, 4 Easy) with the time until the card would
// come back under each; the suggested rating is the default button and has the focus.
class QuizRatingBar : public QWidget
{
    Q_OBJECT

public:
    explicit QuizRatingBar(QWidget *parent = nullptr);

    // dueIn in ms per rating (Again first); intervals are hidden when showIntervals is false
    // (practice).
    void setIntervals(const std::array<qint64, 4> &dueIn, bool showIntervals);
    void setSuggested(Rating rating);
    QPushButton *button(Rating rating) const;

    // "<1m", "10m", "6h", "3d", "2.5mo", "1.2y"
    static QString intervalText(qint64 ms);

signals:
    void rated(portolan::Rating rating);

private:
    std::array<QPushButton *, 4> m_buttons{};
    std::array<qint64, 4> m_dueIn{};
    bool m_showIntervals = true;
    void relabel();
};

} // namespace portolan
