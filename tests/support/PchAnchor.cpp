// The one source of the libraries that carry the tests' precompiled headers (see
// tests/CMakeLists.txt): a target needs a source to build its precompiled header with.
namespace portolan::testing {
int pchAnchor()
{
    return 0;
}
} // namespace portolan::testing
