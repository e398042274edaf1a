#pragma once

#include "map/PortExchange.h"
#include "map/RandomSource.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QScrollArea;

namespace portolan {

class Catalog;
class PortsInActionDiagram;

// "Ports in action" for the selected catalog row: pick a scenario and the client's OS, see
// the exchange drawn, re-roll the client's ephemeral port. The catalog (and an injected
// random source, if any) must outlive the view.
class PortsInActionView : public QWidget
{
    Q_OBJECT

public:
    explicit PortsInActionView(const Catalog &catalog, QWidget *parent = nullptr);

    // Tests fix the draws; nullptr returns to the system's generator. Rebuilds.
    void setRandomSource(RandomSource *random);
    void setCatalogRow(int catalogRow);
    int catalogRow() const { return m_row; }
    void setOs(const QString &osId);
    QString osId() const;
    void setScenarioIndex(int index);
    int scenarioIndex() const;
    const QList<ExchangeScenario> &scenarios() const { return m_scenarios; }
    // Draws new client ports for the same scenario.
    void reroll();

    QComboBox *osBox() const { return m_os; }
    QComboBox *scenarioBox() const { return m_scenario; }
    QPushButton *rerollButton() const { return m_reroll; }
    PortsInActionDiagram *diagram() const { return m_diagram; }

private:
    void rebuild();
    void showScenario();

    const Catalog &m_catalog;
    GeneratorRandomSource m_systemRandom;
    RandomSource *m_random = nullptr;
    int m_row = -1;
    QList<ExchangeScenario> m_scenarios;
    QLabel *m_heading = nullptr;
    QComboBox *m_scenario = nullptr;
    QComboBox *m_os = nullptr;
    QPushButton *m_reroll = nullptr;
    QScrollArea *m_scroll = nullptr;
    PortsInActionDiagram *m_diagram = nullptr;
};

} // namespace portolan
