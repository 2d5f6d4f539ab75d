// SPDX-License-Identifier: EUPL-1.2
// RFC 5322 text of a message: encoded words and quoted-printable on real German text, line
// lengths, and the refusal of header injection.
#include <gtest/gtest.h>

#include <chrono>
#include <string>
#include <vector>

#include "mail/mime.hpp"
#include "smtp_receiver.hpp"

namespace rundum::mail {
namespace {

using testing::body_of;
using testing::decode_header_value;
using testing::decode_quoted_printable;
using testing::header_block;
using testing::raw_header;

constexpr std::string_view DATE = "Fri, 14 Feb 2025 09:30:00 +0000";

MailMessage message_with_subject(std::string subject)
{
    return MailMessage{"Bündnis für Familie Jena <jena@example.org>", "anna@example.org",
                       std::move(subject), "Hallo Anna,\nbis bald.\n", "1234.5678@rundum.example"};
}

std::vector<std::string> lines_of(const std::string& text)
{
    std::vector<std::string> lines;
    std::size_t start = 0;
    while (start < text.size()) {
        auto end = text.find("\r\n", start);
        if (end == std::string::npos) {
            end = text.size();
        }
        lines.push_back(text.substr(start, end - start));
        start = end + 2;
    }
    return lines;
}

bool is_valid_utf8(std::string_view text)
{
    std::size_t i = 0;
    while (i < text.size()) {
        const auto lead = static_cast<unsigned char>(text[i]);
        std::size_t length = lead < 0x80            ? 1
                             : (lead >> 5U) == 0x6  ? 2
                             : (lead >> 4U) == 0xE  ? 3
                             : (lead >> 3U) == 0x1E ? 4
                                                    : 0;
        if (length == 0 || i + length > text.size()) {
            return false;
        }
        for (std::size_t k = 1; k < length; ++k) {
            if ((static_cast<unsigned char>(text[i + k]) & 0xC0U) != 0x80U) {
                return false;
            }
        }
        i += length;
    }
    return true;
}

// Each =?UTF-8?B?...?= word of a raw header value, decoded on its own.
std::vector<std::string> encoded_words(const std::string& raw)
{
    std::vector<std::string> words;
    std::size_t position = 0;
    while ((position = raw.find("=?UTF-8?B?", position)) != std::string::npos) {
        const auto end = raw.find("?=", position + 10);
        words.push_back(testing::decode_base64(raw.substr(position + 10, end - position - 10)));
        position = end + 2;
    }
    return words;
}

std::string text_of(const MailMessage& message)
{
    auto text = to_rfc5322(message, DATE);
    EXPECT_TRUE(text.has_value()) << (text ? "" : text.error().detail);
    return text ? *text : std::string();
}

TEST(MailMime, NonAsciiSubjectBecomesEncodedWordThatDecodesBack)
{
    for (const std::string subject : {"Einladung für Jena: Passwort setzen",
                                      "Grüße aus München – bitte bis Freitag antworten"}) {
        const auto text = text_of(message_with_subject(subject));
        const auto raw = raw_header(text, "Subject");
        EXPECT_TRUE(raw.starts_with("=?UTF-8?B?")) << raw;
        EXPECT_EQ(decode_header_value(raw), subject);
    }
}

TEST(MailMime, LongNonAsciiSubjectFoldsIntoWordsOfWholeCharacters)
{
    std::string subject;
    while (subject.size() < 200) {
        subject += "Grüße aus München – bitte bis Freitag antworten; ";
    }
    const auto text = text_of(message_with_subject(subject));
    const auto raw = raw_header(text, "Subject");
    EXPECT_NE(raw.find("\r\n "), std::string::npos) << "not folded: " << raw;
    EXPECT_EQ(decode_header_value(raw), subject);
    const auto words = encoded_words(raw);
    EXPECT_GT(words.size(), 3U);
    for (const auto& word : words) {
        EXPECT_TRUE(is_valid_utf8(word)) << "a character split between encoded words: " << word;
    }
    for (const auto& line : lines_of(header_block(text))) {
        EXPECT_LE(line.size(), 76U) << line;
    }
}

TEST(MailMime, AsciiSubjectStaysReadableAndLongOneFoldsAtSpaces)
{
    const auto short_text = text_of(message_with_subject("Treffen am 3. April in Jena"));
    EXPECT_NE(short_text.find("\r\nSubject: Treffen am 3. April in Jena\r\n"), std::string::npos);

    std::string subject;
    while (subject.size() < 200) {
        subject += "Protokoll  des Netzwerktreffens\tin Jena, ";
    }
    const auto text = text_of(message_with_subject(subject));
    const auto raw = raw_header(text, "Subject");
    EXPECT_EQ(raw.find("=?"), std::string::npos);
    EXPECT_NE(raw.find("\r\n"), std::string::npos);
    EXPECT_EQ(decode_header_value(raw), subject) << "unfolding must restore every space and tab";
    for (const auto& line : lines_of(header_block(text))) {
        EXPECT_LE(line.size(), 76U) << line;
    }
}

TEST(MailMime, SubjectThatLooksLikeAnEncodedWordIsEncoded)
{
    const std::string subject = "Preis =?UTF-8?B?w6Q=?= ist kein Code";
    const auto raw = raw_header(text_of(message_with_subject(subject)), "Subject");
    EXPECT_TRUE(raw.starts_with("=?UTF-8?B?")) << raw;
    EXPECT_EQ(decode_header_value(raw), subject);
}

TEST(MailMime, NonAsciiDisplayNameIsEncodedAndAddressKept)
{
    const auto text = text_of(message_with_subject("Hallo"));
    const auto from = raw_header(text, "From");
    EXPECT_TRUE(from.starts_with("=?UTF-8?B?")) << from;
    EXPECT_TRUE(from.ends_with(" <jena@example.org>")) << from;
    EXPECT_EQ(decode_header_value(from), "Bündnis für Familie Jena <jena@example.org>");
    EXPECT_EQ(raw_header(text, "To"), "anna@example.org");
}

TEST(MailMime, DisplayNameWithSpecialsIsQuoted)
{
    auto message = message_with_subject("Hallo");
    message.to = "Stadt Jena, Referat \"Familie\" <referat@jena.example>";
    EXPECT_EQ(raw_header(text_of(message), "To"),
              "\"Stadt Jena, Referat \\\"Familie\\\"\" <referat@jena.example>");
}

TEST(MailMime, MessageHasMimeHeadersCrlfLineEndsAndEndsWithCrlf)
{
    const auto text = text_of(message_with_subject("Hallo"));
    EXPECT_TRUE(text.starts_with("Date: " + std::string(DATE) + "\r\n"));
    EXPECT_EQ(raw_header(text, "Message-ID"), "<1234.5678@rundum.example>");
    EXPECT_EQ(raw_header(text, "MIME-Version"), "1.0");
    EXPECT_EQ(raw_header(text, "Content-Type"), "text/plain; charset=UTF-8");
    EXPECT_EQ(raw_header(text, "Content-Transfer-Encoding"), "quoted-printable");
    EXPECT_TRUE(text.ends_with("\r\n"));
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '\n') {
            ASSERT_TRUE(i > 0 && text[i - 1] == '\r') << "bare LF at " << i;
        }
        if (text[i] == '\r') {
            ASSERT_TRUE(i + 1 < text.size() && text[i + 1] == '\n') << "bare CR at " << i;
        }
    }
}

