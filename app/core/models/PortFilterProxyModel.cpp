#include "models/PortFilterProxyModel.h"

#include "catalog/Catalog.h"
#include "models/PortTableModel.h"
#include "models/Roles.h"

#include <algorithm>
#include <numeric>

namespace portolan {

PortFilterProxyModel::PortFilterProxyModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(Qt::DisplayRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void PortFilterProxyModel::setSourceModel(QAbstractItemModel *source)
{
    m_table = qobject_cast<PortTableModel *>(source);
    Q_ASSERT_X(m_table, "PortFilterProxyModel", "the source must be a PortTableModel");
    QSortFilterProxyModel::setSourceModel(source);
    m_textOrder.clear();
    connect(source, &QAbstractItemModel::modelReset, this, [this] { m_textOrder.clear(); });
    connect(source, &QAbstractItemModel::layoutChanged, this, [this] { m_textOrder.clear(); });
}

void PortFilterProxyModel::sort(int column, Qt::SortOrder order)
{
    if (column >= 0 && column != PortTableModel::Port && column != PortTableModel::HowCommon)
        textOrder(column); // built now, not on the first keystroke after
    QSortFilterProxyModel::sort(column, order);
}

const QList<int> &PortFilterProxyModel::textOrder(int column) const
{
    auto it = m_textOrder.find(column);
    if (it != m_textOrder.end() && it->size() == m_table->rowCount())
        return *it;
    const int rows = m_table->rowCount();
    QStringList texts;
    texts.reserve(rows);
    for (int row = 0; row < rows; ++row)
        texts.append(m_table->data(m_table->index(row, column), sortRole()).toString());
    QList<int> byText(rows);
    std::iota(byText.begin(), byText.end(), 0);
    const Qt::CaseSensitivity cs = sortCaseSensitivity();
    std::stable_sort(byText.begin(), byText.end(), [&](int a, int b) {
        return QString::compare(texts.at(a), texts.at(b), cs) < 0;
    });
    QList<int> place(rows);
    for (int i = 0; i < rows; ++i)
        place[byText.at(i)] = i;
    return *m_textOrder.insert(column, std::move(place));
}

void PortFilterProxyModel::setSearchText(const QString &text)
{
    if (text == m_searchText)
        return;
    m_searchText = text;
    const QStringList oldWarnings = m_query.warnings();
    m_query = SearchQuery::parse(text);
    if (m_query.warnings() != oldWarnings)
        emit warningsChanged(m_query.warnings());
    refilter();
}

void PortFilterProxyModel::setSecurityFilter(std::optional<Security> security)
{
    if (security == m_security)
        return;
    m_security = security;
    refilter();
}

void PortFilterProxyModel::setTransportFilter(std::optional<Transport> transport)
{
    if (transport == m_transport)
        return;
    m_transport = transport;
    refilter();
}

void PortFilterProxyModel::setRangeClassFilter(std::optional<RangeClass> rangeClass)
{
    if (rangeClass == m_rangeClass)
        return;
    m_rangeClass = rangeClass;
    refilter();
}

void PortFilterProxyModel::setExamFilter(const QString &examId)
{
    if (examId == m_exam)
        return;
    m_exam = examId;
    refilter();
}

void PortFilterProxyModel::setStudySetOnly(bool on)
{
    if (on == m_studySetOnly)
        return;
    m_studySetOnly = on;
    refilter();
}

void PortFilterProxyModel::refilter()
{
    // Qt 6.4 has no beginFilterChange(); invalidate() re-filters and re-sorts in one pass.
    invalidate();
}

int PortFilterProxyModel::catalogRow(const QModelIndex &proxyIndex) const
{
    const QModelIndex source = mapToSource(proxyIndex);
    return source.isValid() ? source.row() : -1;
}

bool PortFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    if (!m_table || !m_table->catalog())
        return false;
    const CatalogRow &row = m_table->catalogRow(sourceRow);
    if (m_studySetOnly && !row.isCurated())
        return false;
    if (m_security && row.security != *m_security)
        return false;
    if (m_transport && !(row.transports & maskOf(*m_transport)))
        return false;
    if (m_rangeClass && (row.firstPort < 0 || row.rangeClass != *m_rangeClass))
        return false;
    if (!m_exam.isEmpty() && !row.exams.contains(m_exam))
        return false;
    if (!m_query.matches(row))
        return false;
    if (m_rank.size() != m_table->rowCount())
        m_rank.resize(m_table->rowCount());
    m_rank[sourceRow] = qint8(m_query.ranks() ? m_query.rank(row) : 0);
    return true;
}

bool PortFilterProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (left.column() == PortTableModel::HowCommon && m_table) {
        // By number, unknown lowest. Equal frequencies keep port order in both directions
        // (a descending sort reverses this comparison, so ties are reversed here too).
        const double l = m_table->catalogRow(left.row()).howCommon;
        const double r = m_table->catalogRow(right.row()).howCommon;
        if (l != r)
            return l < r;
        return sortOrder() == Qt::AscendingOrder ? left.row() < right.row()
                                                 : left.row() > right.row();
    }
    if (!m_table)
        return QSortFilterProxyModel::lessThan(left, right);
    if (left.column() != PortTableModel::Port) {
        const QList<int> &place = textOrder(left.column());
        return place.at(left.row()) < place.at(right.row());
    }
    // Source rows are already in port order (curated first), so rank then row number is the
    // whole comparison: no data() calls, no strings.
    const int l = left.row();
    const int r = right.row();
    const qint8 rl = l < m_rank.size() ? m_rank.at(l) : 0;
    const qint8 rr = r < m_rank.size() ? m_rank.at(r) : 0;
    if (rl != rr)
        return rl < rr;
    return l < r;
}

} // namespace portolan
