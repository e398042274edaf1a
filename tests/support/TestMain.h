#pragma once

// One executable per test folder, one Qt Test class per unit: each test file registers its own
// main under its file's name (tst_database.cpp → "tst_database"), and the folder's program runs
// the one named first on its command line (CTest: `tests-core tst_database`). Building a program
// per test class cost a moc run, a moc object and a link each, a third of the CI build.
//
// The macros stand for QTEST_MAIN, QTEST_GUILESS_MAIN and QTEST_APPLESS_MAIN and do what they
// do (the same application object, attributes and initMain()); only the function is not `main`.

#include <QtTest/qtest.h>

namespace testmain {

using TestMain = int (*)(int argc, char *argv[]);

// Registers `main` under the base name of `sourceFile` without its extension. Called during
// static initialisation; the tests of one program must have different file names.
bool registerTestMain(const char *sourceFile, TestMain main);

} // namespace testmain

#define PORTOLAN_TEST_MAIN_WRAPPER(TestObject, ...)                                                \
    static int portolanTestMain_##TestObject(int argc, char *argv[])                               \
    {                                                                                              \
        QT_PREPEND_NAMESPACE(QTest::Internal::callInitMain)<TestObject>();                         \
        __VA_ARGS__                                                                                \
        TestObject tc;                                                                             \
        QTEST_SET_MAIN_SOURCE_PATH                                                                 \
        return QTest::qExec(&tc, argc, argv);                                                      \
    }                                                                                              \
    [[maybe_unused]] static const bool portolanTestRegistered_##TestObject =                       \
        testmain::registerTestMain(__FILE__, portolanTestMain_##TestObject);

#define PORTOLAN_TEST_MAIN(TestObject) PORTOLAN_TEST_MAIN_WRAPPER(TestObject, QTEST_MAIN_SETUP())
#define PORTOLAN_TEST_GUILESS_MAIN(TestObject)                                                     \
    PORTOLAN_TEST_MAIN_WRAPPER(TestObject, QTEST_QAPP_SETUP(QCoreApplication))
#define PORTOLAN_TEST_APPLESS_MAIN(TestObject) PORTOLAN_TEST_MAIN_WRAPPER(TestObject)
