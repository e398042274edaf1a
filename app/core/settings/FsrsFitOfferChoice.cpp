#include "settings/FsrsFitOfferChoice.h"

#include <QSettings>

namespace portolan {

namespace {

const QString kNeverAgain = QStringLiteral("fsrsOffer/neverAgain");
const QString kNotBefore = QStringLiteral("fsrsOffer/notBefore");

} // namespace

FsrsFitOfferChoice FsrsFitOfferChoice::load()
{
    return load(QSettings());
}

FsrsFitOfferChoice FsrsFitOfferChoice::load(const QSettings &s)
{
    FsrsFitOfferChoice c;
    // Only a real "true": QVariant would read any other word ("perhaps") as true and end the
    // offer for good on a typo.
    const QVariant never = s.value(kNeverAgain);
    c.neverAgain = never.typeId() == QMetaType::Bool
                       ? never.toBool()
                       : never.toString().compare(QLatin1String("true"), Qt::CaseInsensitive) == 0;
    // A hand-edited date that does not parse is no date: the offer is not put off by it.
    c.notBefore = QDate::fromString(s.value(kNotBefore).toString(), Qt::ISODate);
    return c;
}

void FsrsFitOfferChoice::save() const
{
    QSettings settings;
    save(settings);
}

void FsrsFitOfferChoice::save(QSettings &s) const
{
    s.setValue(kNeverAgain, neverAgain);
    if (notBefore.isValid())
        s.setValue(kNotBefore, notBefore.toString(Qt::ISODate));
    else
        s.remove(kNotBefore);
    s.sync();
}

} // namespace portolan
