#pragma once

#include <QAbstractTableModel>
#include <QList>

namespace portolan {

class Catalog;
struct CatalogRow;

// Read-only table over the in-memory catalog: one row per curated protocol or registry record.
// The catalog must outlive the model; setCatalog() resets it.
class PortTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    // HowCommon: nmap's open frequency of the row's most common port, empty when unknown.
    enum Column
    {
        Port,
        Transport,
        Name,
        Description,
        Security,
        RangeClass,
        Exams,
        Category,
        HowCommon,
        ColumnCount
    };
    Q_ENUM(Column)

    explicit PortTableModel(QObject *parent = nullptr);

    void setCatalog(const Catalog *catalog);
    const Catalog *catalog() const { return m_catalog; }
    // The catalog row shown in model row `row`.
    const CatalogRow &catalogRow(int row) const;

    // The model's rows may be presented in another order than the catalog's: order lists the
    // catalog rows in the order wanted (empty: the catalog's). A sorting proxy above it puts
    // the rows in the order of the column it sorts by, so that sorting the rows a search shows
    // meets them already in order instead of shuffled (a keystroke then sorts in a fraction of
    // the time). Views and proxies are told by a layout change.
    void setRowOrder(QList<int> order);
    int catalogRowAt(int modelRow) const
    {
        return m_order.isEmpty() ? modelRow : m_order.at(modelRow);
    }
    int modelRowOf(int catalogRow) const
    {
        return m_position.isEmpty() ? catalogRow : m_position.at(catalogRow);
    }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Display texts, shared with exports and the command line.
    static QString securityLabel(int security);
    static QString rangeClassLabel(int rangeClass);      // "System (well-known)"
    static QString rangeClassShortLabel(int rangeClass); // "System"

private:
    QString portText(const CatalogRow &row) const;
    QString displayText(const CatalogRow &row, int column) const;

    const Catalog *m_catalog = nullptr;
    QList<int> m_order;    // model row -> catalog row; empty: the same
    QList<int> m_position; // catalog row -> model row; empty: the same
};

} // namespace portolan
