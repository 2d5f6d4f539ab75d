// SPDX-License-Identifier: EUPL-1.2
// Writes vCards; escaping and folding follow RFC 2426 (vCard 3.0).
#include "format/vcard.hpp"

#include "core/text.hpp"

namespace rundum::format {

namespace {

// Folds a logical line into physical lines of at most 75 octets without splitting a UTF-8
// character: continuation lines start with a space.
void append_folded(std::string& out, const std::string& line)
{
    std::size_t written = 0;
    std::size_t limit = 75;
    while (line.size() - written > limit) {
        std::size_t cut = written + limit;
        while (cut > written && (static_cast<unsigned char>(line[cut]) & 0xC0U) == 0x80U) {
            --cut; // never cut inside a multi-byte character
        }
        out.append(line, written, cut - written);
        out += "\r\n ";
        written = cut;
        limit = 74; // the leading space counts
    }
    out.append(line, written, std::string::npos);
    out += "\r\n";
}

} // namespace

std::string vcard_escape(const std::string& text)
{
    std::string out;
    out.reserve(text.size());
    for (char c : text) {
        switch (c) {
        case '\\': out += "\\\\"; break;
        case ',': out += "\\,"; break;
        case ';': out += "\\;"; break;
        case '\n': out += "\\n"; break;
        case '\r': break;
        default: out += c;
        }
    }
    return out;
}

std::string city_vcard(const City& city)
{
    std::string out;
    append_folded(out, "BEGIN:VCARD");
    append_folded(out, "VERSION:3.0");
    const std::string organisation = city.alliance.empty() ? city.name : city.alliance;
    if (!city.contacts.empty() && !city.contacts.front().name.empty()) {
        const Contact& person = city.contacts.front();
        append_folded(out, "FN:" + vcard_escape(person.name));
        // The name is kept whole: splitting German names with titles into parts guesses wrong.
        append_folded(out, "N:" + vcard_escape(person.name) + ";;;;");
        if (!person.role.empty()) {
            append_folded(out, "TITLE:" + vcard_escape(person.role));
        }
        if (!person.email.empty()) {
            append_folded(out, "EMAIL;TYPE=work:" + vcard_escape(person.email));
        }
        if (!person.phone.empty()) {
            append_folded(out, "TEL;TYPE=work:" + vcard_escape(person.phone));
        }
    } else {
        append_folded(out, "FN:" + vcard_escape(organisation));
        append_folded(out, "N:" + vcard_escape(organisation) + ";;;;");
    }
    append_folded(out, "ORG:" + vcard_escape(organisation));
    if (city.address) {
        const PostalAddress& address = *city.address;
        append_folded(out, "ADR;TYPE=work:;" + vcard_escape(joined_lines(address.recipient_lines)) +
                               ";" + vcard_escape(address.street) + ";" +
                               vcard_escape(address.locality) + ";;" +
                               vcard_escape(address.postcode) + ";Deutschland");
    }
    if (!city.website.empty()) {
        append_folded(out, "URL:" + city.website);
    }
    append_folded(out, "END:VCARD");
    return out;
}

} // namespace rundum::format
