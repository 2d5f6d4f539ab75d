// SPDX-License-Identifier: EUPL-1.2
// Pieces both server-rendered SVG pictures share: numbers, ids and the accessible opening.
// The site's CSP allows no inline styles, so pictures use presentation attributes and classes.
#pragma once

#include <string>
#include <string_view>

namespace rundum::format::svg {

/// A coordinate to one decimal, without a trailing ".0" and never "-0", whatever the locale:
/// the same picture gives the same bytes (pages are cached and compared).
std::string number(double value);

/// `prefix` reduced to letters, digits, '-' and '_', so ids and url(#…) references stay
/// valid; "svg" when nothing is left or it does not start with a letter.
std::string id_prefix(std::string_view prefix);

/// Appends the opening `<svg>` (viewBox "0 0 width height", role="img", labelled by its title
/// and described by its desc) with `<title id="<id>-title">` and `<desc id="<id>-desc">`.
/// `id` must come from id_prefix; text is escaped here.
void open(std::string& out, std::string_view css_class, double width, double height,
          std::string_view id, std::string_view title, std::string_view description);

/// Appends ` name="value"` with the number written by number().
void append_attribute(std::string& out, std::string_view name, double value);

/// Appends ` name="value"` with the value escaped.
void append_attribute(std::string& out, std::string_view name, std::string_view value);

/// Appends `<text …>escaped</text>` with a white halo so labels stay readable over lines.
/// `anchor` is "start", "middle" or "end".
void append_text(std::string& out, double x, double y, std::string_view text,
                 std::string_view css_class, double font_size, std::string_view anchor);

} // namespace rundum::format::svg
