#pragma once

#include "catalog/CatalogRow.h"
#include "map/EphemeralRanges.h"

#include <QBitArray>
#include <QHash>
#include <QList>
#include <QString>

namespace portolan {

class PortDensity;
class PortLookup;
class RangeMapGeometry;

// What the range map shows at one moment, handed from RangeMapWidget to the painter and the
// marker layout; pointers are borrowed for the duration of one call.
struct RangeMapScene
{
    const RangeMapGeometry *geometry = nullptr;
    const PortLookup *lookup = nullptr;
    const PortDensity *density = nullptr;
    const PortDensity *filteredDensity = nullptr; // null when no search filter is active
    const QBitArray *accepted = nullptr;          // null or empty: every row accepted
    quint64 acceptedVersion = 0;
    QList<const EphemeralRange *> overlays;
    int selectedRow = -1;
    QList<PortSpan> selectedSpans; // the selected row's ports, highlighted on every lane
    QString selectedLabel;         // its callout when it has no study-set marker
    int focusedCluster = -1;
    // Predicted recall now of study-set rows (catalog row -> 0..1); null when not shown.
    const QHash<int, double> *recall = nullptr;
    double hoverX = -1;
    bool hasFocus = false;
};

// Vertical positions of the range map's lanes, in widget pixels, from top to bottom.
struct RangeMapLayout
{
    int bandTop = 0, bandHeight = 0;
    int densityTop = 0, densityHeight = 0;
    int glyphTop = 0, glyphSize = 0, glyphRows = 0;
    int labelTop = 0, labelHeight = 0, labelRows = 0;
    int overlayTop = 0, overlayHeight = 0, overlayRows = 0;
    int axisTop = 0, axisHeight = 0;
    int total = 0;
};

} // namespace portolan
