#include "network/LocalPortsModel.h"

#include "domain/SafeText.h"
#include "models/PortTableModel.h"
#include "models/Roles.h"

namespace portolan {

void LocalPortsModel::setPorts(QList<LocalPort> ports)
{
    beginResetModel();
    m_ports = std::move(ports);
    endResetModel();
}

QString LocalPortsModel::rowId(const LocalPort &port)
{
    const LocalSocket &s = port.socket;
    return QStringLiteral("%1|%2|%3|%4")
        .arg(transportName(s.transport), s.local.text(), s.remote.text(), s.state);
}

int LocalPortsModel::rowOf(const QString &id) const
{
    for (int i = 0; i < m_ports.size(); ++i)
        if (rowId(m_ports.at(i)) == id)
            return i;
    return -1;
}

int LocalPortsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ports.size());
}

int LocalPortsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LocalPortsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const LocalPort &p = m_ports.at(index.row());
    const LocalSocket &s = p.socket;
    if (role == CatalogRowRole)
        return p.match.row;
    if (role == SortPortRole)
        return s.local.port;
    if (role == SecurityRole && index.column() == Security)
        return int(p.match.security);
    if (role == Qt::ToolTipRole && index.column() == Entry && !p.match.securityReason.isEmpty())
        return visibleText(p.match.securityReason);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Port:
        return QStringLiteral("%1/%2").arg(s.local.port).arg(transportName(s.transport));
    case Address:
        return s.listening ? s.local.text()
                           : QStringLiteral("%1 → %2").arg(s.local.text(), s.remote.text());
    case Exposure:
        return QStringLiteral("%1, %2").arg(exposureText(s.local.exposure),
                                            familyText(s.local.family));
    case Process:
        return s.pid >= 0 ? QStringLiteral("%1 (%2)").arg(visibleText(s.process)).arg(s.pid)
                          : QString();
    case Entry: {
        const AtlasMatch &m = p.match;
        QString text =
            visibleText(m.kind != AtlasMatch::Kind::StudySet ? m.summary()
                        : m.name == m.label                  ? m.label
                                            : QStringLiteral("%1 · %2").arg(m.label, m.name));
        if (!p.match.counterparts.isEmpty())
            text += QStringLiteral(" → ") + p.match.counterparts.join(QStringLiteral(", "));
        return text;
    }
    case Security:
        return p.match.kind == AtlasMatch::Kind::StudySet
                   ? PortTableModel::securityLabel(int(p.match.security))
                   : QString();
    default:
        return {};
    }
}

QVariant LocalPortsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Port:
        return tr("Port");
    case Address:
        return tr("Address");
    case Exposure:
        return tr("Reachable from");
    case Process:
        return tr("Process");
    case Entry:
        return tr("Atlas entry");
    case Security:
        return tr("Security");
    default:
        return {};
    }
}

} // namespace portolan
