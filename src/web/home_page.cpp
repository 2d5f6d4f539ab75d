// The start page handler.
#include "web/home_page.hpp"

#include "web/error_pages.hpp"

namespace rundum::web {

Response home_page(const Request& request, Services& services)
{
    auto cities = services.store.list_cities();
    if (!cities) {
        return error_response(request, services, cities.error());
    }
    TemplateData page{TemplateData::type::object};
    kainjow::mustache::list names;
    for (const City& city : *cities) {
        TemplateData entry{TemplateData::type::object};
        entry.set("slug", city.slug);
        entry.set("name", city.name);
        names.push_back(entry);
    }
    page.set("cities", names);
    page.set("lead", services.catalogue.text("home.lead", {std::to_string(cities->size())}));
    page.set("nav_home", true);
    Response response;
    response.body = services.templates.render_page("home", std::move(page),
                                                   services.catalogue.text("home.title"), request.visitor);
    return response;
}

} // namespace rundum::web
