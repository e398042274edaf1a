#include "TestMain.h"

#include <cstdio>
#include <cstdlib>
#include <map>
#include <string>
#include <vector>

namespace testmain {

namespace {

// A function-local static: registration runs from other files' static initialisers, whose
// order against this file's is unspecified.
std::map<std::string, TestMain> &registry()
{
    static std::map<std::string, TestMain> tests;
    return tests;
}

std::string testName(const char *sourceFile)
{
    std::string name(sourceFile);
    if (const auto slash = name.find_last_of('/'); slash != std::string::npos)
        name.erase(0, slash + 1);
    if (const auto dot = name.find_last_of('.'); dot != std::string::npos)
        name.erase(dot);
    return name;
}

int usage(const char *program, const char *unknown)
{
    if (unknown)
        std::fprintf(stderr, "%s: no test is called \"%s\".\n", program, unknown);
    std::fprintf(stderr, "Usage: %s TEST [Qt Test options and test functions]\nTests:", program);
    for (const auto &entry : registry())
        std::fprintf(stderr, " %s", entry.first.c_str());
    std::fprintf(stderr, "\n");
    return 2;
}

} // namespace

bool registerTestMain(const char *sourceFile, TestMain main)
{
    const std::string name = testName(sourceFile);
    if (!registry().emplace(name, main).second) {
        std::fprintf(stderr, "Two tests are called \"%s\".\n", name.c_str());
        std::abort();
    }
    return true;
}

} // namespace testmain

int main(int argc, char *argv[])
{
    using namespace testmain;
    if (argc < 2 || argv[1][0] == '-')
        return usage(argv[0], nullptr);
    const auto found = registry().find(argv[1]);
    if (found == registry().end())
        return usage(argv[0], argv[1]);
    // The test sees the program's name and the options after the test's name, as if it were a
    // program of its own.
    std::vector<char *> arguments{argv[0]};
    arguments.insert(arguments.end(), argv + 2, argv + argc);
    arguments.push_back(nullptr);
    return found->second(argc - 1, arguments.data());
}
