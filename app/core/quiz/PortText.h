#pragma once

#include "domain/PortAssignment.h"

#include <QList>
#include <QString>

namespace portolan {

// How the quiz writes ports: claims grouped by number ("53 TCP/UDP · 853 TCP") and plain port
// sets ("20, 21"), so that prompts, options and feedback read the same everywhere.

// The distinct port numbers of the claims, ranges expanded, sorted.
QList<int> portNumbers(const QList<PortAssignment> &claims);
// "161 UDP · 162 UDP"; a number claimed on two transports is written once.
QString portClaimsText(const QList<PortAssignment> &claims);
// "20, 21"
QString portSetText(const QList<int> &ports);

} // namespace portolan
