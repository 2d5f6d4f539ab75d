// SPDX-License-Identifier: EUPL-1.2
// Builds the template fields of a city.
#include "web/cities/city_view.hpp"

#include "format/markdown.hpp"

namespace rundum::web {

std::string website_label(const std::string& url)
{
    std::string label = url;
    for (std::string_view scheme : {"https://", "http://"}) {
        if (label.starts_with(scheme)) {
            label.erase(0, scheme.size());
        }
    }
    if (label.ends_with('/')) {
        label.pop_back();
    }
    return label;
}


void set_if_not_empty(TemplateData& data, const std::string& key, const std::string& value)
{
    if (!value.empty()) {
        data.set(key, value);
    }
}

TemplateData city_view(const City& city)
{
    TemplateData view{TemplateData::type::object};
    view.set("id", city.id);
    view.set("slug", city.slug);
    view.set("name", city.name);
    view.set("state", city.state);
    set_if_not_empty(view, "alliance", city.alliance);
    view.set("is_filled", is_profile_filled(city));
    kainjow::mustache::list contacts;
    for (const Contact& contact : city.contacts) {
        TemplateData person{TemplateData::type::object};
        person.set("name", contact.name);
        set_if_not_empty(person, "role", contact.role);
        set_if_not_empty(person, "email", contact.email);
        set_if_not_empty(person, "phone", contact.phone);
        contacts.push_back(person);
    }
    view.set("has_contacts", !contacts.empty());
    view.set("contacts", contacts);
    if (city.address) {
        TemplateData address{TemplateData::type::object};
        kainjow::mustache::list lines;
        for (const std::string& line : city.address->recipient_lines) {
            lines.emplace_back(TemplateData("line", line));
        }
        address.set("recipient_lines", lines);
        address.set("street", city.address->street);
        address.set("postcode", city.address->postcode);
        address.set("locality", city.address->locality);
        view.set("address", address);
    }
    if (!city.website.empty()) {
        view.set("website", city.website);
        view.set("website_label", website_label(city.website));
    }
    // Safe HTML from cmark-gfm (raw HTML suppressed): the one place output is not escaped by
    // the template engine, because the Markdown renderer escapes it.
    view.set("has_statement", city.statement.find_first_not_of(" \n\r\t") != std::string::npos);
    view.set("statement_html", format::markdown_to_html(city.statement));
    return view;
}

} // namespace rundum::web
