// SPDX-License-Identifier: EUPL-1.2
// The options of `rundum serve` and `rundum retention` that set the retention periods.
#pragma once

#include <array>
#include <cstddef>
#include <string>

#include "core/result.hpp"
#include "core/retention_policy.hpp"
#include "i18n/catalogue.hpp"

namespace CLI {
class App;
}

namespace rundum::cli {

/// The --keep-... options as typed; checked after parsing, so that a bad value gets a message
/// of the catalogue that names the option and its range.
class RetentionOptions {
public:
    /// How many periods there are (one option each).
    static constexpr std::size_t COUNT = 9;

    /// Adds the options to `command`, each with its default (RetentionPolicy's) in the help.
    void add_to(CLI::App& command, const i18n::Catalogue& catalogue);

    /// The policy the options give. Invalid (`cli.retention.bad_period`: option, least, most,
    /// value) for a value that is not a whole number in the option's range; the least sign-in
    /// attempt period is the sign-in throttle's window, which needs them.
    Result<RetentionPolicy> policy() const;

private:
    std::array<std::string, COUNT> m_texts;
};

} // namespace rundum::cli
