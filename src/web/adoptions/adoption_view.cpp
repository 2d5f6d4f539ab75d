// SPDX-License-Identifier: EUPL-1.2
// Builds the learning sections of a project's page. The family tree is flattened into rows that
// say where a nested list opens and closes, so the template writes <ul> inside <li> without
// recursion and escapes every text itself.
#include "web/adoptions/adoption_view.hpp"

#include <algorithm>
#include <map>
#include <optional>
#include <set>

#include "core/adoption_tree.hpp"
#include "core/calendar_date.hpp"
#include "core/learning_permissions.hpp"
#include "core/permissions.hpp"
#include "core/text.hpp"
#include "web/adoptions/learning_permissions.hpp"
#include "web/projects/project_view.hpp"

namespace rundum::web {

namespace {

// Plain text as paragraphs, one per non-blank line.
kainjow::mustache::list paragraphs(const std::string& text)
{
    kainjow::mustache::list list;
    for (const std::string& line : non_blank_lines(text)) {
        list.emplace_back(TemplateData("text", line));
    }
    return list;
}

class LearningView {
public:
    LearningView(const ProjectWithCity& project, const User* member, const i18n::Catalogue& catalogue,
                 std::vector<City> cities, std::vector<Project> projects, std::vector<Adoption> adoptions)
        : m_project(project), m_member(member), m_catalogue(catalogue), m_cities(std::move(cities)),
          m_adoptions(std::move(adoptions)), m_is_member(is_allowed(member, Action::ViewMembersOnly))
    {
        m_projects_list = std::move(projects);
        for (const Project& found : m_projects_list) {
            m_projects.emplace(found.id, &found);
        }
        m_projects.emplace(project.project.id, &project.project);
    }

    // An own project may be named where the visitor may see it (members: every project).
    bool is_visible(const std::string& project_id) const
    {
        auto found = m_projects.find(project_id);
        return found != m_projects.end() && (m_is_member || found->second->visibility == ProjectVisibility::Public);
    }

    // A project for which is_visible holds.
    const Project& project(const std::string& project_id) const { return *m_projects.at(project_id); }

    std::string city_name(const std::string& city_id) const
    {
        const City* city = city_with_id(m_cities, city_id);
        return city != nullptr ? city->name : city_id;
    }

    std::string city_slug(const std::string& city_id) const
    {
        const City* city = city_with_id(m_cities, city_id);
        return city != nullptr ? city->slug : "";
    }

    bool may_record_for(const std::string& city_id) const
    {
        const City* city = city_with_id(m_cities, city_id);
        return city != nullptr && is_allowed(m_member, Action::RecordLearning, city);
    }

    std::string outcome_text(AdoptionOutcome outcome) const
    {
        return m_catalogue.text("adoption.outcome." + std::string(outcome_key(outcome)));
    }

    kainjow::mustache::list adoption_items() const
    {
        kainjow::mustache::list items;
        for (const Adoption& adoption : m_adoptions) {
            if (adoption.original_project_id != m_project.project.id) {
                continue;
            }
            // The public sees an adoption only where its own project (if any) is public too.
            if (!adoption.project_id.empty() && !is_visible(adoption.project_id)) {
                continue;
            }
            TemplateData item{TemplateData::type::object};
            item.set("city_name", city_name(adoption.city_id));
            item.set("city_slug", city_slug(adoption.city_id));
            const bool has_own = !adoption.project_id.empty();
            item.set("has_own_project", has_own);
            item.set("own_title", has_own ? project(adoption.project_id).title : "");
            item.set("own_url", has_own ? "/praxisbeispiele/" + adoption.project_id : "");
            item.set("adaptations", paragraphs(adoption.adaptations));
            item.set("has_adaptations", !non_blank_lines(adoption.adaptations).empty());
            item.set("experience", paragraphs(adoption.experience));
            item.set("has_experience", !non_blank_lines(adoption.experience).empty());
            item.set("outcome", outcome_text(adoption.outcome));
            item.set("has_started", !adoption.started.empty());
            item.set("started", readable_month(adoption.started));
            kainjow::mustache::list updates;
            for (const AdoptionUpdate& update : adoption.updates) {
                TemplateData row{TemplateData::type::object};
                row.set("date", readable_day(update.date));
                row.set("text", update.text);
                updates.push_back(row);
            }
            item.set("has_updates", !updates.empty());
            item.set("updates", updates);
            item.set("can_edit", may_record_for(adoption.city_id));
            item.set("edit_url", "/uebernahmen/" + adoption.id + "/bearbeiten");
            items.push_back(item);
        }
        return items;
    }

