// SPDX-License-Identifier: EUPL-1.2
// Reading multipart/form-data request bodies (RFC 7578), the way browsers send forms with a file
// input. Urlencoded forms are read by web/form.hpp.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.hpp"

namespace rundum::media {

/// The most parts one body may hold; more is refused as malformed.
inline constexpr std::size_t MAX_FORM_PARTS = 100;

/// One field of a multipart form: a text field or an uploaded file.
struct FormPart {
    std::string name;         ///< the form field's name (never empty)
    std::string filename;     ///< the file name the client claims, "" for a text field; untrusted
    std::string content_type; ///< the part's Content-Type as sent, "" when absent; untrusted
    std::string data;         ///< the raw bytes, binary-safe
};

/// Splits a multipart/form-data body into its parts, in order. The boundary comes from the
/// request's Content-Type header (`multipart/form-data; boundary=...`, quoted or not, 1 to 70
/// characters). Parts are delimited by CRLF `--boundary`, each with CRLF-terminated headers: a
/// `Content-Disposition: form-data; name="..."` (optionally `filename="..."`; quoted strings may
/// escape `"` and `\` with a backslash, other backslashes are kept, as browsers leave Windows paths
/// unescaped) and an optional Content-Type; other headers are ignored. A preamble before the first
/// boundary and an epilogue after the closing `--boundary--` are ignored.
/// Error `error.form.malformed` (ErrorCode::Invalid; the detail says why) when the header is not
/// multipart/form-data or has no boundary, a boundary or the closing boundary is missing, a part
/// has no form-data disposition or no name, or there are more than MAX_FORM_PARTS parts.
Result<std::vector<FormPart>> parse_multipart(std::string_view content_type_header,
                                              std::string_view body);

} // namespace rundum::media
