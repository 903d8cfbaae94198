// `cpdoc policies test`: fixture documents checked against the pack each names, and their
// findings compared with the expectations written in them (checker/expectations.hpp).
#include "checker/expectations.hpp"
#include "commands.hpp"
#include "config_cache.hpp"
#include "grammar/printable.hpp"
#include "pack_setup.hpp"
#include "pipeline/check_file.hpp"
#include "pipeline/document_files.hpp"
#include "plural.hpp"

#include <iostream>

namespace cpdoc {
namespace {

std::vector<std::string_view> lines_of(std::string_view text) {
    std::vector<std::string_view> lines;
    while (!text.empty()) {
        const std::size_t end = std::min(text.find('\n'), text.size());
        std::string_view line = text.substr(0, end);
        if (line.ends_with('\r'))
            line.remove_suffix(1);
        lines.push_back(line);
        text.remove_prefix(std::min(end + 1, text.size()));
    }
    return lines;
}

// The fixtures: files as named, and every Markdown file below a directory.
std::vector<std::string> fixtures(const std::vector<std::string>& paths) {
    std::vector<std::string> out;
    for (const std::string& path : paths) {
        std::error_code ec;
        if (!std::filesystem::is_directory(path, ec)) {
            out.push_back(path);
            continue;
        }
        for (std::string& file : files_below({path}))
            if (markdown_name(file))
                out.push_back(std::move(file));
    }
    return out;
}

// `file:line: ` for a line of the fixture; `file: ` for the document as a whole.
std::string where(const std::string& file, int line) {
    return printable(about_document(line) ? file : file + ":" + std::to_string(line));
}

void report(const std::string& file, const ExpectationResult& result) {
    for (const Expectation& missed : result.missed)
        std::cout << where(file, missed.line) << ": missing: expected " << missed.rule_id
                  << (missed.column ? " at column " + std::to_string(missed.column) : "")
                  << (missed.line == 0 ? " about the document" : "") << " (line "
                  << missed.written_at << "), but the pack raised none\n";
    for (const Finding& extra : result.extra)
        std::cout << where(file, extra.pos.line)
                  << (about_document(extra.pos.line) ? "" : ":" + std::to_string(extra.pos.column))
                  << ": unexpected: " << to_string(extra.severity) << ": "
                  << printable(extra.message) << " [" << extra.rule_id << "]\n";
}

} // namespace

int run_policies_test(const PolicyTestArgs& args) {
    PackStore store;
    const auto today = setup_checking(store, args.common, args.today);
    if (!today)
        return exit_usage;
    const std::vector<std::string> files = fixtures(args.paths);
    if (files.empty()) {
        std::cerr << "cpdoc: no fixture documents (*.md) in " << printable(args.paths.front())
                  << '\n';
        return exit_usage;
    }
    ConfigCache configs(args.common.config);
    for (const std::string& file : files)
        if (const ConfigLoad& config = configs.for_document(file, store); !config.error.empty()) {
            std::cerr << "cpdoc: " << config.error << '\n';
            return exit_usage;
        }
    if (!policy_usable(store, args.common.policy))
        return exit_usage;

    CheckOptions options;
    options.policy_override = args.common.policy;
    options.today = today;
    const Limits limits;
    int differ = 0, missed = 0, extra = 0;
    for (const std::string& file : files) {
        InputFile input = read_input(file, limits);
        if (!input.bytes) {
            std::cerr << "cpdoc: " << printable(file) << ": " << input.error << '\n';
            return exit_usage;
        }
        const std::string text = *input.bytes;
        const FileOutcome outcome =
            check_input(file, std::move(input), store,
                        with_config(options, configs.for_document(file, store).config), limits);
        if (!outcome.result) {
            std::cerr << "cpdoc: " << printable(file) << ": " << outcome.error << '\n';
            return exit_usage;
        }
        const ExpectationResult result =
            compare_expectations(lines_of(text), outcome.result->findings);
        report(file, result);
        differ += result.matched() ? 0 : 1;
        missed += static_cast<int>(result.missed.size());
        extra += static_cast<int>(result.extra.size());
    }
    std::cout << plural(static_cast<long>(files.size()), "fixture") << ": ";
    if (differ == 0)
        std::cout << "every finding as expected\n";
    else
        std::cout << differ << " differ (" << plural(missed, "expected finding") << " not raised, "
                  << plural(extra, "unexpected finding") << ")\n";
    return differ == 0 ? exit_ok : exit_findings;
}

} // namespace cpdoc