    kainjow::mustache::list advice_items(const std::vector<Advice>& all) const
    {
        kainjow::mustache::list items;
        for (const Advice& advice : all) {
            if (advice.project_id != m_project.project.id) {
                continue;
            }
            const City* advising = city_with_id(m_cities, advice.advising_city_id);
            TemplateData item{TemplateData::type::object};
            item.set("city_name", city_name(advice.advising_city_id));
            item.set("city_slug", city_slug(advice.advising_city_id));
            item.set("has_year", !advice.year.empty());
            item.set("year", advice.year);
            item.set("note", paragraphs(advice.note));
            item.set("can_delete", may_record_advice(m_member, m_project.city, advising));
            item.set("delete_url", "/beratung/" + advice.id + "/loeschen");
            items.push_back(item);
        }
        return items;
    }

    kainjow::mustache::list interest_items(const std::vector<Interest>& interests) const
    {
        kainjow::mustache::list items;
        for (const Interest& interest : interests) {
            TemplateData item{TemplateData::type::object};
            item.set("city_name", city_name(interest.city_id));
            item.set("city_id", interest.city_id);
            item.set("note", interest.note);
            item.set("has_note", !interest.note.empty());
            item.set("since", readable_day(interest.created_at));
            item.set("can_withdraw", may_record_for(interest.city_id));
            items.push_back(item);
        }
        return items;
    }

    // The tree without what the visitor may not see: a hidden project hides its branch.
    std::optional<AdoptionTreeNode> visible_part(const AdoptionTreeNode& node) const
    {
        if (!node.project_id.empty() && !is_visible(node.project_id)) {
            return std::nullopt;
        }
        AdoptionTreeNode kept{node.project_id, node.adoption_id, {}};
        for (const AdoptionTreeNode& child : node.children) {
            if (auto visible = visible_part(child)) {
                kept.children.push_back(std::move(*visible));
            }
        }
        return kept;
    }

    kainjow::mustache::list tree_rows(const AdoptionTreeNode& root) const
    {
        std::vector<std::pair<const AdoptionTreeNode*, std::size_t>> order; // node, depth
        add_in_order(root, 0, order);
        kainjow::mustache::list rows;
        for (std::size_t i = 0; i < order.size(); ++i) {
            const auto [node, depth] = order[i];
            const std::size_t next_depth = i + 1 < order.size() ? order[i + 1].second : 0;
            const bool has_children = next_depth > depth;
            TemplateData row = tree_label(*node);
            row.set("opens", i > 0 && depth > order[i - 1].second);
            row.set("has_children", has_children);
            kainjow::mustache::list closes;
            for (std::size_t level = has_children ? depth : next_depth; level < depth; ++level) {
                closes.emplace_back(TemplateData{TemplateData::type::object});
            }
            row.set("closes", closes);
            rows.push_back(row);
        }
        return rows;
    }

    const Adoption* adoption_of(const std::string& adoption_id) const
    {
        auto found = std::find_if(m_adoptions.begin(), m_adoptions.end(),
                                  [&](const Adoption& adoption) { return adoption.id == adoption_id; });
        return found != m_adoptions.end() ? &*found : nullptr;
    }

private:
    static void add_in_order(const AdoptionTreeNode& node, std::size_t depth,
                             std::vector<std::pair<const AdoptionTreeNode*, std::size_t>>& order)
    {
        order.emplace_back(&node, depth);
        for (const AdoptionTreeNode& child : node.children) {
            add_in_order(child, depth + 1, order);
        }
    }

    TemplateData tree_label(const AdoptionTreeNode& node) const
    {
        TemplateData row{TemplateData::type::object};
        const Adoption* adoption = adoption_of(node.adoption_id);
        const bool has_project = !node.project_id.empty();
        const Project* shown = has_project ? &project(node.project_id) : nullptr;
        row.set("has_project", has_project);
        row.set("title", shown != nullptr ? shown->title : "");
        row.set("url", has_project ? "/praxisbeispiele/" + node.project_id : "");
        row.set("is_current", node.project_id == m_project.project.id);
        row.set("city_name", city_name(shown != nullptr ? shown->city_id : adoption != nullptr ? adoption->city_id : ""));
        row.set("is_adoption", adoption != nullptr);
        row.set("outcome", adoption != nullptr ? outcome_text(adoption->outcome) : "");
        row.set("has_started", adoption != nullptr && !adoption->started.empty());
        row.set("started", adoption != nullptr ? readable_month(adoption->started) : "");
        return row;
    }

