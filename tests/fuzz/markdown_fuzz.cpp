// SPDX-License-Identifier: EUPL-1.2
// Fuzzes Markdown rendering (format::markdown_to_html and markdown_to_text, cmark-gfm in safe
// mode with the GitHub extensions): UTF-8 in, UTF-8 out, and no raw HTML or script links.
#include "fuzz_support.hpp"

#include <algorithm>
#include <string>

#include "format/markdown.hpp"

using namespace rundum;

namespace {

std::string lowercase(std::string text)
{
    std::transform(text.begin(), text.end(), text.begin(),
                   [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; });
    return text;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string_view markdown = fuzz::text_of(data, size);
    const std::string html = format::markdown_to_html(markdown);
    const std::string text = format::markdown_to_text(markdown);
    if (fuzz::is_valid_utf8(markdown)) {
        FUZZ_CHECK(fuzz::is_valid_utf8(html));
        FUZZ_CHECK(fuzz::is_valid_utf8(text));
    }
    const std::string folded = lowercase(html);
    FUZZ_CHECK(folded.find("<script") == std::string::npos);
    FUZZ_CHECK(folded.find("<iframe") == std::string::npos);
    FUZZ_CHECK(folded.find("href=\"javascript:") == std::string::npos);
    FUZZ_CHECK(folded.find("src=\"javascript:") == std::string::npos);
    return 0;
}
