#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace portolan {

// The offer to fit the scheduler to the learner's reviews (FsrsFitOffer decides when), as a
// quiet band on the session summary: one sentence on why, "Fit to My Reviews…", "Not now" and
// "Don't ask again". It only announces the choice; the quiz page acts on it. No accelerators:
// the summary's own keys (Enter, Esc) must keep working as they did.
class FsrsFitOfferBanner : public QFrame
{
    Q_OBJECT

public:
    explicit FsrsFitOfferBanner(QWidget *parent = nullptr);

    // refit: the weights in use were fitted before, to much less history than there is now.
    void setRefit(bool refit);

    QLabel *textLabel() const { return m_text; }
    QPushButton *fitButton() const { return m_fit; }
    QPushButton *notNowButton() const { return m_notNow; }
    QPushButton *neverButton() const { return m_never; }

signals:
    void fitRequested();
    void putOff();
    void declined();

private:
    QLabel *m_text = nullptr;
    QPushButton *m_fit = nullptr;
    QPushButton *m_notNow = nullptr;
    QPushButton *m_never = nullptr;
};

} // namespace portolan
