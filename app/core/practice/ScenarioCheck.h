#pragma once

#include "domain/Protocol.h"
#include "practice/Scenario.h"

#include <QList>
#include <QStringList>

namespace portolan {

class Catalog;

// The content check of the scenarios against the study set: every fitted entry exists and is
// tagged with the objective the scenario cites; a port answer is one of the entry's ports; a
// protocol answer is unambiguous; no distractor is also right (a port of the entry, the entry
// itself or one that claims the same ports) and each names an entry that exists. A scenario
// that fails teaches a wrong fact, so the check is run by the tests and before every exam.
class ScenarioCheck
{
public:
    explicit ScenarioCheck(const Catalog &catalog) : m_catalog(catalog) {}

    // One message per problem, "network.json:40: ssh-switch: distractor 23 is a port of SSH".
    QStringList problems(const QList<Scenario> &scenarios) const;
    QStringList problems(const Scenario &s) const;

    // The port a scenario's answer is for this entry: `port`, or the entry's first listed one.
    static int answerPort(const Scenario &s, const Protocol &entry);

private:
    const Catalog &m_catalog;
};

} // namespace portolan
