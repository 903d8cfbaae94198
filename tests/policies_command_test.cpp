// The commands a council uses on its own pack (issue 20): policies validate (with --sources),
// policies test on fixtures, policies diff; and a local pack's added section cited to its own
// quote in every output that cites.
#include "support.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

using namespace cpdoc::test;

namespace {

const std::string example_pack = source_path("examples/packs/lanarkshire-local-example.xml");

// The example pack's fixture that lacks the Distribution section the pack adds.
const std::string local_gaps = source_path("examples/packs/tests/core-group-local-gaps.md");

const std::string distribution_quote = "The minutes record to whom they were sent and when.";

} // namespace

TEST_CASE("policies validate: each error with its line and column, and exit 1") {
    const TempDir dir("policies-validate");
    const std::string file =
        write_file(dir / "council.xml",
                   "<?xml version=\"1.0\"?>\n"
                   "<policy id=\"council\" version=\"1\" jurisdiction=\"scotland\" "
                   "extends=\"lanarkshire-2019\">\n"
                   "  <title>Council</title>\n"
                   "  <vocabulary name=\"manager-role\"><term>Locality Lead</term></vocabulary>\n"
                   "  <kind name=\"core-group-minutes\"><section name=\"Distribution\" "
                   "required=\"true\"/></kind>\n"
                   "  <rule id=\"TERM-DISGUISED-COMPLAINCE\" severity=\"error\"/>\n"
                   "</policy>\n");
    const Run run = run_cpdoc({"policies", "validate", file});
    CHECK(run.status == 1);
    CHECK(
        run.out ==
        file +
            ":4:21: error: unknown vocabulary \"manager-role\"; did you mean \"manager-roles\"?\n" +
            file +
            ":6:13: error: unknown rule id TERM-DISGUISED-COMPLAINCE; did you mean "
            "TERM-DISGUISED-COMPLIANCE?\n" +
            file +
            ":5:35: warning: section \"Distribution\" of core-group-minutes is required but "
            "cites no policy paragraph: findings about it will carry no citation\n");
}

TEST_CASE("policies validate --sources checks every quotation word for word") {
    const Run good = run_cpdoc(
        {"policies", "validate", "--sources", source_path("examples/packs/sources"), example_pack});
    CHECK(good.status == 0);
    CHECK(good.out == example_pack + ": valid policy pack lanarkshire-local-example 1.1; 4 "
                                     "quotations found word for word\n");
    const TempDir dir("policies-sources");
    std::string text = read_text(example_pack);
    text.replace(text.find("to whom they were sent"), 22, "to whom they went");
    const std::string file = write_file(dir / "lanarkshire-local-example.xml", text);
    const Run bad = run_cpdoc(
        {"policies", "validate", "--sources", source_path("examples/packs/sources"), file});
    CHECK(bad.status == 1);
    CHECK(bad.out == file + ":23:7: error: the quotation is not word for word in "
                            "\"example-council-procedures.txt\": \"The minutes record to whom they "
                            "went and when.\"\n");
    // In a shared folder of sources, a symbolic link by the source's name is not followed.
    const std::filesystem::path linked = dir / "linked-sources";
    std::filesystem::create_directory(linked);
    std::filesystem::create_symlink(
        source_path("examples/packs/sources/example-council-procedures.txt"),
        linked / "example-council-procedures.txt");
    const Run planted =
        run_cpdoc({"policies", "validate", "--sources", linked.string(), example_pack});
    CHECK(planted.status == 1);
    CHECK_THAT(planted.out, Catch::Contains("the source \"example-council-procedures.txt\" is "
                                            "not in " +
                                            linked.string() +
                                            ", so its quotation cannot be "
                                            "checked"));
}

TEST_CASE("policies test passes on the shipped packs' fixtures and the example's") {
    const Run shipped = run_cpdoc(
        {"policies", "test", "--today", "2026-11-25", source_path("tests/data/pack-fixtures")});
    CHECK(shipped.status == 0);
    CHECK(shipped.out == "12 fixtures: every finding as expected\n");
    const Run example = run_cpdoc({"policies", "test", "examples/packs/tests"}, source_path(""));
    CHECK(example.status == 0);
    CHECK(example.out == "3 fixtures: every finding as expected\n");
}

TEST_CASE(
    "policies test fails, saying where, on a fixture expecting what the pack does not raise") {
    const TempDir dir("policies-test");
    std::string text =
        read_text(source_path("tests/data/pack-fixtures/lanarkshire-2019/core-group-clean.md"));
    // Under lanarkshire-2019 a core group without significant issues notifies no one.
    text.replace(text.find("## Child seen"), 0, "<!-- expect: CPCC-NOTIFY -->\n");
    // And a finding the fixture does not expect.
    text.replace(text.find("  - Owner: Rachel Kerr\n  - Due"), 22, "  - Owner: Social Work\n");
    const std::string file = write_file(dir / "fixture.md", text);
    const Run run = run_cpdoc({"policies", "test", "--today", "2026-11-25", file});
    CHECK(run.status == 1);
    CHECK(run.out ==
          file + ":17: missing: expected CPCC-NOTIFY (line 18), but the pack raised none\n" + file +
              ":48:12: unexpected: error: the action's owner is not one named "
              "person (`Social Work` is not a named person): name the person "
              "accountable for it [ACTION-OWNER-NOT-PERSON]\n"
              "1 fixture: 1 differ (1 expected finding not raised, 1 unexpected "
              "finding)\n");
}

