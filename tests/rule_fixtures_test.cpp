// Rule fixtures (clang-tidy's CHECK-MESSAGES): tests/fixtures/rules/*.md state at the line the
// findings they must raise, and every rule must be expected somewhere a test asserts it.
#include "checker/engine.hpp"
#include "checker/expectations.hpp"
#include "expected_findings.hpp"
#include "grammar/date.hpp"
#include "support.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>

using namespace cpdoc;
using namespace cpdoc::test;
namespace fs = std::filesystem;

namespace {

std::vector<fs::path> files_in(const std::string& relative, const std::string& extension) {
    std::vector<fs::path> files;
    const fs::path root = source_path(relative);
    if (!fs::is_directory(root))
        return files;
    for (const auto& entry : fs::recursive_directory_iterator(root))
        if (entry.is_regular_file() && entry.path().extension() == extension)
            files.push_back(entry.path());
    std::sort(files.begin(), files.end());
    return files;
}

} // namespace

TEST_CASE("each rule fixture raises exactly the findings its expectations state, at their lines") {
    const auto fixtures = files_in("tests/fixtures/rules", ".md");
    REQUIRE(!fixtures.empty());
    for (const fs::path& fixture : fixtures) {
        const std::string text = read_text(fixture.string());
        CheckOptions options;
        options.today = parse_date("2026-12-01");
        const CheckResult result = check_document(parse(text), packs(), options);
        const ExpectationResult compared = compare_expectations(lines_of(text), result.findings);
        INFO(describe(compared, fixture.filename().string()));
        CHECK(compared.matched());
    }
}

TEST_CASE("every registered rule is in both test packs (dialect rules are always on), documented, "
          "and asserted by a test") {
    const std::string all_rules_pack =
        read_text(source_path("tests/data/packs/test-all-rules.xml"));
    const std::string no_rules_pack = read_text(source_path("tests/data/packs/test-no-rules.xml"));
    const std::string rules_doc = read_text(source_path("docs/rules.md"));

    // Asserted by a test: expected in a rule or pack fixture, in an example's or a bad
    // input's expected output (examples_test and bad_inputs_test compare those exactly), or
    // in a test's document (`<!-- expect: RULE-ID -->`, checked by check_expected) or
    // assertion ("RULE-ID" or "RULE-ID@line:column").
    std::set<std::string> asserted;
    for (const std::string dir : {"tests/fixtures", "tests/data/pack-fixtures", "examples/packs"})
        for (const fs::path& fixture : files_in(dir, ".md")) {
            const std::string text = read_text(fixture.string());
            for (const Expectation& expectation : parse_expectations(lines_of(text)))
                asserted.insert(expectation.rule_id);
        }
    const std::regex rule_in_output(R"(\[([A-Z]+(-[A-Z0-9]+)+)\])");
    for (const std::string dir : {"examples", "tests/bad-inputs"})
        for (const fs::path& expected : files_in(dir, ".expected")) {
            const std::string text = read_text(expected.string());
            for (auto it = std::sregex_iterator(text.begin(), text.end(), rule_in_output);
                 it != std::sregex_iterator(); ++it)
                asserted.insert((*it)[1].str());
        }

    const std::regex rule_in_test(R"re("([A-Z]+(-[A-Z0-9]+)+)[@"])re");
    for (const fs::path& test : files_in("tests", ".cpp")) {
        if (test.filename() == "rule_fixtures_test.cpp")
            continue;
        const std::string text = read_text(test.string());
        for (const Expectation& expectation : parse_expectations(lines_of(text)))
            asserted.insert(expectation.rule_id);
        for (auto it = std::sregex_iterator(text.begin(), text.end(), rule_in_test);
             it != std::sregex_iterator(); ++it)
            asserted.insert((*it)[1].str());
    }

    for (const auto& rule : all_rules()) {
        const std::string id(rule->info().id);
        INFO(id);
        // A dialect rule belongs to the format and is always on: no pack names it.
        if (!rule->info().dialect) {
            CHECK(all_rules_pack.find("id=\"" + id + "\"") != std::string::npos);
            CHECK(no_rules_pack.find("id=\"" + id + "\"") != std::string::npos);
        }
        CHECK(rules_doc.find("## " + id) != std::string::npos);
        CHECK(asserted.count(id) == 1);
    }
}
