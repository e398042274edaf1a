#include "RangeMapPage.h"

#include "FlowLayout.h"
#include "PortsInActionView.h"
#include "RangeMapWidget.h"
#include "Theme.h"
#include "catalog/Catalog.h"
#include "models/PortFilterProxyModel.h"
#include "models/PortTableModel.h"
#include "settings/Preferences.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>
#include <algorithm>

namespace portolan {

RangeMapPage::RangeMapPage(const Catalog &catalog, QWidget *parent)
    : QWidget(parent), m_catalog(catalog)
{
    m_map = new RangeMapWidget(catalog, this);
    m_action = new PortsInActionView(catalog, this);
    m_action->setOs(Preferences::load().portsInActionOs);
    m_ranges = buildRangesTable();

    m_readout = new QLabel(this);
    m_readout->setObjectName(QStringLiteral("mapReadout"));
    m_readout->setTextFormat(Qt::PlainText);
    m_readout->setWordWrap(true); // the hint is long in German; wrapped, never cut
    m_readout->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    const QString hint = tr("Wheel or +/− zoom · drag or ←/→ pan · Ctrl+←/→ moves between "
                            "study-set ports · click or Enter selects in the table");
    m_readout->setText(hint);

    auto *bottom = new QTabWidget(this);
    bottom->setObjectName(QStringLiteral("mapBottomTabs"));
    bottom->addTab(m_action, tr("Ports in action"));
    bottom->addTab(m_ranges, tr("Ranges as text"));

    // The map and its controls above, the diagram and the table below, with a splitter between:
    // a taller window first enlarges the map (up to its largest markers), then the diagram.
    m_top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(m_top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(buildToolbar());
    topLayout->addWidget(m_map, 1);
    topLayout->addWidget(buildLegend());
    topLayout->addWidget(m_readout);
    // Once the map has its largest markers, further height stays under the readout here
    // rather than spreading the controls apart.
    topLayout->addStretch(0);

    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setObjectName(QStringLiteral("mapSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_top);
    m_splitter->addWidget(bottom);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_splitter);

    m_refilter = new QTimer(this);
    m_refilter->setSingleShot(true);
    m_refilter->setInterval(0);
    connect(m_refilter, &QTimer::timeout, this, &RangeMapPage::refreshAccepted);

    connect(m_map, &RangeMapWidget::catalogRowActivated, this, [this](int row) {
        m_action->setCatalogRow(row);
        emit catalogRowActivated(row);
    });
    connect(m_map, &RangeMapWidget::hoveredPortsChanged, this,
            [this, hint](int first, int, const QString &text) {
                // One line: the ports and the first entries; the tooltip has the rest.
                m_readout->setText(first < 0
                                       ? hint
                                       : text.section(QLatin1Char('\n'), 0, 2)
                                             .replace(QLatin1Char('\n'), QStringLiteral("  ·  ")));
            });
}

void RangeMapPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_splitterPlaced)
        return;
    // The first time: the map gets its preferred height (a row for every client port range),
    // the diagram the rest; afterwards the user's splitter position stands.
    m_splitterPlaced = true;
    const int total = m_splitter->height();
    const int top = std::min(m_top->sizeHint().height(),
                             total - m_splitter->widget(1)->minimumSizeHint().height());
    if (top > 0 && total > top)
        m_splitter->setSizes({top, total - top});
}

void RangeMapPage::setRecall(const QHash<int, double> &recall)
{
    m_map->setRecall(recall);
}

QWidget *RangeMapPage::buildToolbar()
{
    auto *bar = new QWidget(this);
    // Wraps onto a second line rather than making the window wider than a laptop's screen.
    auto *row = new FlowLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    m_scale = new QComboBox(bar);
    m_scale->setObjectName(QStringLiteral("scaleBox"));
    m_scale->addItem(tr("Piecewise: System enlarged"), int(RangeMapGeometry::Scale::Piecewise));
    m_scale->addItem(tr("Linear: true proportions"), int(RangeMapGeometry::Scale::Linear));
    m_scale->addItem(tr("Logarithmic"), int(RangeMapGeometry::Scale::Log));
    auto *label = new QLabel(tr("Sca&le:"), bar);
    label->setBuddy(m_scale);
    row->addPair(label, m_scale);
    connect(m_scale, &QComboBox::currentIndexChanged, this, [this] {
        m_map->setScale(static_cast<RangeMapGeometry::Scale>(m_scale->currentData().toInt()));
    });

    const auto button = [&](const QString &text, const QString &name, const QString &tip,
                            auto slot) {
        auto *b = new QToolButton(bar);
        b->setText(text);
        b->setObjectName(name);
        b->setToolTip(tip);
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);
        connect(b, &QToolButton::clicked, m_map, slot);
        row->addWidget(b);
        return b;
    };
    button(tr("Zoom in"), QStringLiteral("zoomIn"), tr("Zoom in (+ or the wheel)"),
           &RangeMapWidget::zoomIn);
    button(tr("Zoom out"), QStringLiteral("zoomOut"), tr("Zoom out (−)"), &RangeMapWidget::zoomOut);
    button(tr("Whole range"), QStringLiteral("wholeRange"), tr("Show 0–65535 (0)"),
           &RangeMapWidget::showWholeRange);
    button(tr("Zoom to selection"), QStringLiteral("zoomToSelection"),
           tr("Zoom to the selected entry and its neighbours (Z)"),
           &RangeMapWidget::zoomToSelection);
    button(tr("System &ports"), QStringLiteral("zoomSystem"),
           tr("Zoom to the System (well-known) ports 0–1023"),
           [this] { m_map->zoomToPorts(0, kLastSystemPort, 0.01); });

