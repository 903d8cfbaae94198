// The outputs CI reads: SARIF (validated by the SARIF Multitool), JUnit XML, GitHub
// annotations, and the exit codes for errors, warnings and --max-warnings.
#include "app/config.hpp"
#include "support.hpp"

#include <boost/property_tree/json_parser.hpp>
#include <boost/property_tree/ptree.hpp>
#include <catch2/catch.hpp>
#include <pugixml.hpp>

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>

using namespace cpdoc;
using namespace cpdoc::test;
namespace fs = std::filesystem;
namespace pt = boost::property_tree;

namespace {

// One warning (unknown key), one error (placeholder), one suppressed finding.
const std::string mixed = "---\ndocument: chronology\npolicy: test-no-rules\nchild: C-104233\n"
                          "registerd: yes\n---\n## One\n<!-- cpdoc-disable PLACEHOLDER-UNFILLED: "
                          "worked example -->\n{{ a }}\n## Two\n{{ b }}\n";

const std::string only_warning =
    "---\ndocument: chronology\npolicy: test-no-rules\nchild: C-104233\n"
    "registerd: yes\n---\n";

pt::ptree parse_json(const std::string& text) {
    std::istringstream in(text);
    pt::ptree tree;
    pt::read_json(in, tree);
    return tree;
}

} // namespace

namespace {

// The levels of what the SARIF Multitool says about a SARIF file.
std::vector<std::string> validate_sarif(const std::string& sarif) {
    const std::string multitool = CPDOC_SARIF_MULTITOOL;
    REQUIRE(fs::exists(multitool)); // scripts/install-test-tools puts it there
    const std::string report = (scratch_dir("ci") / "validation.sarif").string();
    const Run validate = run_program({multitool, "validate", sarif, "-o", report, "--log",
                                      "ForceOverwrite", "--level", "Error", "Warning", "Note"});
    INFO(validate.out << validate.err);
    REQUIRE(validate.status == 0);
    std::vector<std::string> levels;
    const pt::ptree validation = parse_json(read_text(report));
    for (const auto& [key, result] :
         validation.get_child("runs").begin()->second.get_child("results"))
        levels.push_back(result.get<std::string>("level", "warning") + " " +
                         result.get<std::string>("ruleId"));
    return levels;
}

} // namespace

TEST_CASE("the SARIF Multitool finds errors in a broken SARIF file") {
    const auto levels =
        validate_sarif(write_file(scratch_dir("ci") / "broken.sarif",
                                  "{\"version\":\"2.1.0\",\"runs\":[{\"tool\":{\"driver\":{}},"
                                  "\"results\":[{\"ruleId\":\"A\"}]}]}"));
    CHECK(std::count(levels.begin(), levels.end(), "error JSON1002") == 2);
}

TEST_CASE("SARIF output passes the SARIF Multitool's validation") {
    const Run run = run_cpdoc({"check", "--format", "sarif", "mixed.md", "warning.md"},
                              (write_file(scratch_dir("ci") / "mixed.md", mixed),
                               write_file(scratch_dir("ci") / "warning.md", only_warning),
                               scratch_dir("ci").string()));
    CHECK(run.status == 1);
    for (const std::string& level :
         validate_sarif(write_file(scratch_dir("ci") / "out.sarif", run.out))) {
        INFO(level);
        CHECK(level.rfind("note ", 0) == 0);
    }
}

TEST_CASE("SARIF results carry rule, level, location, suppression and citation") {
    write_file(scratch_dir("ci") / "mixed.md", mixed);
    const Run run =
        run_cpdoc({"check", "--format", "sarif", "mixed.md"}, scratch_dir("ci").string());
    const pt::ptree sarif = parse_json(run.out);
    CHECK(sarif.get<std::string>("version") == "2.1.0");
    const pt::ptree& sarif_run = sarif.get_child("runs").begin()->second;
    const auto& rules = sarif_run.get_child("tool.driver.rules");
    bool has_placeholder_rule = false;
    for (const auto& [key, rule] : rules)
        if (rule.get<std::string>("id") == "PLACEHOLDER-UNFILLED") {
            has_placeholder_rule = true;
            CHECK_THAT(rule.get<std::string>("helpUri"),
                       Catch::EndsWith("rules.md#placeholder-unfilled"));
            CHECK_THAT(rule.get<std::string>("help.text"),
                       Catch::Contains("unfilled placeholder is an error"));
        }
    CHECK(has_placeholder_rule);
    std::vector<std::string> seen;
    for (const auto& [key, result] : sarif_run.get_child("results")) {
        const auto& location = result.get_child("locations").begin()->second;
        seen.push_back(result.get<std::string>("ruleId") + "@" +
                       location.get<std::string>("physicalLocation.region.startLine") + " " +
                       result.get<std::string>("level") + " " +
                       location.get<std::string>("physicalLocation.artifactLocation.uri") +
                       (result.count("suppressions")
                            ? " suppressed:" + result.get_child("suppressions")
                                                   .begin()
                                                   ->second.get<std::string>("justification")
                            : ""));
        CHECK(result.get<std::string>("properties.citation.source") == "dialect.md");
    }
    CHECK(seen == std::vector<std::string>{
                      "FRONT-MATTER-UNKNOWN-KEY@5 warning mixed.md",
                      "PLACEHOLDER-UNFILLED@9 error mixed.md suppressed:worked example",
                      "PLACEHOLDER-UNFILLED@11 error mixed.md"});
}