TEST(MailMime, BracketedMessageIdIsKeptAndEmptyOneLeftOut)
{
    auto message = message_with_subject("Hallo");
    message.message_id = "<abc@rundum.example>";
    EXPECT_EQ(raw_header(text_of(message), "Message-ID"), "<abc@rundum.example>");
    message.message_id.clear();
    EXPECT_EQ(text_of(message).find("Message-ID"), std::string::npos);
}

TEST(MailMime, BodyWithoutFinalLineBreakStillEndsWithCrlf)
{
    auto message = message_with_subject("Hallo");
    message.body_text = "Ohne Zeilenende";
    EXPECT_EQ(body_of(text_of(message)), "Ohne Zeilenende\r\n");
}

TEST(MailMime, HeaderWithCrOrLfIsRejectedAsInjection)
{
    const std::vector<std::string> attacks = {"Hallo\r\nBcc: alle@example.org", "Hallo\nBcc: x@y.z",
                                              "Hallo\rBcc: x@y.z", std::string("Hallo\0Bcc", 9)};
    for (const auto& attack : attacks) {
        for (int field = 0; field < 4; ++field) {
            auto message = message_with_subject("Hallo");
            (field == 0   ? message.subject
             : field == 1 ? message.from
             : field == 2 ? message.to
                          : message.message_id) += attack;
            const auto text = to_rfc5322(message, DATE);
            ASSERT_FALSE(text.has_value()) << "field " << field;
            EXPECT_EQ(text.error().code, ErrorCode::Invalid);
            EXPECT_EQ(text.error().key, "error.mail.invalid_header");
        }
    }
    const auto bad_date =
        to_rfc5322(message_with_subject("Hallo"), std::string(DATE) + "\r\nBcc: x@y.z");
    ASSERT_FALSE(bad_date.has_value());
    EXPECT_EQ(bad_date.error().key, "error.mail.invalid_header");
}

