#pragma once

// Shared by the fuzz targets (fuzz_*.cpp), which are built two ways: as libFuzzer binaries in
// the clang fuzz build (scripts/fuzz.sh) and, with ReplayMain.cpp, as ordinary test programs
// that replay the committed corpora in every build (tests/fuzzreplay).

#include <QByteArray>
#include <QString>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace portolan::fuzz {

// A promise the code under test makes about every input. A broken one aborts, so that
// libFuzzer keeps the input as a crash and the replay test fails on it.
inline void require(bool ok, const char *what)
{
    if (ok)
        return;
    std::fprintf(stderr, "fuzz invariant broken: %s\n", what);
    std::fflush(stderr);
    std::abort();
}

// The input as a QByteArray over libFuzzer's own buffer (no copy and no terminating zero), so
// that AddressSanitizer sees a read one byte past the end.
inline QByteArray bytesOf(const std::uint8_t *data, std::size_t size)
{
    return QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
}

// The input as text, the way a file or a text field would give it to Portolan.
inline QString textOf(const std::uint8_t *data, std::size_t size)
{
    return QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
}

// Whether an error message names the file the way the parsers promise ("NAME:LINE: what" or
// "NAME: what").
inline bool namesFile(const QString &error, const QString &fileName)
{
    return error.startsWith(fileName + QLatin1Char(':')) && error.size() > fileName.size() + 2;
}

} // namespace portolan::fuzz
