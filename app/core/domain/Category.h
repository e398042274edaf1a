#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace portolan {

// What a protocol is for, as a learner groups them (and the exams' objectives do): one per
// study-set entry, from a small fixed list documented in db/reference/README.md. The ids are
// stable text used in the reference data, in searches (category:remote-access) and in decks.
struct CategoryInfo
{
    const char *id;    // "remote-access"
    const char *title; // "Remote access", translated in the "Category" context when shown
};

const QList<CategoryInfo> &knownCategories();
bool isKnownCategory(const QString &id);
// The translated title ("Remote access"); empty for an empty or unknown id.
QString categoryTitle(const QString &id);
// Every id, comma-separated, for messages that list what is accepted.
QString categoryIdList();

} // namespace portolan
