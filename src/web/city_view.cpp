// Builds the template fields of a city.
#include "web/city_view.hpp"

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

namespace {

// Paragraphs are separated by blank lines; Markdown rendering arrives with the editor.
kainjow::mustache::list paragraphs(const std::string& text)
{
    kainjow::mustache::list out;
    std::size_t start = 0;
    while (start < text.size()) {
        std::size_t end = text.find("\n\n", start);
        std::string paragraph = text.substr(start, end == std::string::npos ? end : end - start);
        if (paragraph.find_first_not_of(" \n\r\t") != std::string::npos) {
            out.emplace_back(TemplateData("text", paragraph));
        }
        if (end == std::string::npos) {
            break;
        }
        start = end + 2;
    }
    return out;
}

} // namespace

TemplateData city_view(const City& city)
{
    TemplateData view{TemplateData::type::object};
    view.set("id", city.id);
    view.set("slug", city.slug);
    view.set("name", city.name);
    view.set("state", city.state);
    view.set("alliance", city.alliance);
    view.set("is_filled", is_profile_filled(city));
    kainjow::mustache::list contacts;
    for (const Contact& contact : city.contacts) {
        TemplateData person{TemplateData::type::object};
        person.set("name", contact.name);
        person.set("role", contact.role);
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
    auto statement = paragraphs(city.statement);
    view.set("has_statement", !statement.empty());
    view.set("statement", statement);
    return view;
}

} // namespace rundum::web
