#include "practice/EmbeddedScenarios.h"

#include "practice/ScenarioParser.h"

#include <QDir>
#include <QFile>

namespace portolan {

bool EmbeddedScenarios::load()
{
    m_scenarios.clear();
    m_error.clear();
    const QDir dir(QStringLiteral(":/db/reference/scenarios"));
    for (const QString &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        QFile f(dir.filePath(name));
        if (!f.open(QIODevice::ReadOnly)) {
            m_error = QStringLiteral("%1: cannot be read").arg(name);
            return false;
        }
        ScenarioParser parser;
        if (!parser.parse(f.readAll(), name)) {
            m_error = parser.errorText();
            return false;
        }
        for (const Scenario &s : parser.scenarios()) {
            for (const Scenario &seen : std::as_const(m_scenarios)) {
                if (seen.id == s.id) {
                    m_error = QStringLiteral("%1: scenario \"%2\" is defined in %3 too")
                                  .arg(name, s.id, seen.fileName);
                    return false;
                }
            }
            m_scenarios.append(s);
        }
    }
    return true;
}

} // namespace portolan