    const ProjectWithCity& m_project;
    const User* m_member;
    const i18n::Catalogue& m_catalogue;
    std::vector<City> m_cities;
    std::vector<Project> m_projects_list;
    std::map<std::string, const Project*> m_projects;
    std::vector<Adoption> m_adoptions;
    bool m_is_member;
};

// Every project the sections may name: the family tree's and the adoptions' own projects.
std::vector<std::string> involved_projects(const AdoptionTreeNode& tree, const std::vector<Adoption>& adoptions,
                                           const std::string& project_id)
{
    std::set<std::string> ids;
    std::vector<const AdoptionTreeNode*> open{&tree};
    while (!open.empty()) {
        const AdoptionTreeNode* node = open.back();
        open.pop_back();
        if (!node->project_id.empty()) {
            ids.insert(node->project_id);
        }
        for (const AdoptionTreeNode& child : node->children) {
            open.push_back(&child);
        }
    }
    for (const Adoption& adoption : adoptions) {
        if (adoption.original_project_id == project_id && !adoption.project_id.empty()) {
            ids.insert(adoption.project_id);
        }
    }
    ids.erase(project_id);
    return {ids.begin(), ids.end()};
}

} // namespace

Result<void> add_learning_view(TemplateData& page, Services& services, const ProjectWithCity& project,
                               const User* member)
{
    RUNDUM_TRY_ASSIGN(adoptions, services.store.list_adoptions());
    RUNDUM_TRY_ASSIGN(advice, services.store.list_advice());
    RUNDUM_TRY_ASSIGN(cities, services.store.list_cities());
    const AdoptionTreeNode tree = adoption_tree(project.project.id, adoptions);
    RUNDUM_TRY_ASSIGN(projects, services.store.find_projects(involved_projects(tree, adoptions, project.project.id)));
    const LearningView view(project, member, services.catalogue, cities, std::move(projects), adoptions);

    const kainjow::mustache::list adopted = view.adoption_items();
    page.set("has_adoptions", !adopted.empty());
    page.set("adoptions", adopted);
    const kainjow::mustache::list advised = view.advice_items(advice);
    page.set("has_advice", !advised.empty());
    page.set("advice", advised);
    if (auto visible = view.visible_part(tree); visible && !visible->children.empty()) {
        page.set("has_tree", true);
        page.set("tree", view.tree_rows(*visible));
    }
    // This project adapts another: the oldest such record, as in the tree.
    auto parent = std::find_if(adoptions.begin(), adoptions.end(),
                               [&](const Adoption& adoption) { return adoption.project_id == project.project.id; });
    if (parent != adoptions.end() && view.is_visible(parent->original_project_id)) {
        const Project& original = view.project(parent->original_project_id);
        page.set("adopted_from", true);
        page.set("adopted_from_title", original.title);
        page.set("adopted_from_url", "/praxisbeispiele/" + original.id);
        page.set("adopted_from_city", view.city_name(original.city_id));
        page.set("adopted_from_edit", view.may_record_for(parent->city_id));
        page.set("adopted_from_edit_url", "/uebernahmen/" + parent->id + "/bearbeiten");
    }
    if (!is_allowed(member, Action::ViewMembersOnly)) {
        return {};
    }
    // Members only: who is interested, and what this member may do here.
    RUNDUM_TRY_ASSIGN(interests, services.store.interests(project.project.id));
    const kainjow::mustache::list interested = view.interest_items(interests);
    page.set("learning_member", true);
    page.set("has_interests", !interested.empty());
    page.set("interests", interested);
    const bool is_admin = member->role == Role::Admin;
    const bool other_city = !member->city_id.empty() && member->city_id != project.city.id;
    const bool said_so = std::any_of(interests.begin(), interests.end(),
                                     [&](const Interest& interest) { return interest.city_id == member->city_id; });
    page.set("can_adopt", is_admin || other_city);
    page.set("can_express_interest", other_city && !said_so);
    page.set("interest_is_admin", is_admin);
    page.set("can_record_advice", !advising_cities_for(*member, project.city, cities).empty());
    return {};
}

} // namespace rundum::web
