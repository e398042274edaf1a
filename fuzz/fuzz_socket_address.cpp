// Fuzz target: socket addresses (network/SocketAddress) in the text forms ss, netstat and nmap
// print and in procfs's hex form. Whatever parses has a port in range, a host, and text that
// parses again to the same address and exposure.

#include "FuzzSupport.h"
#include "network/SocketAddress.h"

using namespace portolan;
using portolan::fuzz::require;

namespace {

void checkRoundTrip(const SocketAddress &a)
{
    require(a.port >= -1 && a.port <= 65535, "port -1 or 0-65535");
    require(!a.host.isEmpty(), "a parsed address has a host");
    SocketAddress again;
    require(SocketAddress::fromText(a.text(), &again), "its text parses again");
    require(again.host == a.host && again.port == a.port && again.exposure == a.exposure,
            "and gives the same address");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QString text = fuzz::textOf(data, size).left(256);
    SocketAddress a;
    if (SocketAddress::fromText(text, &a))
        checkRoundTrip(a);
    if (SocketAddress::fromHost(text, &a))
        require(a.port == -1, "a bare host has no port");
    // procfs: "ADDRESS:PORT" in hex.
    const qsizetype colon = text.indexOf(u':');
    if (colon >= 0 && SocketAddress::fromProcHex(QStringView(text).left(colon),
                                                 QStringView(text).mid(colon + 1), &a)) {
        require(a.port >= 0 && a.port <= 65535, "hex port 0-65535");
        checkRoundTrip(a);
    }
    return 0;
}
