#pragma once

#include "map/ExchangeKit.h"

namespace portolan {

// The file-transfer exchanges that need more than one arrow: FTP's separate data connection
// in passive and active mode, FTPS with explicit and implicit TLS, and TFTP, whose server
// answers from a new port.
class TransferScenarios
{
    Q_DECLARE_TR_FUNCTIONS(PortExchange)

public:
    explicit TransferScenarios(const ExchangeKit &kit);
    // Empty for any other protocol.
    QList<ExchangeScenario> forProtocol(const Protocol &p) const;

private:
    Exchange ftpExchange(bool passive) const;
    QList<ExchangeScenario> ftp() const;
    QList<ExchangeScenario> ftps() const;
    QList<ExchangeScenario> tftp() const;

    const ExchangeKit &m_kit;
};

} // namespace portolan
