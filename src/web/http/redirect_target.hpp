// SPDX-License-Identifier: EUPL-1.2
// The one place that decides where rundum may send a browser: every Location rundum sets is a
// path on this site, whatever a visitor put into `weiter`, `zurueck` or the request's path.
#pragma once

#include <string>
#include <string_view>

namespace rundum::web {

/// `wanted` if it is a path on this site, written as a browser reads it (an absolute path with
/// an optional query and fragment, percent-encoded, no control characters, spaces, tabs or
/// backslashes, not beginning with "//", and still on this site once resolved as a browser
/// resolves it); otherwise `fallback`.
std::string site_local_target(std::string_view wanted, std::string_view fallback);

/// A percent-decoded path (as web::Request holds it) encoded again for a Location header:
/// every byte that is no path character is escaped ("/\t/x" → "/%09/x", "ä" → "%C3%A4").
std::string encoded_path(std::string_view decoded_path);

} // namespace rundum::web
