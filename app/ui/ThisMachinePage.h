#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;
class QTableView;
class QTimer;

namespace portolan {

class Catalog;
class LocalPortsModel;

// "This machine": what listens here (and with Show connections, what is connected), read from
// procfs every few seconds while the page is shown and against the atlas, the riskiest first.
// A row opens its entry in Browse (or, for a port no entry names, the range map there); the
// page also offers Open Scan… for a scan of another machine.
class ThisMachinePage : public QWidget
{
    Q_OBJECT

public:
    static constexpr int kRefreshMs = 5000;

    ThisMachinePage(const Catalog &catalog, QWidget *parent = nullptr);
    ~ThisMachinePage() override;

    // Tests read fixture tables instead of this machine's procfs.
    void setProcRoot(const QString &root);
    void refresh();

    LocalPortsModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QString summaryText() const;
    // True while the page is shown (the timer reads procfs every kRefreshMs).
    bool autoRefreshing() const;

signals:
    void catalogRowActivated(int catalogRow);
    void portActivated(int port); // no entry: show the port on the range map
    void openScanRequested();

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void activate(const QModelIndex &index);

    const Catalog &m_catalog;
    QString m_procRoot;
    LocalPortsModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_updated = nullptr;
    QCheckBox *m_connections = nullptr;
    QTimer *m_timer = nullptr;
};

} // namespace portolan
