// SPDX-License-Identifier: EUPL-1.2
// Cities prepared for templates: the same fields on the directory and on a city's page.
#pragma once

#include "core/city.hpp"
#include "web/http/templates.hpp"

namespace rundum::web {

/// The template fields of a city (see assets/templates/city.mustache).
TemplateData city_view(const City& city);

/// Sets `key` only for a non-empty value: kainjow mustache treats every string, even "", as
/// true in {{#section}}, so optional texts must be absent rather than empty.
void set_if_not_empty(TemplateData& data, const std::string& key, const std::string& value);

/// "https://www.example.de/" -> "www.example.de": what a person reads as the address.
std::string website_label(const std::string& url);

} // namespace rundum::web