TEST(MailMime, BodyMayContainLineBreaksThatLookLikeHeaders)
{
    auto message = message_with_subject("Hallo");
    message.body_text = "\r\nBcc: alle@example.org\r\n";
    const auto text = text_of(message);
    EXPECT_EQ(raw_header(text, "Bcc"), "");
}

TEST(MailMime, MailboxWithoutValidAddressIsRejected)
{
    for (const std::string bad :
         {"", "jena", "Jena <>", "Jena <jena@>", "<@example.org>", "a b@example.org",
          "jürgen@example.org", "a@b@c", "Jena <jena@x"}) {
        const auto mailbox = parse_mailbox(bad);
        ASSERT_FALSE(mailbox.has_value()) << bad;
        EXPECT_EQ(mailbox.error().key, "error.mail.invalid_address") << bad;
        EXPECT_EQ(mailbox.error().code, ErrorCode::Invalid);
    }
    const auto good = parse_mailbox("  \"Jena, Bündnis\" <jena@example.org> ");
    ASSERT_TRUE(good.has_value());
    EXPECT_EQ(good->display_name, "Jena, Bündnis");
    EXPECT_EQ(good->address, "jena@example.org");
}

TEST(MailMime, DateIsRfc2822InUtcWithEnglishNames)
{
    using namespace std::chrono;
    const auto time = sys_days{year{2025} / February / 14} + hours{9} + minutes{30};
    EXPECT_EQ(rfc2822_date(time), "Fri, 14 Feb 2025 09:30:00 +0000");
}

TEST(MailQuotedPrintable, GermanTextIsEncodedAndDecodesBack)
{
    const std::string text = "Grüße aus München – bitte bis Freitag antworten\n"
                             "Einladung für Jena: Passwort setzen\n";
    const auto encoded = encode_quoted_printable(text);
    EXPECT_EQ(encoded, "Gr=C3=BC=C3=9Fe aus M=C3=BCnchen =E2=80=93 bitte bis Freitag antworten\r\n"
                       "Einladung f=C3=BCr Jena: Passwort setzen\r\n");
    EXPECT_EQ(decode_quoted_printable(encoded),
              "Grüße aus München – bitte bis Freitag antworten\r\n"
              "Einladung für Jena: Passwort setzen\r\n");
}

TEST(MailQuotedPrintable, LineOf200CharactersFoldsWithSoftBreaksWithin76)
{
    for (const std::string unit : {"a", "ä", "=", "ab c", "x\t"}) {
        std::string line;
        while (line.size() < 200) {
            line += unit;
        }
        const auto encoded = encode_quoted_printable(line);
        const auto lines = lines_of(encoded);
        EXPECT_GT(lines.size(), 2U) << unit;
        for (std::size_t i = 0; i < lines.size(); ++i) {
            EXPECT_LE(lines[i].size(), 76U) << unit << ": " << lines[i];
            if (i + 1 < lines.size()) {
                EXPECT_TRUE(lines[i].ends_with('=')) << "soft break missing: " << lines[i];
            }
            EXPECT_FALSE(lines[i].ends_with(' ') || lines[i].ends_with('\t')) << lines[i];
        }
        EXPECT_EQ(decode_quoted_printable(encoded), line) << unit;
    }
}

