#pragma once

#include "domain/Security.h"
#include "domain/Transport.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace portolan {

// One port span of a user's own entry: a single port when first == last.
struct CustomPort
{
    int first = 0;
    int last = 0;
    Transport transport = Transport::Tcp;

    friend bool operator==(const CustomPort &, const CustomPort &) = default;
};

// A protocol or service the user added themselves ("custom-<slug>"). A plain value: checked by
// CustomEntryValidator, stored by CustomEntryRepository.
struct CustomEntry
{
    QString key; // "custom-<slug>"
    QString name;
    QString abbreviation;
    QList<CustomPort> ports;
    Security security = Security::Unclassified;
    QString counterpartKey; // the secure/insecure twin's entry key, or empty
    QString notes;
    QStringList tags;

    friend bool operator==(const CustomEntry &, const CustomEntry &) = default;
};

} // namespace portolan
