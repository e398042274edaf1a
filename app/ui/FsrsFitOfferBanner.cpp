#include "FsrsFitOfferBanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace portolan {

FsrsFitOfferBanner::FsrsFitOfferBanner(QWidget *parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("fsrsFitOffer"));
    setFrameShape(QFrame::StyledPanel);
    // A tinted band in the palette's own colours, so that it reads in light and dark themes.
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::AlternateBase);

    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("fsrsFitOfferText"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);

    m_fit = new QPushButton(tr("Fit to My Reviews…"), this);
    m_fit->setObjectName(QStringLiteral("fsrsFitOfferFit"));
    m_notNow = new QPushButton(tr("Not now"), this);
    m_notNow->setObjectName(QStringLiteral("fsrsFitOfferNotNow"));
    m_never = new QPushButton(tr("Don't ask again"), this);
    m_never->setObjectName(QStringLiteral("fsrsFitOfferNever"));
    // Enter on the summary studies on: none of these may become the default button.
    for (QPushButton *b : {m_fit, m_notNow, m_never})
        b->setAutoDefault(false);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_fit);
    buttons->addStretch(1);
    buttons->addWidget(m_notNow);
    buttons->addWidget(m_never);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_text);
    layout->addLayout(buttons);

    connect(m_fit, &QPushButton::clicked, this, &FsrsFitOfferBanner::fitRequested);
    connect(m_notNow, &QPushButton::clicked, this, &FsrsFitOfferBanner::putOff);
    connect(m_never, &QPushButton::clicked, this, &FsrsFitOfferBanner::declined);
    setRefit(false);
}

void FsrsFitOfferBanner::setRefit(bool refit)
{
    m_text->setText(refit ? tr("You have studied much more since the scheduler was last fitted "
                               "to your reviews. Fitting it again lets it learn how you forget "
                               "now; it takes a minute, and you see the difference before "
                               "anything changes.")
                          : tr("You have studied for a month. The scheduler can now learn how "
                               "you forget, from your own reviews, and plan them to suit you; "
                               "it takes a minute, and you see the difference before anything "
                               "changes."));
}

} // namespace portolan
