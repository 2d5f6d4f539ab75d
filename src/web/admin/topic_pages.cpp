// SPDX-License-Identifier: EUPL-1.2
// Topic handlers. Rows are numbered (topic_1_name ...) like the contacts of a city, because an
// unticked checkbox sends nothing and repeated names would shift between rows.
#include "web/admin/topic_pages.hpp"

#include <algorithm>
#include <cstdlib>

#include "core/permissions.hpp"
#include "core/project_rules.hpp"
#include "core/text.hpp"
#include "web/http/form.hpp"
#include "web/http/page_helpers.hpp"

namespace rundum::web {

namespace {

Response render(const Request& request, Services& services, const std::vector<Topic>& topics,
                const FieldErrors& errors, const std::string& new_name)
{
    TemplateData page{TemplateData::type::object};
    kainjow::mustache::list rows;
    for (std::size_t i = 0; i < topics.size(); ++i) {
        TemplateData row{TemplateData::type::object};
        row.set("number", std::to_string(i + 1));
        row.set("slug", topics[i].slug);
        row.set("name", topics[i].name);
        row.set("position", std::to_string(i + 1));
        rows.push_back(row);
    }
    page.set("topics", rows);
    page.set("topic_rows", std::to_string(topics.size()));
    page.set("new_name", new_name);
    page.set("saved", request.query == "gespeichert=1");
    if (!errors.empty()) {
        set_field_errors(page, errors);
    }
    Response response = html_page(request, services, "admin_topics", std::move(page), "topic.title");
    if (!errors.empty()) {
        response.status = 400;
    }
    return response;
}

Result<void> may_manage_topics(const Request& request)
{
    if (!is_allowed(request.visitor.member(), Action::ManageTopics)) {
        return fail(ErrorCode::Forbidden, "error.account.forbidden");
    }
    return {};
}

// The rows of the form that stay, in their chosen order, numbered from 1.
std::vector<Topic> kept_topics(const Form& form)
{
    struct Row {
        Topic topic;
        int order;
    };
    std::vector<Row> rows;
    const int count = std::clamp(std::atoi(form.value("topic_rows").c_str()), 0, 500);
    for (int number = 1; number <= count; ++number) {
        const std::string prefix = "topic_" + std::to_string(number) + "_";
        if (form.value(prefix + "remove") == "ja") {
            continue;
        }
        const std::string slug = form.value(prefix + "slug");
        if (slug.empty()) {
            continue;
        }
        const int order = std::atoi(form.value(prefix + "position").c_str());
        rows.push_back(Row{Topic{slug, std::string(trim_blanks(form.value(prefix + "name"))), 0}, order});
    }
    std::stable_sort(rows.begin(), rows.end(), [](const Row& a, const Row& b) { return a.order < b.order; });
    std::vector<Topic> kept;
    for (std::size_t i = 0; i < rows.size(); ++i) {
        rows[i].topic.position = static_cast<int>(i + 1);
        kept.push_back(rows[i].topic);
    }
    return kept;
}

} // namespace

Result<Response> topics_page(const Request& request, Services& services)
{
    RUNDUM_TRY(may_manage_topics(request));
    RUNDUM_TRY_ASSIGN(topics, services.store.list_topics());
    return render(request, services, topics, {}, "");
}

Result<Response> save_topics(const Request& request, Services& services)
{
    RUNDUM_TRY(may_manage_topics(request));
    const Form form = Form::parse(request.body);
    const std::vector<Topic> kept = kept_topics(form);
    std::vector<Topic> topics = kept;
    const std::string new_name(trim_blanks(form.value("new_name")));
    if (!new_name.empty()) {
        topics.push_back(Topic{slug_from_name(new_name), new_name, static_cast<int>(topics.size() + 1)});
    }
    // On an error the form comes back as sent: the rows as edited, the new name in its field
    // (not as a row, so correcting it and saving again does what the admin means).
    if (auto valid = validate_topics(topics); !valid) {
        return render(request, services, kept, {{"new_name", services.catalogue.text(valid.error())}}, new_name);
    }
    if (auto saved = services.store.save_topics(topics); !saved) {
        return render(request, services, kept, {{"new_name", services.catalogue.text(saved.error())}}, new_name);
    }
    audit(request, services, "topics_saved", std::to_string(topics.size()));
    return redirect_to("/verwaltung/themen?gespeichert=1");
}

} // namespace rundum::web
