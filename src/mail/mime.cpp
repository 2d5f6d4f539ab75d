// SPDX-License-Identifier: EUPL-1.2
// RFC 5322 / MIME text of a message (headers folded and encoded by header_writer). The encoders are written out here (not taken from a
// library) because they are short and the rules that matter are exactly the ones tested:
// 76-character lines, no split UTF-8 characters in encoded words, nothing that can inject headers.
#include "mail/mime.hpp"

#include "mail/header_writer.hpp"

#include "core/base64.hpp"
#include "core/text.hpp"

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdio>
#include <ctime>
#include <string>
#include <utility>
#include <vector>

namespace rundum::mail {

namespace {

// RFC 2045: encoded body lines at most 76 characters, the soft-break '=' included.
constexpr std::size_t MAX_BODY_LINE = 76;
constexpr std::size_t MAX_ADDRESS_LENGTH = 254;

constexpr std::string_view HEX_DIGITS = "0123456789ABCDEF";

bool is_valid_address(std::string_view address)
{
    static constexpr std::string_view FORBIDDEN = "<>()[]\\,;:\"";
    const auto at = address.find('@');
    if (address.empty() || address.size() > MAX_ADDRESS_LENGTH || at == std::string_view::npos ||
        at == 0 || at + 1 == address.size() ||
        address.find('@', at + 1) != std::string_view::npos) {
        return false;
    }
    return std::all_of(address.begin(), address.end(), [](char c) {
        const auto byte = static_cast<unsigned char>(c);
        return byte > 0x20 && byte < 0x7F && FORBIDDEN.find(c) == std::string_view::npos;
    });
}

// A display name as an RFC 5322 phrase: atoms as they are, specials in a quoted string,
// anything else as encoded words.
void append_display_name(HeaderWriter& writer, std::string_view name)
{
    static constexpr std::string_view SPECIALS = "()<>[]:;@\\,.\"";
    if (needs_encoding(name)) {
        writer.append_encoded(name);
        return;
    }
    if (name.find_first_of(SPECIALS) == std::string_view::npos) {
        writer.append_plain(name);
        return;
    }
    std::string quoted = "\"";
    for (char c : name) {
        if (c == '"' || c == '\\') {
            quoted += '\\';
        }
        quoted += c;
    }
    quoted += '"';
    writer.append_plain(quoted);
}

Result<std::string> mailbox_header(std::string_view name, std::string_view value)
{
    RUNDUM_TRY_ASSIGN(mailbox, parse_mailbox(value));
    HeaderWriter writer(name);
    if (!mailbox.display_name.empty()) {
        append_display_name(writer, mailbox.display_name);
        writer.append_word("<" + mailbox.address + ">");
    } else {
        writer.append_word(mailbox.address);
    }
    return std::move(writer).finish();
}

std::string message_id_value(std::string_view id)
{
    if (id.starts_with('<') && id.ends_with('>')) {
        return std::string(id);
    }
    // Appended piece by piece: "<" + std::string(id) + ">" makes g++ 12 -O2 warn falsely
    // (-Wrestrict).
    std::string value;
    value.reserve(id.size() + 2);
    value += '<';
    value += id;
    value += '>';
    return value;
}

void append_hex(std::string& out, unsigned char byte)
{
    out += '=';
    out += HEX_DIGITS[byte >> 4U];
    out += HEX_DIGITS[byte & 0x0FU];
}

// One line of text (no line break in it) as quoted-printable lines joined by soft breaks.
void encode_quoted_printable_line(std::string_view line, std::string& out)
{
    // Encode each byte first, then pack: an "=XX" triple is never split by a soft break.
    std::vector<std::string> pieces;
    pieces.reserve(line.size());
    for (std::size_t i = 0; i < line.size(); ++i) {
        const auto byte = static_cast<unsigned char>(line[i]);
        const bool at_end = i + 1 == line.size();
        const bool from_at_start = i == 0 && line.starts_with("From ");
        const bool is_inner_space = (byte == ' ' || byte == '\t') && !at_end;
        const bool is_plain = byte >= 33 && byte <= 126 && byte != '=' && !from_at_start;
        std::string piece;
        if (is_inner_space || is_plain) {
            piece += static_cast<char>(byte);
        } else {
            append_hex(piece, byte);
        }
        pieces.push_back(std::move(piece));
    }
    std::size_t rest = 0;
    for (const auto& piece : pieces) {
        rest += piece.size();
    }
    std::size_t column = 0;
    for (const auto& piece : pieces) {
        // A soft break only when the rest of the line does not fit, and then before the piece
        // that would leave no room for the '='.
        const bool rest_fits = column + rest <= MAX_BODY_LINE;
        if (!rest_fits && column + piece.size() > MAX_BODY_LINE - 1) {
            out += "=\r\n";
            column = 0;
        }
        out += piece;
        column += piece.size();
        rest -= piece.size();
    }
}

constexpr std::string_view BOUNDARY = "=_rundum_part";
constexpr std::string_view TEXT_PART_HEADERS = "Content-Type: text/plain; charset=UTF-8\r\n"
                                               "Content-Transfer-Encoding: quoted-printable\r\n";

// Headers the message writer sets itself: an extra header may not repeat or override them.
bool is_reserved_header(std::string_view name)
{
    static constexpr std::array<std::string_view, 8> RESERVED = {
        "date", "from", "to", "subject", "message-id", "mime-version", "content-type", "content-transfer-encoding"};
    return std::find(RESERVED.begin(), RESERVED.end(), ascii_lowercase(name)) != RESERVED.end();
}

// RFC 5322 2.2: a field name is printable ASCII without ':' (and we allow no space either).
bool is_valid_header_name(std::string_view name)
{
    return !name.empty() && name.size() <= 64 && std::all_of(name.begin(), name.end(), [](char c) {
        const auto byte = static_cast<unsigned char>(c);
        return byte > 0x20 && byte < 0x7F && c != ':';
    });
}

Result<std::string> extra_header(const MailHeader& header)
{
    RUNDUM_TRY(check_header_value("extra header name", header.name));
    RUNDUM_TRY(check_header_value(header.name, header.value));
    if (!is_valid_header_name(header.name) || is_reserved_header(header.name)) {
        return fail(ErrorCode::Invalid, "error.mail.invalid_header", {}, "mail header name not allowed: " + header.name);
    }
    HeaderWriter writer(header.name);
    if (needs_encoding(header.value)) {
        writer.append_encoded(header.value);
    } else {
        writer.append_plain(header.value);
    }
    return std::move(writer).finish();
}

void append_text_body(std::string& text, std::string_view body)
{
    text += encode_quoted_printable(body);
    if (!text.ends_with("\r\n")) {
        text += "\r\n";
    }
}

// A file name in Content-Disposition: quoted when plain, RFC 2231 percent-encoded UTF-8 otherwise.
std::string disposition_value(std::string_view file_name)
{
    const bool plain = is_plain_header_text(file_name) && file_name.find_first_of("\"\\%") == std::string_view::npos;
    if (plain) {
        return "attachment; filename=\"" + std::string(file_name) + "\"";
    }
    std::string value = "attachment; filename*=UTF-8''";
    for (char c : file_name) {
        const auto byte = static_cast<unsigned char>(c);
        const bool unreserved = (byte >= 'A' && byte <= 'Z') || (byte >= 'a' && byte <= 'z') ||
                                (byte >= '0' && byte <= '9') || c == '-' || c == '.' || c == '_' || c == '~';
        if (unreserved) {
            value += c;
        } else {
            value += '%';
            value += HEX_DIGITS[byte >> 4U];
            value += HEX_DIGITS[byte & 0x0FU];
        }
    }
    return value;
}

// One attachment as a MIME part: its headers, a blank line, base64 in lines of 76 characters.
Result<std::string> attachment_part(const MailAttachment& attachment)
{
    RUNDUM_TRY(check_header_value("attachment Content-Type", attachment.content_type));
    RUNDUM_TRY(check_header_value("attachment file name", attachment.file_name));
    if (attachment.content_type.find('/') == std::string::npos || !is_plain_header_text(attachment.content_type) ||
        attachment.file_name.empty()) {
        return fail(ErrorCode::Invalid, "error.mail.invalid_header", {},
                    "attachment without a plain content type or a file name");
    }
    HeaderWriter type("Content-Type");
    type.append_plain(attachment.content_type);
    std::string part = std::move(type).finish();
    part += "Content-Transfer-Encoding: base64\r\n";
    HeaderWriter disposition("Content-Disposition");
    disposition.append_plain(disposition_value(attachment.file_name));
    part += std::move(disposition).finish();
    part += "\r\n";
    const std::string encoded = to_base64(attachment.content);
    for (std::size_t at = 0; at < encoded.size(); at += MAX_BODY_LINE) {
        part += encoded.substr(at, MAX_BODY_LINE);
        part += "\r\n";
    }
    return part;
}

} // namespace

Result<Mailbox> parse_mailbox(std::string_view value)
{
    RUNDUM_TRY(check_header_value("mailbox", value));
    const auto invalid = [&] {
        return fail(ErrorCode::Invalid, "error.mail.invalid_address", {std::string(value)},
                    "not a mailbox: " + std::string(value));
    };
    const auto trimmed = trim_blanks(value);
    Mailbox mailbox;
    if (trimmed.ends_with('>')) {
        const auto open = trimmed.rfind('<');
        if (open == std::string_view::npos) {
            return invalid();
        }
        mailbox.address = std::string(trimmed.substr(open + 1, trimmed.size() - open - 2));
        auto name = trim_blanks(trimmed.substr(0, open));
        if (name.size() >= 2 && name.front() == '"' && name.back() == '"') {
            name = name.substr(1, name.size() - 2);
            for (std::size_t i = 0; i < name.size(); ++i) {
                if (name[i] == '\\' && i + 1 < name.size()) {
                    ++i;
                }
                mailbox.display_name += name[i];
            }
        } else {
            mailbox.display_name = std::string(name);
        }
    } else {
        mailbox.address = std::string(trimmed);
    }
    if (!is_valid_address(mailbox.address)) {
        return invalid();
    }
    return mailbox;
}

std::string rfc2822_date(std::chrono::system_clock::time_point time)
{
    static constexpr std::array<std::string_view, 7> DAYS = {"Sun", "Mon", "Tue", "Wed",
                                                             "Thu", "Fri", "Sat"};
    static constexpr std::array<std::string_view, 12> MONTHS = {
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    const std::time_t seconds = std::chrono::system_clock::to_time_t(time);
    std::tm utc{};
    gmtime_r(&seconds, &utc);
    std::array<char, 40> buffer{};
    std::snprintf(buffer.data(), buffer.size(), "%s, %02d %s %04d %02d:%02d:%02d +0000",
                  DAYS.at(static_cast<std::size_t>(utc.tm_wday)).data(), utc.tm_mday,
                  MONTHS.at(static_cast<std::size_t>(utc.tm_mon)).data(), utc.tm_year + 1900,
                  utc.tm_hour, utc.tm_min, utc.tm_sec);
    return buffer.data();
}

std::string encode_quoted_printable(std::string_view text)
{
    std::string out;
    out.reserve(text.size() + text.size() / 8);
    std::string line;
    for (std::size_t i = 0; i <= text.size(); ++i) {
        if (i == text.size()) {
            encode_quoted_printable_line(line, out);
            break;
        }
        const char c = text[i];
        if (c == '\n' || (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n')) {
            encode_quoted_printable_line(line, out);
            out += "\r\n";
            line.clear();
            if (c == '\r') {
                ++i;
            }
            continue;
        }
        line += c; // a lone CR stays in the line and is encoded as =0D
    }
    return out;
}

Result<std::string> to_rfc5322(const MailMessage& message, std::string_view date_rfc2822)
{
    RUNDUM_TRY(check_header_value("Date", date_rfc2822));
    RUNDUM_TRY(check_header_value("From", message.from));
    RUNDUM_TRY(check_header_value("To", message.to));
    RUNDUM_TRY(check_header_value("Subject", message.subject));
    RUNDUM_TRY(check_header_value("Message-ID", message.message_id));
    if (trim_blanks(date_rfc2822).empty()) {
        return fail(ErrorCode::Invalid, "error.mail.invalid_header", {}, "mail without a date");
    }

    std::string text;
    text += "Date: " + std::string(date_rfc2822) + "\r\n";
    RUNDUM_TRY_ASSIGN(from, mailbox_header("From", message.from));
    text += from;
    RUNDUM_TRY_ASSIGN(to, mailbox_header("To", message.to));
    text += to;
    HeaderWriter subject("Subject");
    if (needs_encoding(message.subject)) {
        subject.append_encoded(message.subject);
    } else {
        subject.append_plain(message.subject);
    }
    text += std::move(subject).finish();
    if (!message.message_id.empty()) {
        text += "Message-ID: " + message_id_value(message.message_id) + "\r\n";
    }
    for (const MailHeader& header : message.extra_headers) {
        RUNDUM_TRY_ASSIGN(line, extra_header(header));
        text += line;
    }
    text += "MIME-Version: 1.0\r\n";
    if (message.attachments.empty()) {
        text += TEXT_PART_HEADERS;
        text += "\r\n";
        append_text_body(text, message.body_text);
        return text;
    }
    // The boundary starts with "=_": quoted-printable writes '=' as "=3D" and base64 has no '_',
    // so no part can contain it and it need not be random.
    text += "Content-Type: multipart/mixed; boundary=\"" + std::string(BOUNDARY) + "\"\r\n\r\n";
    text += "--" + std::string(BOUNDARY) + "\r\n" + std::string(TEXT_PART_HEADERS) + "\r\n";
    append_text_body(text, message.body_text);
    for (const MailAttachment& attachment : message.attachments) {
        text += "--" + std::string(BOUNDARY) + "\r\n";
        RUNDUM_TRY_ASSIGN(part, attachment_part(attachment));
        text += part;
    }
    text += "--" + std::string(BOUNDARY) + "--\r\n";
    return text;
}

} // namespace rundum::mail
