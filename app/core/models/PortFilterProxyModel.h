#pragma once

#include "search/SearchQuery.h"

#include <QHash>
#include <QSortFilterProxyModel>
#include <optional>

namespace portolan {

class PortTableModel;

// Filters and orders the port table: the parsed search plus the browser's typed filters
// (security, transport, range class, exam, category, study set only). Sorting by the Port column
// puts the best search hits first, then orders by port; How common sorts by number; other columns
// sort by their text. Every order compares integers precomputed once per catalog (a position
// in that column's order), never strings, so a keystroke costs the same in every sort order.
// Each setter returns early when nothing changed, so one user action costs one re-filter.
class PortFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit PortFilterProxyModel(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *source) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    void setSearchText(const QString &text);
    QString searchText() const { return m_searchText; }
    const SearchQuery &query() const { return m_query; }
    void setSecurityFilter(std::optional<Security> security);
    void setTransportFilter(std::optional<Transport> transport);
    void setRangeClassFilter(std::optional<RangeClass> rangeClass);
    void setExamFilter(const QString &examId);         // empty: any
    void setCategoryFilter(const QString &categoryId); // empty: any
    void setStudySetOnly(bool on);

    // Source row → catalog row number, for views that need the row behind an index.
    int catalogRow(const QModelIndex &proxyIndex) const;

signals:
    void warningsChanged(const QStringList &warnings);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    void refilter();
    bool accepts(const CatalogRow &row) const;
    // Decides every catalog row for the present search and filters, and ranks the accepted.
    void decideAll() const;
    // The catalog rows in the order of the column's text (ties in catalog order); built on the
    // first sort by that column, forgotten when the catalog changes.
    const QList<int> &textOrder(int column) const;
    // A model row's place in the column's text order, for sorting by a column the source does
    // not present its rows in.
    int placeInTextOrder(int column, int modelRow) const;
    void forgetTextOrders();

    PortTableModel *m_table = nullptr;
    QString m_searchText;
    SearchQuery m_query;
    std::optional<Security> m_security;
    std::optional<Transport> m_transport;
    std::optional<RangeClass> m_rangeClass;
    QString m_exam;
    QString m_category;
    bool m_studySetOnly = false;
    mutable QList<qint8> m_accepted; // per catalog row: 1 when shown
    mutable QList<qint8> m_rank;     // per catalog row, of the accepted ones
    mutable bool m_decided = false;
    mutable QHash<int, QList<int>> m_textOrder; // by column
    mutable QList<int> m_place;                 // placeInTextOrder's table, of m_placeColumn
    mutable int m_placeColumn = -1;
    int m_orderedColumn = -1; // the column whose text order the source presents its rows in
};

} // namespace portolan
