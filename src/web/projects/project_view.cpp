// SPDX-License-Identifier: EUPL-1.2
// Builds the template fields of a project: texts, lists, Markdown rendered safely.
#include "web/projects/project_view.hpp"

#include <algorithm>

#include "core/text.hpp"
#include "format/markdown.hpp"
#include "web/cities/city_view.hpp"

namespace rundum::web {

namespace {

kainjow::mustache::list text_items(const std::vector<std::string>& items)
{
    kainjow::mustache::list list;
    for (const std::string& item : items) {
        list.emplace_back(TemplateData("text", item));
    }
    return list;
}

// Markdown rendered by cmark-gfm in safe mode: the renderer escapes, so templates insert it raw.
void set_markdown(TemplateData& view, const std::string& key, const std::string& markdown)
{
    if (markdown.find_first_not_of(" \n\r\t") != std::string::npos) {
        view.set(key + "_html", format::markdown_to_html(markdown));
    }
}

void set_list(TemplateData& view, const std::string& key, const std::vector<std::string>& items)
{
    if (!items.empty()) {
        view.set(key, text_items(items));
    }
}

// The project's topics in its order, by name.
kainjow::mustache::list topic_items(const std::vector<std::string>& chosen, const std::vector<Topic>& topics)
{
    kainjow::mustache::list list;
    for (const std::string& slug : chosen) {
        for (const Topic& topic : topics) {
            if (topic.slug == slug) {
                TemplateData item{TemplateData::type::object};
                item.set("slug", topic.slug);
                item.set("name", topic.name);
                list.push_back(item);
            }
        }
    }
    return list;
}

void set_contact(TemplateData& view, const Project& project)
{
    if (project.contact_name.empty() && project.contact_email.empty() && project.contact_phone.empty()) {
        return;
    }
    TemplateData contact{TemplateData::type::object};
    set_if_not_empty(contact, "name", project.contact_name);
    set_if_not_empty(contact, "email", project.contact_email);
    set_if_not_empty(contact, "phone", project.contact_phone);
    view.set("contact", contact);
}

kainjow::mustache::list link_items(const std::vector<ProjectLink>& project_links)
{
    kainjow::mustache::list links;
    for (const ProjectLink& link : project_links) {
        TemplateData item{TemplateData::type::object};
        item.set("url", link.url);
        item.set("label", link.title.empty() ? website_label(link.url) : link.title);
        links.push_back(item);
    }
    return links;
}

// The form's checkboxes of all topics, the project's checked.
kainjow::mustache::list topic_choices(const std::vector<std::string>& chosen, const std::vector<Topic>& topics)
{
    kainjow::mustache::list list;
    for (const Topic& topic : topics) {
        TemplateData item{TemplateData::type::object};
        item.set("slug", topic.slug);
        item.set("name", topic.name);
        item.set("checked", std::find(chosen.begin(), chosen.end(), topic.slug) != chosen.end());
        list.push_back(item);
    }
    return list;
}

kainjow::mustache::list status_choices(ProjectStatus current, const i18n::Catalogue& catalogue)
{
    kainjow::mustache::list statuses;
    for (ProjectStatus status : all_statuses()) {
        TemplateData item{TemplateData::type::object};
        item.set("key", std::string(status_key(status)));
        item.set("label", catalogue.text("project.status." + std::string(status_key(status))));
        item.set("selected", status == current);
        statuses.push_back(item);
    }
    return statuses;
}

kainjow::mustache::list city_choices(const std::string& current_id, const std::vector<City>& cities)
{
    kainjow::mustache::list list;
    for (const City& city : cities) {
        TemplateData item{TemplateData::type::object};
        item.set("id", city.id);
        item.set("name", city.name);
        item.set("selected", city.id == current_id);
        list.push_back(item);
    }
    return list;
}

} // namespace

std::string size_text(std::size_t bytes)
{
    if (bytes < 1024 * 1024) {
        return std::to_string((bytes + 1023) / 1024) + " KB";
    }
    const std::size_t tenths = (bytes * 10 + 512 * 1024) / (1024 * 1024);
    return std::to_string(tenths / 10) + "," + std::to_string(tenths % 10) + " MB";
}

kainjow::mustache::list attachment_items(const std::vector<AttachmentInfo>& files, const std::string& base_path)
{
    kainjow::mustache::list items;
    for (const AttachmentInfo& file : files) {
        TemplateData item{TemplateData::type::object};
        item.set("url", base_path + "/" + file.id);
        item.set("file_name", file.file_name);
        item.set("label", file.title.empty() ? file.file_name : file.title);
        item.set("size", size_text(file.size));
        items.push_back(item);
    }
    return items;
}

TemplateData project_view(const Project& project, const City& city, const std::vector<Topic>& topics,
                          const i18n::Catalogue& catalogue)
{
    TemplateData view{TemplateData::type::object};
    view.set("id", project.id);
    view.set("project_title", project.title);
    set_if_not_empty(view, "summary", project.summary);
    view.set("city_name", city.name);
    view.set("city_slug", city.slug);
    set_if_not_empty(view, "alliance", city.alliance);
    view.set("status", catalogue.text("project.status." + std::string(status_key(project.status))));
    view.set("is_public", project.visibility == ProjectVisibility::Public);
    view.set("is_example", project.is_example);
    std::string period;
    if (!project.start_date.empty()) {
        period = readable_month(project.start_date) + " – " +
                 (project.end_date.empty() ? catalogue.text("project.period_open") : readable_month(project.end_date));
    }
    set_if_not_empty(view, "period", period);
    const kainjow::mustache::list topic_list = topic_items(project.topics, topics);
    view.set("has_topics", !topic_list.empty());
    view.set("topics", topic_list);
    view.set("has_target_groups", !project.target_groups.empty());
    view.set("has_partners", !project.partners.empty());
    view.set("has_more", !project.links.empty() || !project.attachments.empty());
    set_list(view, "target_groups", project.target_groups);
    set_if_not_empty(view, "lead_organisation", project.lead_organisation);
    set_list(view, "partners", project.partners);
    set_if_not_empty(view, "costs_and_funding", project.costs_and_funding);
    set_if_not_empty(view, "staff_effort", project.staff_effort);
    set_markdown(view, "description", project.description);
    set_markdown(view, "goals", project.goals);
    set_markdown(view, "results", project.results);
    set_markdown(view, "transfer_requirements", project.transfer_requirements);
    set_list(view, "success_factors", project.success_factors);
    set_list(view, "stumbling_blocks", project.stumbling_blocks);
    set_contact(view, project);
    const kainjow::mustache::list links = link_items(project.links);
    if (!links.empty()) {
        view.set("links", links);
    }
    kainjow::mustache::list attachments = attachment_items(project.attachments, "/praxisbeispiele/" + project.id + "/anhaenge");
    if (!attachments.empty()) {
        view.set("attachments", attachments);
    }
    return view;
}

TemplateData project_form_view(const Project& project, const std::vector<Topic>& topics,
                               const std::vector<City>& cities, bool choose_city,
                               const i18n::Catalogue& catalogue)
{
    TemplateData view{TemplateData::type::object};
    view.set("id", project.id);
    view.set("project_title", project.title);
    view.set("summary", project.summary);
    view.set("description", project.description);
    view.set("target_groups", joined_lines(project.target_groups));
    view.set("start_date", project.start_date);
    view.set("end_date", project.end_date);
    view.set("lead_organisation", project.lead_organisation);
    view.set("partners", joined_lines(project.partners));
    view.set("costs_and_funding", project.costs_and_funding);
    view.set("staff_effort", project.staff_effort);
    view.set("goals", project.goals);
    view.set("results", project.results);
    view.set("success_factors", joined_lines(project.success_factors));
    view.set("stumbling_blocks", joined_lines(project.stumbling_blocks));
    view.set("transfer_requirements", project.transfer_requirements);
    view.set("contact_name", project.contact_name);
    view.set("contact_email", project.contact_email);
    view.set("contact_phone", project.contact_phone);
    view.set("publish_contact_name", project.publish_contact_name);
    view.set("publish_contact_email", project.publish_contact_email);
    view.set("publish_contact_phone", project.publish_contact_phone);
    std::vector<std::string> link_lines;
    for (const ProjectLink& link : project.links) {
        link_lines.push_back(link.title.empty() ? link.url : link.url + " " + link.title);
    }
    view.set("links", joined_lines(link_lines));
    view.set("is_public", project.visibility == ProjectVisibility::Public);
    view.set("topics", topic_choices(project.topics, topics));
    view.set("statuses", status_choices(project.status, catalogue));
    kainjow::mustache::list files = attachment_items(project.attachments, "/praxisbeispiele/" + project.id + "/anhaenge");
    view.set("has_attachments", !files.empty());
    view.set("attachments", files);
    view.set("choose_city", choose_city);
    view.set("cities", city_choices(project.city_id, cities));
    return view;
}

} // namespace rundum::web