    m_recall = new QCheckBox(tr("Show &recall"), bar);
    m_recall->setObjectName(QStringLiteral("showRecall"));
    m_recall->setToolTip(tr("A bar under each studied entry: its length and colour are the "
                            "predicted recall now (red forgotten, green known)."));
    connect(m_recall, &QCheckBox::toggled, this, &RangeMapPage::recallRequested);
    row->addWidget(m_recall);

    m_dim = new QCheckBox(tr("&Dim what the search hides"), bar);
    m_dim->setObjectName(QStringLiteral("dimFiltered"));
    m_dim->setChecked(true);
    connect(m_dim, &QCheckBox::toggled, this, &RangeMapPage::refreshAccepted);
    row->addWidget(m_dim);
    return bar;
}

QWidget *RangeMapPage::buildLegend()
{
    auto *bar = new QWidget(this);
    auto *column = new QVBoxLayout(bar);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(2);
    QStringList parts;
    for (Security s : {Security::Secure, Security::Insecure, Security::Depends}) {
        parts << QStringLiteral("<span style='color:%1'>%2</span> %3")
                     .arg(theme::securityColor(s, palette()).name(), theme::securitySymbol(s),
                          PortTableModel::securityLabel(int(s)).toHtmlEscaped());
    }
    auto *legend = new QLabel(bar);
    legend->setObjectName(QStringLiteral("mapLegend"));
    legend->setTextFormat(Qt::RichText);
    legend->setText(tr("Study-set ports: %1 &nbsp;·&nbsp; Strip: share of ports with an IANA "
                       "assignment (darker = more)")
                        .arg(parts.join(QStringLiteral(" &nbsp; "))));
    legend->setWordWrap(true);
    column->addWidget(legend);

    auto *row = new FlowLayout;
    row->setContentsMargins(0, 0, 0, 0);
    column->addLayout(row);
    row->addWidget(new QLabel(tr("Client port ranges:"), bar));
    for (const EphemeralRange &r : ephemeralRanges()) {
        if (r.id == QLatin1String("iana"))
            continue; // the Dynamic band already shows IANA's recommendation
        auto *box = new QCheckBox(r.shortName, bar);
        box->setObjectName(QStringLiteral("overlay-") + r.id);
        box->setToolTip(tr("%1: %2 (%3)").arg(r.name, r.rangeText(), r.setting));
        const QString id = r.id;
        connect(box, &QCheckBox::toggled, m_map,
                [this, id](bool on) { m_map->setOverlayVisible(id, on); });
        row->addWidget(box);
    }
    return bar;
}

