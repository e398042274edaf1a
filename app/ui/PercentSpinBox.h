#pragma once

#include <QSpinBox>

namespace portolan {

// A share (0.90) edited as the whole percentage people read everywhere else ("90%", "90 %" in
// German): the desired retention and an exam plan's target recall.
class PercentSpinBox : public QSpinBox
{
    Q_OBJECT

public:
    explicit PercentSpinBox(QWidget *parent = nullptr);

    void setShareRange(double lowest, double highest);
    void setShare(double share);
    double share() const;
};

} // namespace portolan
