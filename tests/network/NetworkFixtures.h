#pragma once
// The folder of real outputs the network tests read (see fixtures/README.md).
#include <QString>

namespace portolan::testing {

inline const QString kFixtures = QStringLiteral(PORTOLAN_SOURCE_DIR "/tests/network/fixtures/");

} // namespace portolan::testing
