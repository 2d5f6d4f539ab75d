// SPDX-License-Identifier: EUPL-1.2
// Walking adoption records up to the original and down to every adaptation.
#include "core/adoption_tree.hpp"

#include <algorithm>
#include <set>

namespace rundum {

namespace {

// Adoptions without a start come after the dated ones: their place in time is unknown.
bool earlier(const Adoption* left, const Adoption* right)
{
    if (left->started.empty() != right->started.empty()) {
        return right->started.empty();
    }
    if (left->started != right->started) {
        return left->started < right->started;
    }
    return left->id < right->id;
}

void add_children(AdoptionTreeNode& node, const std::vector<Adoption>& adoptions, std::set<std::string>& placed)
{
    std::vector<const Adoption*> children;
    for (const Adoption& adoption : adoptions) {
        if (adoption.original_project_id == node.project_id) {
            children.push_back(&adoption);
        }
    }
    std::sort(children.begin(), children.end(), earlier);
    for (const Adoption* child : children) {
        // A project already in the tree (elsewhere, or as an ancestor: a cycle) is not repeated.
        if (!child->project_id.empty() && !placed.insert(child->project_id).second) {
            continue;
        }
        node.children.push_back(AdoptionTreeNode{child->project_id, child->id, {}});
    }
    for (AdoptionTreeNode& child : node.children) {
        if (!child.project_id.empty()) {
            add_children(child, adoptions, placed);
        }
    }
}

} // namespace

std::string adoption_root(std::string_view project_id, const std::vector<Adoption>& adoptions)
{
    std::string current(project_id);
    std::set<std::string> seen{current};
    while (true) {
        // list_adoptions gives the oldest first: the first match is the oldest.
        auto parent = std::find_if(adoptions.begin(), adoptions.end(),
                                   [&](const Adoption& adoption) { return adoption.project_id == current; });
        if (parent == adoptions.end() || !seen.insert(parent->original_project_id).second) {
            return current;
        }
        current = parent->original_project_id;
    }
}

AdoptionTreeNode adoption_tree(std::string_view project_id, const std::vector<Adoption>& adoptions)
{
    AdoptionTreeNode root{adoption_root(project_id, adoptions), "", {}};
    std::set<std::string> placed{root.project_id};
    add_children(root, adoptions, placed);
    return root;
}

} // namespace rundum
