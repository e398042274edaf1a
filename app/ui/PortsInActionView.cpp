#include "PortsInActionView.h"

#include "FlowLayout.h"
#include "PortsInActionDiagram.h"
#include "catalog/Catalog.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace portolan {

PortsInActionView::PortsInActionView(const Catalog &catalog, QWidget *parent)
    : QWidget(parent), m_catalog(catalog), m_random(&m_systemRandom)
{
    setObjectName(QStringLiteral("portsInAction"));
    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("portsInActionHeading"));
    m_heading->setTextFormat(Qt::PlainText);
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);
    // Wrapped, never cut: German at 14 pt is longer than the room beside the controls.
    m_heading->setWordWrap(true);
    m_heading->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Minimum);

    m_scenario = new QComboBox(this);
    m_scenario->setObjectName(QStringLiteral("scenarioBox"));
    m_scenario->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto *scenarioLabel = new QLabel(tr("S&cenario:"), this);
    scenarioLabel->setBuddy(m_scenario);

    m_os = new QComboBox(this);
    m_os->setObjectName(QStringLiteral("osBox"));
    for (const EphemeralRange &r : ephemeralRanges()) {
        m_os->addItem(tr("%1 (%2)").arg(r.shortName, r.rangeText()), r.id);
        m_os->setItemData(m_os->count() - 1, r.name, Qt::ToolTipRole);
    }
    m_os->setCurrentIndex(m_os->findData(QStringLiteral("linux")));
    m_os->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto *osLabel = new QLabel(tr("Client &OS:"), this);
    osLabel->setBuddy(m_os);

    m_reroll = new QPushButton(tr("Re-roll clien&t port"), this);
    m_reroll->setObjectName(QStringLiteral("rerollButton"));

    m_diagram = new PortsInActionDiagram(this);
    m_scroll = new QScrollArea(this);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setWidget(m_diagram);

    // The heading on a line of its own and the controls below it, wrapping when narrow: the
    // heading never runs into "Scenario:" and nothing is cut (German, 14 pt, 1024 px).
    auto *controls = new FlowLayout;
    controls->addPair(scenarioLabel, m_scenario);
    controls->addPair(osLabel, m_os);
    controls->addWidget(m_reroll);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addWidget(m_heading);
    layout->addLayout(controls);
    layout->addWidget(m_scroll, 1);

    connect(m_scenario, &QComboBox::currentIndexChanged, this, &PortsInActionView::showScenario);
    connect(m_os, &QComboBox::currentIndexChanged, this, &PortsInActionView::rebuild);
    connect(m_reroll, &QPushButton::clicked, this, &PortsInActionView::reroll);
    rebuild();
}

void PortsInActionView::setRandomSource(RandomSource *random)
{
    m_random = random ? random : &m_systemRandom;
    rebuild();
}

void PortsInActionView::setCatalogRow(int catalogRow)
{
    if (catalogRow == m_row)
        return;
    m_row = catalogRow;
    {
        // A new protocol starts at its first scenario.
        const QSignalBlocker blocker(m_scenario);
        m_scenario->setCurrentIndex(-1);
    }
    rebuild();
}

void PortsInActionView::setOs(const QString &osId)
{
    const int index = m_os->findData(osId);
    if (index >= 0)
        m_os->setCurrentIndex(index);
}

QString PortsInActionView::osId() const
{
    return m_os->currentData().toString();
}

void PortsInActionView::setScenarioIndex(int index)
{
    m_scenario->setCurrentIndex(index);
}

int PortsInActionView::scenarioIndex() const
{
    return m_scenario->currentIndex();
}

void PortsInActionView::reroll()
{
    rebuild();
}

void PortsInActionView::rebuild()
{
    const EphemeralRange *os = findEphemeralRange(osId());
    if (!os)
        os = &ephemeralRanges().first();
    PortExchange builder(m_catalog, *m_random);
    m_scenarios = builder.scenariosForRow(m_row, *os);

    QString name;
    if (m_row >= 0 && m_row < m_catalog.rows().size()) {
        const CatalogRow &row = m_catalog.rows().at(m_row);
        name = row.isCurated() ? m_catalog.protocols().at(row.index).abbreviation
                               : m_catalog.registry().at(row.index).service;
    }
    m_heading->setText(m_scenarios.isEmpty()
                           ? tr("Select a protocol in the table or on the map to see its ports "
                                "in action.")
                           : tr("Ports in action: %1").arg(name));

    // The chosen scenario survives re-rolls and OS changes (setCatalogRow resets it).
    const int keep = std::max(0, m_scenario->currentIndex());
    {
        const QSignalBlocker blocker(m_scenario);
        m_scenario->clear();
        for (const ExchangeScenario &s : m_scenarios)
            m_scenario->addItem(s.title);
        m_scenario->setCurrentIndex(
            m_scenarios.isEmpty() ? -1 : std::min(keep, int(m_scenarios.size()) - 1));
    }
    m_scenario->setEnabled(m_scenarios.size() > 1);
    showScenario();
}

void PortsInActionView::showScenario()
{
    const int index = m_scenario->currentIndex();
    if (index < 0 || index >= m_scenarios.size()) {
        m_diagram->setScenario({}, QString());
        m_reroll->setEnabled(false);
        return;
    }
    const ExchangeScenario &s = m_scenarios.at(index);
    const bool random = std::any_of(s.columns.cbegin(), s.columns.cend(),
                                    [](const Exchange &e) { return !e.ephemeralPorts.isEmpty(); });
    m_reroll->setEnabled(random);
    m_reroll->setToolTip(random ? tr("Draw new ephemeral ports from the client OS's range")
                                : tr("Both ends use fixed ports here: nothing to re-roll"));
    const EphemeralRange *os = findEphemeralRange(osId());
    m_diagram->setScenario(s, os ? QStringLiteral("%1 %2").arg(os->shortName, os->rangeText())
                                 : QString());
}

} // namespace portolan
