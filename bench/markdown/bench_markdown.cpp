// SPDX-License-Identifier: EUPL-1.2
// bench_markdown: the worst inputs for cmark-gfm at the longest a statement or description may
// be (20,000 characters) and at the renderer's own bound (50,000): each must stay far below a
// page's budget, since a save renders it while other visitors wait. A benchmark, not a test.
#include <benchmark/benchmark.h>

#include <string>

#include "core/text_input.hpp"
#include "format/markdown.hpp"

namespace {

std::string repeated(std::string_view piece, std::size_t characters)
{
    std::string out;
    while (out.size() < characters) {
        out += piece;
    }
    out.resize(characters);
    return out;
}

std::string nested_lists(std::size_t characters)
{
    std::string out;
    for (std::size_t depth = 0; out.size() < characters; ++depth) {
        out += std::string(depth % 200 * 2, ' ') + "- a\n";
    }
    out.resize(characters);
    return out;
}

std::string nested_quotes(std::size_t characters)
{
    std::string out;
    for (std::size_t depth = 1; out.size() < characters; ++depth) {
        out += std::string(depth % 500, '>') + " a\n";
    }
    out.resize(characters);
    return out;
}

void render(benchmark::State& state, const std::string& markdown)
{
    for (auto _ : state) {
        benchmark::DoNotOptimize(rundum::format::markdown_to_html(markdown));
    }
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * markdown.size()));
}

void register_all()
{
    const std::pair<const char*, std::string> pieces[] = {
        {"stars", "*"},        {"underscores", "_"}, {"brackets", "["},        {"quote_marks", ">"},
        {"tildes", "~"},       {"star_word", "*a "}, {"star_underscore", "*_"}, {"star_tilde", "*~"},
        {"link_open", "[a]("}, {"image_open", "!["}, {"backticks", "`a"},       {"single_quotes", "'a"},
        {"double_quotes", "\"a"}, {"pipes", "|a"},   {"entities", "&#"},
    };
    for (std::size_t size : {rundum::MAX_TEXT_CHARACTERS, rundum::format::MAX_MARKDOWN_CHARACTERS}) {
        std::string suffix(1, '/');
        suffix += std::to_string(size);
        for (const auto& [name, piece] : pieces) {
            benchmark::RegisterBenchmark((std::string(name) + suffix).c_str(), render, repeated(piece, size))
                ->Unit(benchmark::kMillisecond);
        }
        benchmark::RegisterBenchmark(("nested_lists" + suffix).c_str(), render, nested_lists(size))
            ->Unit(benchmark::kMillisecond);
        benchmark::RegisterBenchmark(("nested_block_quotes" + suffix).c_str(), render, nested_quotes(size))
            ->Unit(benchmark::kMillisecond);
    }
}

} // namespace

int main(int argc, char** argv)
{
    register_all();
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
