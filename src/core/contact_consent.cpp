// SPDX-License-Identifier: EUPL-1.2
// Consent to publish a contact's data across saves, restores and the versions kept.
#include "core/contact_consent.hpp"

#include <algorithm>
#include <array>

namespace rundum {

namespace {

// One consented field of a contact: its name, its value and its flag.
struct ConsentField {
    std::string_view name;
    std::string Contact::*value;
    bool Contact::*publish;
};

constexpr std::array<ConsentField, 3> FIELDS = {
    ConsentField{"name", &Contact::name, &Contact::publish_name},
    ConsentField{"email", &Contact::email, &Contact::publish_email},
    ConsentField{"phone", &Contact::phone, &Contact::publish_phone},
};

const Contact* contact_with_id(const std::vector<Contact>& contacts, std::string_view id)
{
    const auto found = std::find_if(contacts.begin(), contacts.end(),
                                    [&](const Contact& contact) { return contact.id == id; });
    return found == contacts.end() ? nullptr : &*found;
}

} // namespace

bool is_consent_basis(std::string_view basis)
{
    return basis == BASIS_WRITTEN || basis == BASIS_ORAL || basis == BASIS_FUNCTION_ADDRESS;
}

std::vector<ConsentChange> consent_changes(const City& before, const City& after)
{
    return consent_changes(before.contacts, after.contacts);
}

std::vector<ConsentChange> consent_changes(const std::vector<Contact>& before,
                                           const std::vector<Contact>& after)
{
    std::vector<ConsentChange> changes;
    for (const Contact& now : after) {
        const Contact* was = contact_with_id(before, now.id);
        for (const ConsentField& field : FIELDS) {
            const bool had = was != nullptr && was->*field.publish;
            if (had != now.*field.publish) {
                changes.push_back(
                    {now.id, now.name, std::string(field.name), now.*field.publish, false});
            }
        }
    }
    for (const Contact& was : before) {
        if (contact_with_id(after, was.id) != nullptr) {
            continue;
        }
        for (const ConsentField& field : FIELDS) {
            if (was.*field.publish) {
                changes.push_back({was.id, was.name, std::string(field.name), false, true});
            }
        }
    }
    return changes;
}

City with_current_consent(const City& restored, const City& current)
{
    City result = restored;
    result.contacts.clear();
    for (Contact contact : restored.contacts) {
        if (const Contact* now = contact_with_id(current.contacts, contact.id)) {
            for (const ConsentField& field : FIELDS) {
                contact.*field.publish = now->*field.publish;
            }
            if (contact.name.empty()) {
                contact.name = now->name; // the history forgot it, the current state did not
            }
        } else {
            if (contact.name.empty()) {
                continue; // nobody to name: the person was removed and forgotten
            }
            for (const ConsentField& field : FIELDS) {
                contact.*field.publish = false;
            }
        }
        result.contacts.push_back(std::move(contact));
    }
    return result;
}

bool forget_withdrawn(City& version, const City& before, const City& after)
{
    return forget_withdrawn(version.contacts, before.contacts, after.contacts);
}

bool forget_withdrawn(std::vector<Contact>& version, const std::vector<Contact>& before,
                      const std::vector<Contact>& after)
{
    bool changed = false;
    std::vector<Contact> kept;
    for (Contact& contact : version) {
        const Contact* was = contact_with_id(before, contact.id);
        const Contact* now = contact_with_id(after, contact.id);
        if (was != nullptr && now == nullptr) {
            changed = true; // removed: the history keeps nothing of the person
            continue;
        }
        if (was != nullptr) {
            for (const ConsentField& field : FIELDS) {
                if (was->*field.publish && !(now->*field.publish) &&
                    !(contact.*field.value).empty()) {
                    (contact.*field.value).clear();
                    changed = true;
                }
            }
        }
        kept.push_back(std::move(contact));
    }
    version = std::move(kept);
    return changed;
}

std::vector<Contact> project_contacts(const Project& project)
{
    const bool any = !project.contact_name.empty() || !project.contact_email.empty() ||
                     !project.contact_phone.empty() || project.publish_contact_name ||
                     project.publish_contact_email || project.publish_contact_phone;
    if (!any) {
        return {};
    }
    return {Contact{project.contact_name, project.contact_name, "", project.contact_email,
                    project.contact_phone, project.publish_contact_name,
                    project.publish_contact_email, project.publish_contact_phone}};
}

bool forget_withdrawn(Project& version, const Project& before, const Project& after)
{
    std::vector<Contact> contacts = project_contacts(version);
    if (!forget_withdrawn(contacts, project_contacts(before), project_contacts(after))) {
        return false;
    }
    const Contact kept = contacts.empty() ? Contact{} : contacts.front();
    version.contact_name = kept.name;
    version.contact_email = kept.email;
    version.contact_phone = kept.phone;
    version.publish_contact_name = kept.publish_name;
    version.publish_contact_email = kept.publish_email;
    version.publish_contact_phone = kept.publish_phone;
    return true;
}

} // namespace rundum
