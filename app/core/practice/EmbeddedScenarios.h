#pragma once

#include "practice/Scenario.h"

#include <QList>
#include <QString>

namespace portolan {

// The reviewed scenarios compiled into the program (db/reference/scenarios/*.json).
class EmbeddedScenarios
{
public:
    // Parses every file; false with errorText() naming the file and line on a bad one.
    bool load();
    const QList<Scenario> &scenarios() const { return m_scenarios; }
    QString errorText() const { return m_error; }

private:
    QList<Scenario> m_scenarios;
    QString m_error;
};

} // namespace portolan
