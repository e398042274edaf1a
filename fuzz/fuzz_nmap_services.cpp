// Fuzz target: nmap-services (importing/NmapServicesParser). Any bytes give either open
// frequencies of valid ports or an error naming the file and line. The file nmap installs is
// read at every start through a faster byte-level reader (readSystemFile); when that reader
// accepts a file, it must find exactly what the full parser finds.

#include "FuzzSupport.h"
#include "importing/NmapServicesParser.h"

#include <QFile>
#include <QTemporaryDir>

using namespace portolan;
using portolan::fuzz::require;

namespace {

// readSystemFile reads the file PORTOLAN_NMAP_SERVICES names; one per process, rewritten per
// input.
QString systemFile()
{
    static QTemporaryDir dir;
    static const QString path = [] {
        require(dir.isValid(), "a temporary folder");
        const QString p = dir.filePath(QStringLiteral("nmap-services"));
        qputenv("PORTOLAN_NMAP_SERVICES", QFile::encodeName(p));
        return p;
    }();
    return path;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes = fuzz::bytesOf(data, size);
    const QString name = QStringLiteral("nmap-services");
    (void)detectImportFormat(bytes.left(4096), name);

    NmapServicesParser parser;
    const bool ok = parser.parse(bytes, name);
    const ImportData &d = parser.data();
    if (ok) {
        require(parser.errorText().isEmpty(), "no error text on success");
        require(!d.frequencies.isEmpty(), "a successful import has frequencies");
        for (const PortFrequency &f : d.frequencies) {
            require(f.port >= 0 && f.port <= 65535, "port 0-65535");
            require(f.frequency >= 0 && f.frequency <= 1, "frequency 0-1");
        }
    } else {
        require(fuzz::namesFile(parser.errorText(), name), "error names the file");
        require(d.frequencies.isEmpty(), "no frequencies after an error");
    }

    QFile file(systemFile());
    require(file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
                file.write(bytes) == qint64(size),
            "the input is written");
    file.close();
    QString warning;
    const OpenFrequencies installed = NmapServicesParser::readSystemFile(&warning);
    if (ok) {
        require(warning.isEmpty(), "a file the parser accepts reads without warning");
        require(installed == OpenFrequencies(d.frequencies),
                "the fast reader finds what the parser finds");
    } else {
        // The fast reader skips comments unread, so it may accept a file whose comments the
        // full parser refuses (binary bytes there); otherwise the user is told.
        require(!installed.isEmpty() || !warning.isEmpty(), "a refused file gives a warning");
    }
    return 0;
}