TEST_CASE("SARIF URIs are percent-encoded (RFC 3986) and a relative one never has a scheme") {
    const fs::path dir = scratch_dir("sarif-uri");
    const fs::path outside = scratch_dir("sarif-uri outside");
    const std::vector<std::pair<std::string, std::string>> names_and_uris = {
        {"javascript:alert(1).md", "./javascript%3Aalert%281%29.md"},
        {"a b%#?[]@!$&'+,;=.md", "a%20b%25%23%3F%5B%5D%40%21%24%26%27%2B%2C%3B%3D.md"},
        {"caf\xC3\xA9 \xFF\x1B.md", "caf%C3%A9%20%FF%1B.md"},
        {"dir/x:y.md", "dir/x%3Ay.md"},
        {"Plain-name_1.~v2.md", "Plain-name_1.~v2.md"}};
    std::vector<std::string> args{"check", "--format", "sarif"};
    for (const auto& [name, uri] : names_and_uris)
        args.push_back(fs::path(write_file(dir / name, mixed)).lexically_relative(dir).string());
    args.push_back(write_file(outside / "y:z.md", mixed));
    const Run run = run_cpdoc(args, dir.string());
    const std::string sarif_file = write_file(dir / "out.sarif", run.out);
    const pt::ptree sarif = parse_json(run.out);

    const pt::ptree& sarif_run = sarif.get_child("runs").begin()->second;
    std::vector<std::string> uris;
    for (const auto& [key, result] : sarif_run.get_child("results")) {
        const std::string uri =
            result.get_child("locations")
                .begin()
                ->second.get<std::string>("physicalLocation.artifactLocation.uri");
        if (uris.empty() || uris.back() != uri)
            uris.push_back(uri);
    }
    std::vector<std::string> expected;
    for (const auto& [name, uri] : names_and_uris)
        expected.push_back(uri);
    // Outside the working directory: an absolute file: URI, encoded the same way.
    std::string outside_uri = "file://";
    for (const char c : (fs::weakly_canonical(outside) / "y:z.md").generic_string())
        outside_uri += c == ' '   ? std::string("%20")
                       : c == ':' ? std::string("%3A")
                                  : std::string(1, c);
    expected.push_back(outside_uri);
    CHECK(uris == expected);

    const std::regex encoded("([A-Za-z0-9._~/-]|%[0-9A-F]{2})+");
    const std::regex scheme("^[A-Za-z][A-Za-z0-9+.-]*:");
    for (const std::string& uri : uris) {
        INFO(uri);
        CHECK(std::regex_match(uri.starts_with("file://") ? uri.substr(7) : uri, encoded));
        CHECK(std::regex_search(uri, scheme) == uri.starts_with("file://"));
    }
    const std::string root = sarif_run.get<std::string>("originalUriBaseIds.%SRCROOT%.uri");
    CHECK_THAT(root, Catch::StartsWith("file:///") && Catch::EndsWith("/sarif-uri/"));
    CHECK(std::regex_match(root.substr(7), encoded));
    for (const std::string& level : validate_sarif(sarif_file)) {
        INFO(level);
        CHECK(level.rfind("note ", 0) == 0);
    }
}

TEST_CASE("JUnit output: a suite per file, a case per rule, a failure per finding") {
    const std::string path = write_file(scratch_dir("ci") / "mixed.md", mixed);
    const Run run = run_cpdoc({"check", "--format", "junit", path,
                               write_file(scratch_dir("ci") / "warning.md", only_warning)});
    CHECK(run.status == 1);
    pugi::xml_document doc;
    REQUIRE(doc.load_string(run.out.c_str()));
    const pugi::xml_node suites = doc.child("testsuites");
    REQUIRE(std::distance(suites.children("testsuite").begin(),
                          suites.children("testsuite").end()) == 2);
    const pugi::xml_node suite = suites.child("testsuite");
    CHECK(std::string(suite.attribute("name").value()) == path);
    CHECK(suite.attribute("failures").as_int() == 2);
    const pugi::xml_node placeholder =
        suite.find_child_by_attribute("testcase", "name", "PLACEHOLDER-UNFILLED");
    REQUIRE(placeholder);
    // The suppressed finding is not a failure.
    CHECK(std::distance(placeholder.children("failure").begin(),
                        placeholder.children("failure").end()) == 1);
    CHECK_THAT(placeholder.child("failure").text().get(), Catch::StartsWith(path + ":11:1: "));
    CHECK(std::string(placeholder.child("failure").attribute("type").value()) == "error");
    CHECK_FALSE(suite.find_child_by_attribute("testcase", "name", "PARSE-ERROR").child("failure"));
}

