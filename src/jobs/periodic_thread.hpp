// SPDX-License-Identifier: EUPL-1.2
// A background thread that does one piece of work now and then until it is stopped (the mail
// sender, the notification mailer).
#pragma once

#include <chrono>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <thread>
#include <utility>

namespace rundum::web {

/// Runs `work` at once and then after every `interval`; stop() wakes it and waits for it.
class PeriodicThread {
public:
    PeriodicThread() = default;
    ~PeriodicThread() { stop(); }
    PeriodicThread(const PeriodicThread&) = delete;
    PeriodicThread& operator=(const PeriodicThread&) = delete;

    void start(std::chrono::milliseconds interval, std::function<void()> work)
    {
        m_thread = std::thread([this, interval, work = std::move(work)] {
            std::unique_lock lock(m_mutex);
            while (!m_stopping) {
                lock.unlock();
                work();
                lock.lock();
                m_wake.wait_for(lock, interval, [this] { return m_stopping; });
            }
        });
    }

    void stop()
    {
        {
            std::lock_guard lock(m_mutex);
            m_stopping = true;
        }
        m_wake.notify_all();
        if (m_thread.joinable()) {
            m_thread.join();
        }
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stopping{false};
    std::thread m_thread;
};

} // namespace rundum::web
