#include "ThisMachinePage.h"

#include "Theme.h"
#include "catalog/Catalog.h"
#include "models/Roles.h"
#include "network/LocalPortsModel.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTime>
#include <QTimer>
#include <QVBoxLayout>

namespace portolan {

namespace {

// The security cell as symbol + word in its colour (never colour alone), as in Browse.
class SecurityDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (index.column() != LocalPortsModel::Security)
            return;
        const auto s = static_cast<Security>(index.data(SecurityRole).toInt());
        if (s == Security::Unclassified)
            return;
        option->text = theme::securitySymbol(s) + QLatin1Char(' ') + option->text;
        if (!(option->state & QStyle::State_Selected))
            option->palette.setColor(QPalette::Text, theme::securityColor(s, option->palette));
    }
};

} // namespace

ThisMachinePage::ThisMachinePage(const Catalog &catalog, QWidget *parent)
    : QWidget(parent), m_catalog(catalog), m_procRoot(QStringLiteral("/proc"))
{
    m_model = new LocalPortsModel(this);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("thisMachineSummary"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    m_updated = new QLabel(this);
    m_updated->setTextFormat(Qt::PlainText);
    m_updated->setForegroundRole(QPalette::PlaceholderText);

    auto *refresh = new QPushButton(tr("&Refresh"), this);
    refresh->setObjectName(QStringLiteral("refreshLocal"));
    connect(refresh, &QPushButton::clicked, this, &ThisMachinePage::refresh);
    m_connections = new QCheckBox(tr("Show &connections"), this);
    m_connections->setToolTip(tr("Also list established connections, not only the ports that "
                                 "wait for them."));
    connect(m_connections, &QCheckBox::toggled, this, &ThisMachinePage::refresh);
    auto *openScan = new QPushButton(tr("&Open Scan…"), this);
    openScan->setObjectName(QStringLiteral("openScan"));
    openScan->setToolTip(tr("Explain nmap output (-oX, -oG, -oN) or a listing of ss or netstat. "
                            "You can also drop the file on the window."));
    connect(openScan, &QPushButton::clicked, this, &ThisMachinePage::openScanRequested);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("localPorts"));
    m_table->setModel(m_model);
    m_table->setItemDelegate(new SecurityDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(LocalPortsModel::Entry, QHeaderView::Stretch);
    m_table->setToolTip(tr("Double-click or press Enter to open the entry in Browse."));
    connect(m_table, &QTableView::activated, this, &ThisMachinePage::activate);

    auto *top = new QHBoxLayout;
    top->addWidget(refresh);
    top->addWidget(m_connections);
    top->addStretch(1);
    top->addWidget(m_updated);
    top->addWidget(openScan);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);

    m_timer = new QTimer(this);
    m_timer->setInterval(kRefreshMs);
    connect(m_timer, &QTimer::timeout, this, &ThisMachinePage::refresh);
}

ThisMachinePage::~ThisMachinePage() = default;

void ThisMachinePage::setProcRoot(const QString &root)
{
    m_procRoot = root;
    refresh();
}

void ThisMachinePage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();
    m_timer->start();
}

void ThisMachinePage::hideEvent(QHideEvent *event)
{
    // Nobody looks: no reading /proc in the background.
    m_timer->stop();
    QWidget::hideEvent(event);
}

void ThisMachinePage::refresh()
{
    LocalSocketReader reader(m_procRoot);
    const QList<LocalSocket> sockets = reader.read(m_connections->isChecked());
    // The selection follows its socket, wherever the new risk order puts it.
    const QModelIndex current = m_table->currentIndex();
    const QString selected =
        current.isValid() ? LocalPortsModel::rowId(m_model->ports().at(current.row())) : QString();
    m_model->setPorts(explainLocalSockets(m_catalog, sockets));
    if (const int row = m_model->rowOf(selected); row >= 0)
        m_table->setCurrentIndex(m_model->index(row, current.column()));

    if (!reader.available()) {
        m_summary->setText(tr("This machine's sockets cannot be read here: Portolan reads them "
                              "from /proc, which only Linux has."));
    } else {
        int open = 0, exposed = 0, cleartext = 0;
        for (const LocalPort &p : m_model->ports()) {
            if (!p.socket.listening)
                continue;
            ++open;
            if (p.socket.local.exposure != Exposure::Loopback) {
                ++exposed;
                cleartext += p.match.cleartextOrDepends() ? 1 : 0;
            }
        }
        m_summary->setText(tr("This machine: %1, %2, %3")
                               .arg(tr("%n port(s) open", nullptr, open),
                                    tr("%n reachable from other machines", nullptr, exposed),
                                    tr("%n of them cleartext or depending on configuration.",
                                       nullptr, cleartext)));
    }
    m_updated->setText(tr("Updated %1, every %2 s while shown")
                           .arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat))
                           .arg(kRefreshMs / 1000));
}

QString ThisMachinePage::summaryText() const
{
    return m_summary->text();
}

bool ThisMachinePage::autoRefreshing() const
{
    return m_timer->isActive();
}

void ThisMachinePage::activate(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    const int row = index.data(CatalogRowRole).toInt();
    if (row >= 0)
        emit catalogRowActivated(row);
    else
        emit portActivated(index.data(SortPortRole).toInt());
}

} // namespace portolan
