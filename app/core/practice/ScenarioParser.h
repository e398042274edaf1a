#pragma once

#include "domain/JsonSource.h"
#include "practice/Scenario.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace portolan {

// Reads one scenario file and checks its shape (fields, types, slots, citations); whether the
// answers agree with the study set is ScenarioCheck's job. Errors name the file, the line and
// the field: "network.json:12: scenarios[3].distractors[1].why: must not be empty".
class ScenarioParser
{
public:
    bool parse(const QByteArray &json, const QString &fileName);

    const QList<Scenario> &scenarios() const { return m_scenarios; }
    QString errorText() const { return m_error; }

    // The slots a stem or explanation may use.
    static const QStringList &slotNames();

private:
    bool fail(const QString &path, const QString &message);
    bool parseScenario(const QJsonObject &o, const QString &path, Scenario *out);
    bool checkSlots(const QString &text, const QString &path);

    QList<Scenario> m_scenarios;
    JsonSource m_source{{}, {}};
    QString m_error;
};

} // namespace portolan
