// fsrs-replay: replays review histories (JSON on stdin) through Portolan's FSRS scheduler and
// prints every step (JSON on stdout), for comparison with the reference ts-fsrs. Malformed
// input prints "where: what" on stderr and exits with 2. The format is documented in
// srs/ReplayJson.h.
#include "srs/ReplayJson.h"

#include <QFile>
#include <cstdio>

int main()
{
    QFile in;
    QFile out;
    if (!in.open(stdin, QIODevice::ReadOnly) || !out.open(stdout, QIODevice::WriteOnly))
        return 1;
    const portolan::ReplayJson::ParseResult parsed = portolan::ReplayJson::parse(in.readAll());
    if (!parsed.input) {
        std::fprintf(stderr, "fsrs-replay: %s\n", parsed.error.toUtf8().constData());
        return 2;
    }
    out.write(portolan::ReplayJson::run(*parsed.input) + '\n');
    return 0;
}
