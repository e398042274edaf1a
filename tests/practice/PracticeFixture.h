#pragma once

// Shared by the practice tests: the real study set and the real scenarios (the content check is
// about them), loaded once per process.

#include "catalog/Catalog.h"
#include "catalog/EmbeddedReference.h"
#include "practice/EmbeddedScenarios.h"

namespace portolan::testing {

inline const Catalog &studySet()
{
    static const Catalog catalog = [] {
        EmbeddedReference ref;
        if (!ref.load())
            qFatal("%s", qPrintable(ref.errorText()));
        Catalog c;
        c.setData(ref.protocols(), {});
        return c;
    }();
    return catalog;
}

inline const QList<Scenario> &reviewedScenarios()
{
    static const QList<Scenario> scenarios = [] {
        EmbeddedScenarios s;
        if (!s.load())
            qFatal("%s", qPrintable(s.errorText()));
        return s.scenarios();
    }();
    return scenarios;
}

} // namespace portolan::testing