TEST_CASE("GitHub annotations: one workflow command per finding") {
    const std::string path = write_file(scratch_dir("ci") / "mixed.md", mixed);
    const Run run = run_cpdoc({"check", "--format", "github", path});
    CHECK(run.out == "::warning file=" + path +
                         ",line=5,col=1,title=FRONT-MATTER-UNKNOWN-KEY::"
                         "`registerd:` is not a front-matter key cpdoc knows: did you mean "
                         "`registered`? (dialect, 2. Front matter)\n"
                         "::error file=" +
                         path +
                         ",line=11,col=1,title=PLACEHOLDER-UNFILLED::"
                         "unfilled placeholder {{ b }}: replace it with the real value before "
                         "circulating (dialect, 3. Values)\n");
}

TEST_CASE("exit codes: warnings pass, unless there are more than --max-warnings") {
    const std::string path = write_file(scratch_dir("ci") / "warning.md", only_warning);
    CHECK(run_cpdoc({"check", path}).status == 0);
    CHECK(run_cpdoc({"check", "--max-warnings", "1", path}).status == 0);
    const Run over = run_cpdoc({"check", "--max-warnings", "0", path});
    CHECK(over.status == 1);
    CHECK_THAT(over.err, Catch::Contains("cpdoc: 1 warning, more than the maximum of 0"));
}

TEST_CASE("severity overrides turn rules up, down and off") {
    const std::string path = write_file(scratch_dir("ci") / "warning.md", only_warning);
    const Run up = run_cpdoc({"check", "--severity", "FRONT-MATTER-UNKNOWN-KEY=error", path});
    CHECK(up.status == 1);
    CHECK_THAT(up.out, Catch::Contains(":5:1: error:"));
    const Run off = run_cpdoc({"check", "--severity", "FRONT-MATTER-UNKNOWN-KEY=off", path});
    CHECK_THAT(off.out, Catch::Contains("0 errors, 0 warnings"));
    CHECK(run_cpdoc({"check", "--severity", "FRONT-MATTER-UNKNOWN-KEY=loud", path}).status == 2);
    const Run typo = run_cpdoc({"check", "--severity", "FRONT-MATTER-UNKOWN-KEY=off", path});
    CHECK(typo.status == 2);
    CHECK_THAT(typo.err, Catch::Contains("did you mean FRONT-MATTER-UNKNOWN-KEY?"));
}

TEST_CASE("rule ids in any case, what means 'could not be read' cannot be switched off") {
    const std::string path =
        test::write_file(test::scratch_dir("ci-case") / "c.md",
                         "---\ndocument: chronology\npolicy: base\nchild: C-1\nfoo: x\n---\n"
                         "| Date | Type | Event | Source |\n| --- | --- | --- | --- |\n"
                         "| 2026-11-01 | visit-seen | Seen | SW |\n");
    // Lower case is the same rule, on the command line and in a config.
    const test::Run lower =
        test::run_cpdoc({"check", "--severity", "front-matter-unknown-key=off", path});
    CHECK_THAT(lower.out, !Catch::Contains("FRONT-MATTER-UNKNOWN-KEY"));
    const ConfigLoad config =
        parse_config("[severity]\nchild-views-missing = \"off\"\n", "/r/.cpdoc.toml");
    REQUIRE(config.config);
    CHECK(config.config->severities.count("CHILD-VIEWS-MISSING") == 1);
    CHECK_THAT(test::run_cpdoc({"check", "--severity", "child-view-missing=off", path}).err,
               Catch::Contains("did you mean CHILD-VIEWS-MISSING?"));
    CHECK_THAT(test::run_cpdoc({"explain", "smart-measurable"}).out,
               Catch::StartsWith("SMART-MEASURABLE: "));
    // PARSE-ERROR and FRONT-MATTER-MISSING mean the document was not read: never off.
    for (const std::string id : {"PARSE-ERROR", "parse-error", "FRONT-MATTER-MISSING"}) {
        const test::Run off = test::run_cpdoc({"check", "--severity", id + "=off", path});
        CHECK(off.status == 2);
        CHECK_THAT(off.err, Catch::Contains("cannot be switched off"));
    }
    CHECK_THAT(parse_config("[severity]\nPARSE-ERROR = \"off\"\n", "/r/.cpdoc.toml").error,
               Catch::StartsWith("/r/.cpdoc.toml:2:") && Catch::Contains("cannot be switched off"));
    CHECK(test::run_cpdoc({"check", "--severity", "PARSE-ERROR=warning", path}).status == 0);
}