TEST_CASE("policies diff says what a pack change changes, in text and JSON, and for a corpus") {
    const TempDir dir("policies-diff");
    std::string text = read_text(example_pack);
    text.replace(text.find("<rule id=\"RESISTANCE-CAUSE\" severity=\"error\"/>"), 46,
                 "<rule id=\"RESISTANCE-CAUSE\" severity=\"warning\"/>");
    text.replace(text.find("<param name=\"working-days\" value=\"7\"/>"), 38,
                 "<param name=\"working-days\" value=\"5\"/>");
    text.replace(text.find("<holiday date=\"2026-09-28\""), 26, "<holiday date=\"2026-09-21\"");
    text.replace(text.find("    <section name=\"Distribution\" required=\"true\">"), 49,
                 "    <section name=\"Distribution\">");
    const std::string changed = write_file(dir / "new.xml", text);
    const Run run = run_cpdoc({"policies", "diff", example_pack, changed});
    CHECK(run.status == 0);
    CHECK(run.out == "policy pack lanarkshire-local-example 1.1 -> lanarkshire-local-example 1.1\n"
                     "  holiday 2026-09-21: added: Local autumn holiday (example)\n"
                     "  holiday 2026-09-28: removed: Local autumn holiday (example)\n"
                     "  rule DEFAULTED-VISITS: changed: parameter working-days 7 -> 5\n"
                     "  rule RESISTANCE-CAUSE: changed: severity error -> warning\n"
                     "  section core-group-minutes / Distribution: changed: requirement required "
                     "-> optional\n");
    const Run json = run_cpdoc({"policies", "diff", "--format", "json", example_pack, changed});
    CHECK(json.status == 0);
    const auto parsed = nlohmann::json::parse(json.out);
    CHECK(parsed["changes"].size() == 5);
    CHECK(parsed["changes"][3]["detail"] == "severity error -> warning");

    const Run corpus = run_cpdoc({"policies", "diff", "--today", "2026-11-25", "--corpus",
                                  "examples/packs/tests", example_pack, changed},
                                 source_path(""));
    CHECK(corpus.status == 0);
    CHECK_THAT(
        corpus.out,
        // A severity changed changes no document's rule ids; a section made optional does.
        Catch::EndsWith("Documents whose findings change: 1 of 3\n"
                        "  examples/packs/tests/core-group-local-gaps.md: -SECTION-MISSING\n"));
    CHECK(run_cpdoc({"policies", "diff", example_pack}).status == 2);
}

TEST_CASE("a local pack's added section is cited to its own quote in every output") {
    const std::string dir = source_path("examples");
    const Run text = run_cpdoc({"check", "--explain", local_gaps}, dir);
    CHECK_THAT(text.out, Catch::Contains(":10:1: error: there is no `## Distribution` section: Who "
                                         "the minutes were sent to, and when. [SECTION-MISSING] "
                                         "(example-council-procedures, 4.3 Distribution)\n    \"" +
                                         distribution_quote + "\""));
    auto distribution = [](const nlohmann::json& findings) {
        for (const auto& finding : findings)
            if (finding.contains("rule") && finding["rule"] == "SECTION-MISSING")
                return finding;
        return nlohmann::json();
    };
    const auto json =
        nlohmann::json::parse(run_cpdoc({"check", "--format", "json", local_gaps}, dir).out);
    const auto finding = distribution(json["files"][0]["findings"]);
    CHECK(finding["citation"]["source"] == "example-council-procedures.txt");
    CHECK(finding["citation"]["section"] == "4.3 Distribution");
    CHECK(finding["citation"]["quote"] == distribution_quote);

    const auto sarif =
        nlohmann::json::parse(run_cpdoc({"check", "--format", "sarif", local_gaps}, dir).out);
    bool cited = false;
    for (const auto& result : sarif["runs"][0]["results"])
        if (result["ruleId"] == "SECTION-MISSING")
            cited = result["properties"]["citation"]["quote"] == distribution_quote;
    CHECK(cited);
    // A pack's own rule's help is the line of the pack that declares it.
    bool help = false;
    for (const auto& rule : sarif["runs"][0]["tool"]["driver"]["rules"])
        if (rule["id"] == "LOCAL-MINUTE-TAKER")
            help = rule["helpUri"].get<std::string>().ends_with(
                "/examples/packs/lanarkshire-local-example.xml#L27");
    CHECK(help);

    const Run explain =
        run_cpdoc({"explain", "SECTION-MISSING", "--policy", "lanarkshire-local-example"}, dir);
    CHECK(explain.status == 0);
    CHECK_THAT(explain.out,
               Catch::Contains("  Sections lanarkshire-local-example requires, each cited "
                               "on its own:\n"
                               "    core-group-minutes: ## Distribution\n"
                               "      example-council-procedures, 4.3 Distribution\n"
                               "      \"" +
                               distribution_quote + "\"\n"));
}