TEST(MailQuotedPrintable, LineOfExactly76CharactersNeedsNoSoftBreak)
{
    EXPECT_EQ(encode_quoted_printable(std::string(76, 'a')), std::string(76, 'a'));
    EXPECT_EQ(encode_quoted_printable(std::string(77, 'a')), std::string(75, 'a') + "=\r\n" + "aa");
}

TEST(MailQuotedPrintable, EqualsSignTrailingWhitespaceAndLoneCrAreEncoded)
{
    EXPECT_EQ(encode_quoted_printable("1+1=2"), "1+1=3D2");
    EXPECT_EQ(encode_quoted_printable("Hallo \nWelt\t\r\nEnde "), "Hallo=20\r\nWelt=09\r\nEnde=20");
    EXPECT_EQ(encode_quoted_printable("a\rb"), "a=0Db");
    EXPECT_EQ(encode_quoted_printable("mitten drin bleibt"), "mitten drin bleibt");
}

TEST(MailQuotedPrintable, FromAtLineStartIsEncodedAgainstMboxMangling)
{
    EXPECT_EQ(encode_quoted_printable("From here\nFrom"), "=46rom here\r\nFrom");
}

TEST(MailQuotedPrintable, BodyLinesInWholeMessageStayWithin76)
{
    auto message = message_with_subject("Hallo");
    message.body_text = std::string(300, 'x') + "\n" + "Grüße " + std::string(150, 'u') + "\n";
    const auto text = text_of(message);
    for (const auto& line : lines_of(body_of(text))) {
        EXPECT_LE(line.size(), 76U);
    }
    EXPECT_EQ(decode_quoted_printable(body_of(text)),
              std::string(300, 'x') + "\r\n" + "Grüße " + std::string(150, 'u') + "\r\n");
}

} // namespace
} // namespace rundum::mail

