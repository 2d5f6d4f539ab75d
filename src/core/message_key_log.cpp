// SPDX-License-Identifier: EUPL-1.2
// Appends produced message keys to $RUNDUM_MESSAGE_KEY_LOG, once each per process.
#include "core/message_key_log.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <cstdlib>
#include <mutex>
#include <set>
#include <string>

namespace rundum {

void note_message_key(std::string_view key)
{
    // Opened once; O_APPEND keeps the lines of concurrent test processes whole.
    static const int log = [] {
        const char* path = std::getenv("RUNDUM_MESSAGE_KEY_LOG");
        return path == nullptr || *path == '\0'
                   ? -1
                   : ::open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0644);
    }();
    if (log < 0 || key.empty()) {
        return;
    }
    static std::mutex mutex;
    static std::set<std::string, std::less<>> noted;
    std::lock_guard lock(mutex);
    if (noted.contains(key)) {
        return;
    }
    std::string line = std::string(key) + "\n";
    if (::write(log, line.data(), line.size()) == static_cast<ssize_t>(line.size())) {
        noted.emplace(key);
    }
}

} // namespace rundum
