#pragma once

#include <QList>
#include <QString>

namespace portolan {

// The default range one operating system draws a client's ephemeral (source) port from; the
// facts come from RFC 6335 §6 and each OS's documentation, with the setting that changes them.
struct EphemeralRange
{
    QString id;        // stable: "linux", "windows", "windows-xp", "macos", "freebsd", "iana"
    QString name;      // "Windows Vista / Server 2008 and later"
    QString shortName; // "Windows", for sentences
    int first = 0;
    int last = 0;
    QString setting; // where an administrator changes it, or the document that states it

    int size() const { return last - first + 1; }
    bool contains(int port) const { return port >= first && port <= last; }
    QString rangeText() const; // "32768–60999"
};

// The known ranges, in the order the UI lists them (IANA's recommendation first).
const QList<EphemeralRange> &ephemeralRanges();
// nullptr when the id is unknown.
const EphemeralRange *findEphemeralRange(QStringView id);

} // namespace portolan
