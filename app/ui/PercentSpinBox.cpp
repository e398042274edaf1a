#include "PercentSpinBox.h"

#include "domain/Percent.h"

#include <QtMath>

namespace portolan {

PercentSpinBox::PercentSpinBox(QWidget *parent) : QSpinBox(parent)
{
    setSuffix(percentSign(locale()));
    setSingleStep(1);
}

void PercentSpinBox::setShareRange(double lowest, double highest)
{
    setRange(qRound(lowest * 100.0), qRound(highest * 100.0));
}

void PercentSpinBox::setShare(double share)
{
    setValue(qRound(share * 100.0));
}

double PercentSpinBox::share() const
{
    return value() / 100.0;
}

} // namespace portolan
