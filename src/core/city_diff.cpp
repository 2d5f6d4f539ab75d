// Field-by-field comparison of two city states.
#include "core/city_diff.hpp"

#include "core/text.hpp"

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
    return changed;
}

} // namespace rundum
