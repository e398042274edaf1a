// Replays fuzz inputs without libFuzzer: every file named on the command line, and every file
// below every folder named there, is passed once to the target's LLVMFuzzerTestOneInput. Built
// with each fuzz target into a replay_* test in every build (gcc included), so the committed
// corpora are regression tests. A broken invariant aborts; the last "input:" line names the file.

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size);

namespace {

bool replay(const std::filesystem::path &file)
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
    LLVMFuzzerTestOneInput(exact.empty() ? &empty : exact.data(), exact.size());
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s FILE_OR_FOLDER...\n", argv[0]);
        return 2;
    }
    int replayed = 0;
    for (int i = 1; i < argc; ++i) {
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
            if (!replay(file))
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
