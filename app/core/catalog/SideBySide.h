#pragma once

#include <functional>
#include <system_error>
#include <thread>

namespace portolan {

// Runs first on this thread and second on another one, and returns when both are done. Where no
// thread can be started (a process limit, a sandbox), both run here, one after the other. The
// two must not write anything the other reads.
inline void runSideBySide(const std::function<void()> &first, const std::function<void()> &second)
{
    std::thread worker;
    try {
        worker = std::thread(second);
    } catch (const std::system_error &) {
        first();
        second();
        return;
    }
    first();
    worker.join();
}

} // namespace portolan
