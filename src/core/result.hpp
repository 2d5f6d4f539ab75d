// SPDX-License-Identifier: EUPL-1.2
// Result<T>: the return type of everything that can fail on bad input or a bad environment.
// Errors carry a message key for the catalogue (the user's language) and a detail for the log.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include <tl/expected.hpp>

#include "core/message_key_log.hpp"

namespace rundum {

/// What kind of failure; the web layer maps each to one HTTP status (web/error_status.cpp).
enum class ErrorCode {
    Invalid,      ///< the input breaks a rule
    NotFound,     ///< the thing asked for does not exist (or is not visible)
    Conflict,     ///< the input clashes with what is stored
    Unauthorised, ///< sign-in needed
    Forbidden,    ///< signed in, but not allowed
    Unavailable,  ///< a resource (database, port, file) cannot be used right now
    Throttled,    ///< too many requests of this kind for now; later is fine
    Internal,     ///< a bug or broken invariant
};

/// A failure: `key` names a catalogue message, `args` fill its {} placeholders in order,
/// `detail` is for the log only (never shown to users).
struct Error {
    ErrorCode code{ErrorCode::Internal};
    std::string key;
    std::vector<std::string> args;
    std::string detail;
    std::string field{}; ///< the input field the error concerns ("title"), when one does
};

template <typename T> using Result = tl::expected<T, Error>;

/// Builds the unexpected side of a Result in one expression: `return fail(ErrorCode::Invalid, "...")`.
inline tl::unexpected<Error> fail(ErrorCode code, std::string key, std::vector<std::string> args = {},
                                  std::string detail = {})
{
    note_message_key(key);
    return tl::unexpected<Error>(Error{code, std::move(key), std::move(args), std::move(detail)});
}

inline tl::unexpected<Error> fail(Error error)
{
    note_message_key(error.key);
    return tl::unexpected<Error>(std::move(error));
}

} // namespace rundum

#define RUNDUM_CONCAT_INNER(a, b) a##b
#define RUNDUM_CONCAT(a, b) RUNDUM_CONCAT_INNER(a, b)

/// Propagates a failed Result<void> (or any Result whose value is not needed): the happy path
/// reads straight down. Not for coroutines, which must `co_return`. Each use gets its own
/// variable, so uses may nest (inside a lambda passed to another).
#define RUNDUM_TRY(expression) RUNDUM_TRY_NAMED(expression, RUNDUM_CONCAT(rundum_try_, __COUNTER__))
#define RUNDUM_TRY_NAMED(expression, variable)                                                     \
    do {                                                                                           \
        if (auto variable = (expression); !variable) {                                             \
            return ::rundum::fail(std::move(variable).error());                                    \
        }                                                                                          \
    } while (false)

/// Declares `name` as the value of a successful Result, or propagates its error.
#define RUNDUM_TRY_ASSIGN(name, expression)                                                        \
    auto name##_result = (expression);                                                             \
    if (!name##_result) {                                                                          \
        return ::rundum::fail(std::move(name##_result).error());                                   \
    }                                                                                              \
    auto name = std::move(*name##_result)
