// Shared test helpers: parse and check documents given as strings, find findings, run the
// built cpdoc binary and capture what it prints.
#pragma once

#include "checker/engine.hpp"
#include "grammar/parser.hpp"
#include "layer_support.hpp"

#include <chrono>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace cpdoc::test {

// The shipped packs plus the test packs in tests/data/packs (test-all-rules: every rule on).
PackStore& packs();

// Checks text under the pack named in its front matter (or `policy` when given).
CheckResult check(const std::string& text, const std::string& policy = "",
                  bool template_mode = false);

// Findings with this rule id that are not suppressed.
std::vector<Finding> findings(const CheckResult& result, const std::string& rule_id);
// "RULE-ID@line:column" for every unsuppressed finding, in order; only the rules in `only`
// when it is given.
std::vector<std::string> summary(const CheckResult& result,
                                 const std::vector<std::string>& only = {});

// A minimal valid front matter for a kind and pack, followed by `body`.
std::string document(const std::string& kind, const std::string& policy, const std::string& body,
                     const std::string& extra_front_matter = "");

// Documents under the test pack with no rules: one with no finding, and one with an error at
// 7:13 (an unfilled placeholder) and a warning at 5:1 (a misspelt front-matter key).
extern const std::string clean_chronology;
extern const std::string placeholder_doc;

// A directory of this test process's own under /tmp, created empty-or-kept, holding a
// .cpdoc.toml that adds the test packs (tests/data/packs) for documents written into it;
// removed when the process ends.
std::filesystem::path scratch_dir(const std::string& name);
// Writes a file (creating its directory) and returns its path.
std::string write_file(const std::filesystem::path& path, const std::string& content);

// A directory of its own under /tmp, removed with everything in it when it goes.
class TempDir {
public:
    explicit TempDir(const std::string& name);
    ~TempDir();
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
    const std::filesystem::path& path() const { return path_; }
    std::filesystem::path operator/(const std::string& name) const { return path_ / name; }

private:
    std::filesystem::path path_;
};

struct Run {
    int status = -1;
    std::string out;
    std::string err;
    bool timed_out = false; // killed at its time limit
    double seconds = 0;     // how long it ran
};
// Runs build/cpdoc with these arguments (no shell), in `directory` when given.
Run run_cpdoc(const std::vector<std::string>& args, const std::string& directory = "");
// The same, with `input` written to its standard input through a pipe.
Run run_cpdoc_with_input(const std::vector<std::string>& args, const std::string& input,
                         const std::string& directory = "");
// Runs `cpdoc check --today 2026-11-25` on every `*.md` (but README.md) in the directory, in
// it, and compares status and output with the committed `.expected` file beside each.
void check_catalogue(const std::string& directory);

// One entry of a zip file (a DOCX part such as word/document.xml); empty when absent.
std::string zip_entry(const std::string& zip_path, const std::string& name);
// The names of every entry of a zip file.
std::vector<std::string> zip_entry_names(const std::string& zip_path);

// Runs a program (command[0] is its path) with these arguments, no shell. Its standard input
// is /dev/null, or a pipe that `input` is written to; killed after `limit` when one is given.
Run run_program(const std::vector<std::string>& command, const std::string& directory = "",
                const std::optional<std::string>& input = std::nullopt,
                std::chrono::milliseconds limit = {});

} // namespace cpdoc::test
