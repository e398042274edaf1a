#pragma once

#include <QDate>

class QSettings;

namespace portolan {

// What the learner answered to the offer to fit the scheduler to their reviews (FsrsFitOffer):
// "Not now" keeps it away until a date, "Don't ask again" for good. Stored with QSettings beside
// the Preferences, apart from them: it is not a choice made in the Preferences dialog, and that
// dialog's save must not reset it.
struct FsrsFitOfferChoice
{
    bool neverAgain = false;
    QDate notBefore; // invalid: not put off

    static FsrsFitOfferChoice load();
    static FsrsFitOfferChoice load(const QSettings &settings);
    void save() const;
    void save(QSettings &settings) const;

    friend bool operator==(const FsrsFitOfferChoice &, const FsrsFitOfferChoice &) = default;
};

} // namespace portolan
