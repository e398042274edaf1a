#pragma once

#include "stats/EntryStudy.h"

#include <QPalette>
#include <QString>

namespace portolan {

class Catalog;

// Builds the details pane's document for one catalog row. Every value from the data is
// HTML-escaped, so notes and registry text always show literally. Links to other entries use
// the "portolan:protocol/KEY" scheme.
QString detailsHtml(const Catalog &catalog, int row, const QPalette &palette);

// The key a details link points to, or an empty string for any other link.
QString protocolKeyFromLink(const QString &url);
// "Your study": each card of the entry with recall now, next due, lapses and the last answer,
// and "Drill these"; error (when not empty) is said instead.
QString studyHtml(const QString &key, const QList<CardStudy> &cards, qint64 nowMs,
                  const QString &error = {});

} // namespace portolan
