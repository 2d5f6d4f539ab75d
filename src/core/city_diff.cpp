// SPDX-License-Identifier: EUPL-1.2
// Field-by-field comparison of two city states.
#include "core/city_diff.hpp"

#include "core/text.hpp"

#include <utility>

namespace rundum {

namespace {

std::string contacts_text(const std::vector<Contact>& contacts)
{
    std::vector<std::string> items;
    for (const Contact& contact : contacts) {
        items.push_back(contact.role.empty() ? contact.name : contact.name + " (" + contact.role + ")");
    }
    return joined_lines(items);
}

// The consent changes of the contacts in both states and of the added ones; a removed
// contact's consent ends with it, which the contacts line already shows.
void add_consent_changes(const City& before, const City& after, std::vector<FieldChange>& changed)
{
    for (const Contact& now : after.contacts) {
        Contact none;
        const Contact* was = &none;
        for (const Contact& contact : before.contacts) {
            if (contact.id == now.id) {
                was = &contact;
            }
        }
        const std::string subject = now.name.empty() ? was->name : now.name;
        const std::pair<const char*, bool Contact::*> flags[] = {
            {"publish_name", &Contact::publish_name},
            {"publish_email", &Contact::publish_email},
            {"publish_phone", &Contact::publish_phone},
        };
        for (const auto& [field, flag] : flags) {
            if (was->*flag != now.*flag) {
                changed.push_back({field, std::string(was->*flag ? YES : NO), std::string(now.*flag ? YES : NO),
                                   subject, true});
            }
        }
    }
}

} // namespace

std::vector<FieldChange> diff_cities(const City& before, const City& after)
{
    const PostalAddress none;
    const PostalAddress& old_address = before.address ? *before.address : none;
    const PostalAddress& new_address = after.address ? *after.address : none;
    const std::vector<FieldChange> all = {
        {"alliance", before.alliance, after.alliance},
        {"contacts", contacts_text(before.contacts), contacts_text(after.contacts)},
        {"statement", before.statement, after.statement},
        {"recipient_lines", joined_lines(old_address.recipient_lines), joined_lines(new_address.recipient_lines)},
        {"street", old_address.street, new_address.street},
        {"postcode", old_address.postcode, new_address.postcode},
        {"locality", old_address.locality, new_address.locality},
        {"website", before.website, after.website},
    };
    std::vector<FieldChange> changed;
    for (const FieldChange& change : all) {
        if (change.before != change.after) {
            changed.push_back(change);
        }
    }
    add_consent_changes(before, after, changed);
    return changed;
}

} // namespace rundum