namespace rundum::mail {
namespace {

using testing::body_of;
using testing::decode_base64;
using testing::decode_header_value;
using testing::decode_quoted_printable;
using testing::header_block;
using testing::raw_header;

constexpr std::string_view ICS = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\n"
                                 "SUMMARY:Netzwerktreffen in München\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";

MailMessage invitation()
{
    MailMessage message{"Rund um die Familie <netzwerk@rundum.example>", "anna@example.org", "Einladung",
                        "Hallo Anna,\nanbei die Einladung.\n", ""};
    message.attachments.push_back(
        MailAttachment{"einladung.ics", "text/calendar; method=REQUEST; charset=UTF-8", std::string(ICS)});
    return message;
}

// The parts between the boundaries (without the closing "--boundary--").
std::vector<std::string> parts_of(const std::string& body, const std::string& boundary)
{
    std::vector<std::string> parts;
    const std::string delimiter = "--" + boundary + "\r\n";
    std::size_t at = body.find(delimiter);
    while (at != std::string::npos) {
        const std::size_t start = at + delimiter.size();
        std::size_t next = body.find("--" + boundary, start);
        if (next == std::string::npos) {
            break;
        }
        parts.push_back(body.substr(start, next - start));
        at = body.compare(next, delimiter.size(), delimiter) == 0 ? next : std::string::npos;
    }
    return parts;
}

TEST(MailMimeAttachments, ACalendarFileMakesAMultipartMixedMailWithTheTextFirst)
{
    auto text = to_rfc5322(invitation(), "Fri, 14 Feb 2025 09:30:00 +0000");
    ASSERT_TRUE(text.has_value()) << text.error().detail;
    EXPECT_EQ(raw_header(*text, "MIME-Version"), "1.0");
    EXPECT_EQ(raw_header(*text, "Content-Type"), "multipart/mixed; boundary=\"=_rundum_part\"");
    const std::string body = body_of(*text);
    EXPECT_TRUE(body.ends_with("\r\n--=_rundum_part--\r\n"));
    const auto parts = parts_of(body, "=_rundum_part");
    ASSERT_EQ(parts.size(), 2U) << body;

    EXPECT_EQ(raw_header(parts[0], "Content-Type"), "text/plain; charset=UTF-8");
    EXPECT_EQ(raw_header(parts[0], "Content-Transfer-Encoding"), "quoted-printable");
    EXPECT_EQ(decode_quoted_printable(body_of(parts[0])), "Hallo Anna,\r\nanbei die Einladung.\r\n");

    EXPECT_EQ(raw_header(parts[1], "Content-Type"), "text/calendar; method=REQUEST; charset=UTF-8");
    EXPECT_EQ(raw_header(parts[1], "Content-Transfer-Encoding"), "base64");
    EXPECT_EQ(raw_header(parts[1], "Content-Disposition"), "attachment; filename=\"einladung.ics\"");
    std::string encoded;
    for (const std::string& line : lines_of(body_of(parts[1]))) {
        EXPECT_LE(line.size(), 76U);
        encoded += line;
    }
    EXPECT_EQ(decode_base64(encoded), ICS);
}

TEST(MailMimeAttachments, AFileNameWithUmlautsIsEncodedAsRfc2231)
{
    auto message = invitation();
    message.attachments[0].file_name = "Treffen München.ics";
    auto text = to_rfc5322(message, "Fri, 14 Feb 2025 09:30:00 +0000");
    ASSERT_TRUE(text.has_value());
    EXPECT_NE(text->find("Content-Disposition: attachment; filename*=UTF-8''Treffen%20M%C3%BCnchen.ics\r\n"),
              std::string::npos)
        << *text;
}

TEST(MailMimeAttachments, ExtraHeadersFollowTheStandardOnes)
{
    auto message = invitation();
    message.attachments.clear();
    const std::string url = "https://rundum.example/benachrichtigungen/abbestellen/"
                            "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQ";
    message.extra_headers = {MailHeader{"List-Unsubscribe", "<" + url + ">"},
                             MailHeader{"List-Unsubscribe-Post", "List-Unsubscribe=One-Click"}};
    auto text = to_rfc5322(message, "Fri, 14 Feb 2025 09:30:00 +0000");
    ASSERT_TRUE(text.has_value());
    EXPECT_EQ(decode_header_value(raw_header(*text, "List-Unsubscribe")), "<" + url + ">");
    EXPECT_EQ(raw_header(*text, "List-Unsubscribe-Post"), "List-Unsubscribe=One-Click");
    EXPECT_EQ(raw_header(*text, "Content-Type"), "text/plain; charset=UTF-8");
    EXPECT_LT(header_block(*text).find("List-Unsubscribe:"), header_block(*text).find("MIME-Version:"));
}

TEST(MailMimeAttachments, InjectionThroughExtraHeadersOrAttachmentsIsRefused)
{
    std::vector<MailMessage> attacks;
    for (const std::string& value : {std::string("<https://x.example>\r\nBcc: alle@example.org"),
                                     std::string("x\nBcc: a@b.c"), std::string("x\rBcc: a@b.c"),
                                     std::string("x\0Bcc", 5)}) {
        auto message = invitation();
        message.extra_headers = {MailHeader{"List-Unsubscribe", value}};
        attacks.push_back(message);
        message = invitation();
        message.attachments[0].content_type = "text/calendar" + value;
        attacks.push_back(message);
        message = invitation();
        message.attachments[0].file_name = "einladung.ics" + value;
        attacks.push_back(message);
    }
    // Names that are no field name, or that would override what the writer sets.
    for (const char* name : {"Bcc: a@b.c\r\nX", "X Header", "", "Subject", "content-type", "To"}) {
        auto message = invitation();
        message.extra_headers = {MailHeader{name, "wert"}};
        attacks.push_back(message);
    }
    auto no_type = invitation();
    no_type.attachments[0].content_type = "kalender";
    attacks.push_back(no_type);
    for (const MailMessage& attack : attacks) {
        auto text = to_rfc5322(attack, "Fri, 14 Feb 2025 09:30:00 +0000");
        ASSERT_FALSE(text.has_value()) << *text;
        EXPECT_EQ(text.error().code, ErrorCode::Invalid);
        EXPECT_EQ(text.error().key, "error.mail.invalid_header");
    }
}

} // namespace
} // namespace rundum::mail
