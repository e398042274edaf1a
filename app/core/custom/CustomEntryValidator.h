#pragma once

#include "custom/CustomEntry.h"

#include <QList>
#include <QSet>
#include <QString>

namespace portolan {

// Checks a custom entry before anything is written, field by field, so that the form can show
// each message beside its field and the CLI can print them all. Pure: the keys already taken are
// handed in.
class CustomEntryValidator
{
public:
    static constexpr int kMaxNameLength = 200;
    static constexpr int kMaxKeyLength = 64;
    static constexpr int kMaxNotesLength = 10000;
    static constexpr int kMaxTagLength = 40;
    static constexpr int kMaxTags = 20;
    static constexpr int kMaxPorts = 32;

    enum class Field
    {
        Key,
        Name,
        Abbreviation,
        Ports,
        Counterpart,
        Notes,
        Tags
    };
    struct Problem
    {
        Field field;
        QString message; // names the field, e.g. "Name: must not be empty."
    };

    // Keys that are taken (curated keys and other custom entries). When editing, leave out the
    // entry's own key.
    void setTakenKeys(QSet<QString> keys) { m_taken = std::move(keys); }

    QList<Problem> validate(const CustomEntry &entry) const;

    // "custom-" + the name folded to [a-z0-9-]; empty when nothing usable is left.
    static QString keyFromName(const QString &name);
    // "443", "8000-8010" (en dash accepted). False for anything else, or beyond 0–65535.
    static bool parsePortSpan(QStringView text, int *first, int *last);
    // A label as stored: trimmed, at most kMaxTagLength, no control/bidi characters. Empty
    // message when it is acceptable.
    static QString checkLabel(const QString &label);

private:
    QSet<QString> m_taken;
};

} // namespace portolan
