// SPDX-License-Identifier: EUPL-1.2
// Xapian's exception classes are not polymorphic in 1.4, so the kind is told by name. The
// database errors cover everything the disk and the files can do wrong; the other Xapian errors
// mean rundum asked for something invalid.
#include "search/xapian_errors.hpp"

#include <array>
#include <string_view>

namespace rundum::search {

namespace {

constexpr std::array<std::string_view, 9> DATABASE_ERRORS = {
    "DatabaseError",         "DatabaseCorruptError", "DatabaseCreateError",
    "DatabaseModifiedError", "DatabaseOpeningError", "DatabaseVersionError",
    "DatabaseNotFoundError", "DatabaseClosedError",  "DocNotFoundError",
};

} // namespace

Error search_error(const Xapian::Error& error)
{
    std::string_view type = error.get_type();
    std::string detail = error.get_description();
    if (type == "DatabaseLockError") {
        return Error{ErrorCode::Unavailable, "error.search.locked", {}, std::move(detail)};
    }
    for (std::string_view database_error : DATABASE_ERRORS) {
        if (type == database_error) {
            return Error{ErrorCode::Unavailable, "error.search.unavailable", {}, std::move(detail)};
        }
    }
    return Error{ErrorCode::Internal, "error.search.failed", {}, std::move(detail)};
}

} // namespace rundum::search
