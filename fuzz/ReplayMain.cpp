// Replays fuzz inputs without libFuzzer: `fuzz-replay TARGET FILE_OR_FOLDER...` passes every
// file named, and every file below every folder named, once to TARGET's LLVMFuzzerTestOneInput.
// Built with all fuzz targets into one program in every build (gcc included; see
// tests/fuzzreplay), so the committed corpora are regression tests. A broken invariant aborts;
// the last "input:" line names the file.

#include "ReplayTargets.h"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

namespace {

using TestOneInput = int (*)(const std::uint8_t *data, std::size_t size);

bool replay(TestOneInput testOneInput, const std::filesystem::path &file)
{
    std::ifstream in(file, std::ios::binary);
    if (!in) {
        std::fprintf(stderr, "cannot read %s\n", file.c_str());
        return false;
    }
    const std::vector<char> bytes{std::istreambuf_iterator<char>(in),
                                  std::istreambuf_iterator<char>()};
    std::printf("input: %s (%zu bytes)\n", file.c_str(), bytes.size());
    std::fflush(stdout);
    // A buffer of exactly the input's size, as libFuzzer passes it, so that a sanitizer build
    // catches reads past the end.
    std::vector<std::uint8_t> exact(bytes.begin(), bytes.end());
    static const std::uint8_t empty = 0; // libFuzzer never passes a null pointer either
    testOneInput(exact.empty() ? &empty : exact.data(), exact.size());
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    if (argc < 3) {
        std::fprintf(stderr, "usage: %s TARGET FILE_OR_FOLDER...\n", argv[0]);
        return 2;
    }
    TestOneInput testOneInput = nullptr;
    for (const portolan::fuzz::ReplayTarget &target : portolan::fuzz::kReplayTargets) {
        if (std::string(argv[1]) == target.name)
            testOneInput = target.testOneInput;
    }
    if (!testOneInput) {
        std::fprintf(stderr, "%s: no fuzz target named %s\n", argv[0], argv[1]);
        return 2;
    }
    int replayed = 0;
    for (int i = 2; i < argc; ++i) {
        const std::filesystem::path path(argv[i]);
        std::vector<std::filesystem::path> files;
        if (std::filesystem::is_directory(path)) {
            for (const auto &entry : std::filesystem::recursive_directory_iterator(path)) {
                if (entry.is_regular_file())
                    files.push_back(entry.path());
            }
            std::sort(files.begin(), files.end());
        } else {
            files.push_back(path);
        }
        for (const auto &file : files) {
            if (!replay(testOneInput, file))
                return 1;
            ++replayed;
        }
    }
    // An empty or missing corpus would otherwise pass without testing anything.
    if (replayed == 0) {
        std::fprintf(stderr, "no inputs found\n");
        return 1;
    }
    std::printf("%d inputs replayed\n", replayed);
    return 0;
}
