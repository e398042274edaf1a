#pragma once

#include <QAbstractTableModel>

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
        HowCommon,
        ColumnCount
    };
    Q_ENUM(Column)

    explicit PortTableModel(QObject *parent = nullptr);

    void setCatalog(const Catalog *catalog);
    const Catalog *catalog() const { return m_catalog; }
    const CatalogRow &catalogRow(int row) const;

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
};

} // namespace portolan
