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
    forgetTextOrders();
    // A new catalog: the orders of its texts are built again when sorted by, and every row
    // decided again (before the proxy re-filters on the reset).
    connect(source, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        m_decided = false;
        forgetTextOrders();
    });
    connect(source, &QAbstractItemModel::modelReset, this, [this] { forgetTextOrders(); });
}

void PortFilterProxyModel::sort(int column, Qt::SortOrder order)
{
    // The source presents its rows in the order of a text column sorted by (see
    // PortTableModel::setRowOrder); the port and "how common" orders compare catalog rows and
    // numbers and do best on the catalog's own order, which is by port.
    if (m_table) {
        const bool byText =
            column >= 0 && column != PortTableModel::Port && column != PortTableModel::HowCommon;
        m_orderedColumn = -1;
        m_table->setRowOrder(byText ? textOrder(column) : QList<int>());
        m_orderedColumn = byText ? column : -1;
    }
    QSortFilterProxyModel::sort(column, order);
}

void PortFilterProxyModel::forgetTextOrders()
{
    m_textOrder.clear();
    m_place.clear();
    m_placeColumn = -1;
    m_orderedColumn = -1;
}

const QList<int> &PortFilterProxyModel::textOrder(int column) const
{
    auto it = m_textOrder.find(column);
    if (it != m_textOrder.end() && it->size() == m_table->rowCount())
        return *it;
    const int rows = m_table->rowCount();
    QStringList texts(rows);
    for (int row = 0; row < rows; ++row)
        texts[m_table->catalogRowAt(row)] =
            m_table->data(m_table->index(row, column), sortRole()).toString();
    QList<int> byText(rows);
    std::iota(byText.begin(), byText.end(), 0);
    const Qt::CaseSensitivity cs = sortCaseSensitivity();
    std::stable_sort(byText.begin(), byText.end(), [&](int a, int b) {
        return QString::compare(texts.at(a), texts.at(b), cs) < 0;
    });
    return *m_textOrder.insert(column, std::move(byText));
}

int PortFilterProxyModel::placeInTextOrder(int column, int modelRow) const
{
    if (m_placeColumn != column || m_place.size() != m_table->rowCount()) {
        const QList<int> &byText = textOrder(column);
        m_place = QList<int>(byText.size());
        for (int i = 0; i < byText.size(); ++i)
            m_place[byText.at(i)] = i;
        m_placeColumn = column;
    }
    return m_place.at(m_table->catalogRowAt(modelRow));
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

void PortFilterProxyModel::setCategoryFilter(const QString &categoryId)
{
    if (categoryId == m_category)
        return;
    m_category = categoryId;
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
    m_decided = false;
    // Qt 6.4 has no beginFilterChange(); invalidate() re-filters and re-sorts in one pass.
    invalidate();
}

int PortFilterProxyModel::catalogRow(const QModelIndex &proxyIndex) const
{
    const QModelIndex source = mapToSource(proxyIndex);
    return source.isValid() && m_table ? m_table->catalogRowAt(source.row()) : -1;
}

bool PortFilterProxyModel::accepts(const CatalogRow &row) const
{
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
    if (!m_category.isEmpty() && row.category != m_category)
        return false;
    return m_query.matches(row);
}

void PortFilterProxyModel::decideAll() const
{
    // In catalog order, whatever order the source presents: the rows' data is read front to
    // back, which costs half of reading it shuffled.
    const QList<CatalogRow> &rows = m_table->catalog()->rows();
    m_accepted.fill(0, rows.size());
    m_rank.fill(0, rows.size());
    for (qsizetype c = 0; c < rows.size(); ++c) {
        if (!accepts(rows.at(c)))
            continue;
        m_accepted[c] = 1;
        m_rank[c] = qint8(m_query.ranks() ? m_query.rank(rows.at(c)) : 0);
    }
    m_decided = true;
}

bool PortFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    if (!m_table || !m_table->catalog())
        return false;
    if (!m_decided || m_accepted.size() != m_table->rowCount())
        decideAll();
    return m_accepted.at(m_table->catalogRowAt(sourceRow)) != 0;
}

bool PortFilterProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (!m_table)
        return QSortFilterProxyModel::lessThan(left, right);
    const int l = m_table->catalogRowAt(left.row());
    const int r = m_table->catalogRowAt(right.row());
    if (left.column() == PortTableModel::HowCommon) {
        // By number, unknown lowest. Equal frequencies keep port order in both directions
        // (a descending sort reverses this comparison, so ties are reversed here too).
        const double hl = m_table->catalogRow(left.row()).howCommon;
        const double hr = m_table->catalogRow(right.row()).howCommon;
        if (hl != hr)
            return hl < hr;
        return sortOrder() == Qt::AscendingOrder ? l < r : l > r;
    }
    if (left.column() != PortTableModel::Port) {
        // Rows presented in this column's text order compare by row number, and arrive
        // sorted: some 180,000 comparisons per keystroke that all go the same way.
        if (left.column() == m_orderedColumn)
            return left.row() < right.row();
        return placeInTextOrder(left.column(), left.row()) <
               placeInTextOrder(left.column(), right.row());
    }
    // Catalog rows are in port order (curated first), so rank then catalog row is the whole
    // comparison: no data() calls, no strings.
    const qint8 rl = l < m_rank.size() ? m_rank.at(l) : 0;
    const qint8 rr = r < m_rank.size() ? m_rank.at(r) : 0;
    if (rl != rr)
        return rl < rr;
    return l < r;
}

} // namespace portolan