QTableWidget *RangeMapPage::buildRangesTable()
{
    struct Line
    {
        QString name;
        int first;
        int last;
        QString note;
    };
    QList<Line> lines;
    const QString notes[] = {
        tr("Well-known services; on Unix-like systems only privileged processes may listen "
           "here."),
        tr("Registered with IANA for specific services; any program may listen here."),
        tr("Never assigned by IANA: for ephemeral (client) ports and private use.")};
    for (RangeClass c : {RangeClass::System, RangeClass::User, RangeClass::Dynamic}) {
        lines.append({PortTableModel::rangeClassLabel(int(c)), rangeClassFirstPort(c),
                      rangeClassLastPort(c), notes[int(c)]});
    }
    for (const EphemeralRange &r : ephemeralRanges()) {
        if (r.id != QLatin1String("iana"))
            lines.append({tr("%1 ephemeral ports").arg(r.name), r.first, r.last, r.setting});
    }

    const QStringList headers = {
        tr("Range"), tr("Ports"), tr("Size"), tr("IANA assignments"), tr("Study-set entries"),
        tr("Notes")};
    auto *table = new QTableWidget(int(lines.size()), int(headers.size()), this);
    table->setTabKeyNavigation(false); // Tab leaves the table; arrows move inside it
    table->setObjectName(QStringLiteral("rangesTable"));
    table->setAccessibleName(tr("Port ranges as text"));
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(true);
    const PortDensity &density = m_map->density();
    for (int i = 0; i < lines.size(); ++i) {
        const Line &l = lines.at(i);
        int curated = 0;
        for (const CatalogRow &row : m_catalog.rows()) {
            if (row.isCurated() && row.firstPort >= l.first && row.firstPort <= l.last)
                ++curated;
        }
        const QStringList cells = {l.name,
                                   QStringLiteral("%1–%2").arg(l.first).arg(l.last),
                                   QLocale().toString(l.last - l.first + 1),
                                   QLocale().toString(density.assignmentsIn(l.first, l.last)),
                                   QLocale().toString(curated),
                                   l.note};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            if (c >= 2 && c <= 4)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            table->setItem(i, c, item);
        }
    }
    return table;
}

void RangeMapPage::setFilter(const PortFilterProxyModel *proxy)
{
    m_proxy = proxy;
    // Every way a proxy can change its rows lands in one deferred refresh.
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(proxy, signal, m_refilter, qOverload<>(&QTimer::start));
    connect(proxy, &QAbstractItemModel::modelReset, m_refilter, qOverload<>(&QTimer::start));
    connect(proxy, &QAbstractItemModel::layoutChanged, m_refilter, qOverload<>(&QTimer::start));
    refreshAccepted();
}

void RangeMapPage::refreshAccepted()
{
    if (!m_proxy || !m_proxy->sourceModel() || !m_dim->isChecked() ||
        m_proxy->rowCount() == m_proxy->sourceModel()->rowCount()) {
        m_map->setAcceptedRows({});
        return;
    }
    QBitArray accepted(m_proxy->sourceModel()->rowCount());
    for (int r = 0; r < m_proxy->rowCount(); ++r) {
        const int row = m_proxy->catalogRow(m_proxy->index(r, 0));
        if (row >= 0)
            accepted.setBit(row);
    }
    m_map->setAcceptedRows(accepted);
}

void RangeMapPage::setCurrentCatalogRow(int catalogRow)
{
    m_map->setSelectedCatalogRow(catalogRow);
    m_action->setCatalogRow(catalogRow);
}

} // namespace portolan
