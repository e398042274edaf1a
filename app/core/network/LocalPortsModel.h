#pragma once

#include "network/LocalPorts.h"

#include <QAbstractTableModel>

namespace portolan {

// This machine's ports as a table for the This machine page, in LocalPorts' risk order. The
// rows are replaced on every refresh; views keep their selection by rowId().
// Roles (models/Roles.h): SecurityRole on the Security column, CatalogRowRole on every cell
// (-1 for a port without an entry), SortPortRole the port.
class LocalPortsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Port,
        Address,
        Exposure,
        Process,
        Entry,
        Security,
        ColumnCount
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setPorts(QList<LocalPort> ports);
    const QList<LocalPort> &ports() const { return m_ports; }
    // "tcp|0.0.0.0|22|listen": the same socket across refreshes.
    static QString rowId(const LocalPort &port);
    int rowOf(const QString &id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<LocalPort> m_ports;
};

} // namespace portolan
