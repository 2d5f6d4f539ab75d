// Cities prepared for templates: the same fields on the directory and on a city's page.
#pragma once

#include "core/city.hpp"
#include "web/templates.hpp"

namespace rundum::web {

/// The template fields of a city (see assets/templates/city.mustache).
TemplateData city_view(const City& city);

/// "https://www.example.de/" -> "www.example.de": what a person reads as the address.
std::string website_label(const std::string& url);

} // namespace rundum::web
