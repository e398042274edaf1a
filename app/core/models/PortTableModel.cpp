#include "models/PortTableModel.h"

#include "catalog/Catalog.h"
#include "domain/Category.h"
#include "domain/Exam.h"
#include "domain/SafeText.h"
#include "importing/OpenFrequencies.h"
#include "models/Roles.h"

#include <QStringList>
#include <algorithm>

namespace portolan {

PortTableModel::PortTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void PortTableModel::setCatalog(const Catalog *catalog)
{
    beginResetModel();
    m_catalog = catalog;
    m_order.clear();
    m_position.clear();
    endResetModel();
}

const CatalogRow &PortTableModel::catalogRow(int row) const
{
    return m_catalog->rows().at(catalogRowAt(row));
}

void PortTableModel::setRowOrder(QList<int> order)
{
    const int rows = rowCount();
    if (order.size() != rows)
        order.clear(); // anything but a whole permutation means the catalog's order
    bool identity = true;
    for (int i = 0; i < order.size() && identity; ++i)
        identity = order.at(i) == i;
    if (identity)
        order.clear();
    if (order == m_order)
        return;
    QList<int> position;
    if (!order.isEmpty()) {
        position = QList<int>(rows, -1);
        for (int i = 0; i < rows; ++i) {
            const int c = order.at(i);
            if (c < 0 || c >= rows || position.at(c) >= 0)
                return; // not a permutation: keep the present order
            position[c] = i;
        }
    }
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList from = persistentIndexList();
    QModelIndexList to;
    to.reserve(from.size());
    for (const QModelIndex &index : from) {
        const int catalogIndex = catalogRowAt(index.row());
        const int moved = position.isEmpty() ? catalogIndex : position.at(catalogIndex);
        to.append(createIndex(moved, index.column()));
    }
    m_order = std::move(order);
    m_position = std::move(position);
    changePersistentIndexList(from, to);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

int PortTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_catalog ? 0 : int(m_catalog->rows().size());
}

int PortTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString PortTableModel::securityLabel(int security)
{
    switch (static_cast<portolan::Security>(security)) {
    case portolan::Security::Secure:
        return tr("Secure");
    case portolan::Security::Insecure:
        return tr("Insecure");
    case portolan::Security::Depends:
        return tr("Depends");
    case portolan::Security::Unclassified:
        break;
    }
    return {};
}

QString PortTableModel::rangeClassLabel(int rangeClass)
{
    switch (static_cast<portolan::RangeClass>(rangeClass)) {
    case portolan::RangeClass::System:
        return tr("System (well-known)");
    case portolan::RangeClass::User:
        return tr("User (registered)");
    case portolan::RangeClass::Dynamic:
        return tr("Dynamic (private)");
    }
    return {};
}

QString PortTableModel::rangeClassShortLabel(int rangeClass)
{
    switch (static_cast<portolan::RangeClass>(rangeClass)) {
    case portolan::RangeClass::System:
        return tr("System");
    case portolan::RangeClass::User:
        return tr("User");
    case portolan::RangeClass::Dynamic:
        return tr("Dynamic");
    }
    return {};
}

QString PortTableModel::portText(const CatalogRow &row) const
{
    if (row.isCurated()) {
        const Protocol &p = m_catalog->protocols().at(row.index);
        if (p.kind == Protocol::Kind::IpProtocol)
            return tr("IP %1").arg(p.ipProtocol);
        QList<const PortAssignment *> sorted;
        for (const PortAssignment &a : p.ports)
            sorted << &a;
        std::stable_sort(sorted.begin(), sorted.end(),
                         [](auto *l, auto *r) { return l->first < r->first; });
        QStringList ports;
        for (const PortAssignment *a : sorted) {
            if (!ports.contains(a->portText()))
                ports << a->portText();
        }
        return ports.join(QStringLiteral(", "));
    }
    return m_catalog->registry().at(row.index).portText();
}

QString PortTableModel::displayText(const CatalogRow &row, int column) const
{
    const bool curated = row.isCurated();
    switch (column) {
    case Port:
        return portText(row);
    case Transport:
        return curated && row.spans.isEmpty() ? tr("IP") : transportMaskLabel(row.transports);
    // Registry and own-entry text is untrusted: shown with its controls made visible.
    case Name:
        return visibleText(curated ? m_catalog->protocols().at(row.index).abbreviation
                                   : m_catalog->registry().at(row.index).service);
    case Description:
        return visibleText(curated ? m_catalog->protocols().at(row.index).name
                                   : m_catalog->registry().at(row.index).description);
    case Security:
        return securityLabel(int(row.security));
    case RangeClass:
        return row.firstPort < 0 ? QString() : rangeClassShortLabel(int(row.rangeClass));
    case Exams: {
        QStringList ids;
        for (const QString &e : row.exams)
            ids << e.toUpper();
        return ids.join(QStringLiteral(", "));
    }
    case Category:
        return categoryTitle(row.category);
    case HowCommon:
        return formatHowCommon(row.howCommon);
    }
    return {};
}

QVariant PortTableModel::data(const QModelIndex &index, int role) const
{
    if (!m_catalog || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const CatalogRow &row = catalogRow(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayText(row, index.column());
    case Qt::ToolTipRole:
        // Escaped and wrapped: registry text is untrusted and must never render as markup.
        if (index.column() == Description || index.column() == Name)
            return QStringLiteral("<p>%1</p>")
                .arg(displayText(row, index.column()).toHtmlEscaped());
        if (index.column() == RangeClass && row.firstPort >= 0)
            return rangeClassLabel(int(row.rangeClass));
        if (index.column() == HowCommon && row.howCommon >= 0)
            return tr("nmap finds this port open in %1 of its scans")
                .arg(formatHowCommon(row.howCommon));
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == Port || index.column() == HowCommon)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case SecurityRole:
        return int(row.security);
    case OriginRole:
        return int(row.origin);
    case KeyRole:
        return row.isCurated() ? m_catalog->protocols().at(row.index).key
                               : QStringLiteral("registry:%1").arg(row.index);
    case SortPortRole:
        return row.firstPort >= 0 ? row.firstPort : 70000;
    case CatalogRowRole:
        return catalogRowAt(index.row());
    case HowCommonRole:
        return row.howCommon >= 0 ? QVariant(row.howCommon) : QVariant();
    }
    return {};
}

QVariant PortTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && section == HowCommon)
        return tr("How often nmap finds the port open when it scans hosts (nmap-services)");
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Port:
        return tr("Port");
    case Transport:
        return tr("Transport");
    case Name:
        return tr("Name");
    case Description:
        return tr("Description");
    case Security:
        return tr("Security");
    case RangeClass:
        return tr("Range");
    case Exams:
        return tr("Exams");
    case Category:
        return tr("Category");
    case HowCommon:
        return tr("How common");
    }
    return {};
}

} // namespace portolan
