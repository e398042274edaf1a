#pragma once

#include <QHash>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QSplitter;
class QTableWidget;
class QTimer;

namespace portolan {

class Catalog;
class PortFilterProxyModel;
class PortsInActionView;
class RangeMapWidget;

// The "Range map" page: the map with its controls, a legend, a plain-text table of the
// ranges (the map's text alternative) and "ports in action" for the selected row. It knows
// the catalog and, optionally, the browser's filter (to dim what the search hides).
class RangeMapPage : public QWidget
{
    Q_OBJECT

public:
    explicit RangeMapPage(const Catalog &catalog, QWidget *parent = nullptr);

    RangeMapWidget *map() const { return m_map; }
    PortsInActionView *portsInAction() const { return m_action; }
    QTableWidget *rangesTable() const { return m_ranges; }

    // The map dims what this filter hides (while "dim" is checked). The proxy must outlive
    // the page.
    void setFilter(const PortFilterProxyModel *proxy);
    // Follows the browser's selection: highlights the row and shows its exchange.
    void setCurrentCatalogRow(int catalogRow);
    // Predicted recall per catalog row for the mastery bars (the window reads the progress).
    void setRecall(const QHash<int, double> &recall);
    QCheckBox *recallBox() const { return m_recall; }

signals:
    // The user picked a row on the map.
    void catalogRowActivated(int catalogRow);
    // "Show recall" was toggled: the window supplies the figures (or clears them).
    void recallRequested(bool shown);

protected:
    void showEvent(QShowEvent *event) override;

private:
    QWidget *buildToolbar();
    QWidget *buildLegend();
    QTableWidget *buildRangesTable();
    void refreshAccepted();

    const Catalog &m_catalog;
    const PortFilterProxyModel *m_proxy = nullptr;
    RangeMapWidget *m_map = nullptr;
    PortsInActionView *m_action = nullptr;
    QTableWidget *m_ranges = nullptr;
    QLabel *m_readout = nullptr;
    QComboBox *m_scale = nullptr;
    QCheckBox *m_dim = nullptr;
    QCheckBox *m_recall = nullptr;
    QTimer *m_refilter = nullptr;
    QSplitter *m_splitter = nullptr;
    QWidget *m_top = nullptr;
    bool m_splitterPlaced = false;
};

} // namespace portolan
