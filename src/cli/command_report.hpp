// SPDX-License-Identifier: EUPL-1.2
// How a command reports a failure: the message in the user's language on stderr, exit code 1.
#pragma once

#include <iostream>

#include <spdlog/spdlog.h>

#include "cli/commands.hpp"
#include "core/result.hpp"
#include "i18n/catalogue.hpp"

namespace rundum::cli {

inline int report(const i18n::Catalogue& catalogue, const Error& error)
{
    std::cerr << "rundum: " << catalogue.text(error) << "\n";
    if (!error.detail.empty()) {
        spdlog::debug("{}", error.detail);
    }
    return EXIT_FAILED;
}

} // namespace rundum::cli
