// SPDX-License-Identifier: EUPL-1.2
// What the code under test logs (spdlog's default logger), collected for checks.
#pragma once

#include <memory>
#include <sstream>
#include <string>

#include <spdlog/sinks/ostream_sink.h>
#include <spdlog/spdlog.h>

namespace rundum::testing {

/// Replaces the default logger while it lives.
class LogCapture {
public:
    LogCapture() : m_previous(spdlog::default_logger())
    {
        spdlog::set_default_logger(
            std::make_shared<spdlog::logger>("capture", std::make_shared<spdlog::sinks::ostream_sink_mt>(m_text)));
    }
    ~LogCapture() { spdlog::set_default_logger(m_previous); }
    LogCapture(const LogCapture&) = delete;
    LogCapture& operator=(const LogCapture&) = delete;

    std::string text() const { return m_text.str(); }

private:
    std::ostringstream m_text;
    std::shared_ptr<spdlog::logger> m_previous;
};

} // namespace rundum::testing
