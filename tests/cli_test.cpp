// The command line: output text, JSON, exit codes, and refusals of bad input.
#include "support.hpp"

#include <boost/property_tree/json_parser.hpp>
#include <boost/property_tree/ptree.hpp>
#include <catch2/catch.hpp>

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>

using namespace cpdoc::test;
namespace fs = std::filesystem;

namespace {

boost::property_tree::ptree parse_json(const std::string& text) {
    std::istringstream in(text);
    boost::property_tree::ptree tree;
    boost::property_tree::read_json(in, tree);
    return tree;
}

} // namespace

TEST_CASE("version and help exit 0") {
    const Run version = run_cpdoc({"--version"});
    CHECK(version.status == 0);
    CHECK_THAT(version.out, Catch::StartsWith("cpdoc "));
    const Run help = run_cpdoc({"check", "--help"});
    CHECK(help.status == 0);
    CHECK_THAT(help.out, Catch::Contains("--format"));
}

TEST_CASE("a wrong command line exits 2") {
    CHECK(run_cpdoc({}).status == 2);
    CHECK(run_cpdoc({"check"}).status == 2);
    CHECK(run_cpdoc({"check", "--format", "xml", "x.md"}).status == 2);
    CHECK(run_cpdoc({"frobnicate"}).status == 2);
}

TEST_CASE("text output: one line per finding, sorted by position, and a summary") {
    const std::string path = write_file(scratch_dir("cli") / "placeholder.md", placeholder_doc);
    const Run run = run_cpdoc({"check", path});
    CHECK(run.status == 1);
    const std::string expected =
        path +
        ":5:1: warning: `registerd:` is not a front-matter key cpdoc knows: did you mean "
        "`registered`? [FRONT-MATTER-UNKNOWN-KEY] (dialect, 2. Front matter)\n" +
        path +
        ":7:13: error: unfilled placeholder {{ name }}: replace it with the real value "
        "before circulating [PLACEHOLDER-UNFILLED] (dialect, 3. Values)\n"
        "1 file checked: 1 error, 1 warning, 0 notes\n"
        "policy pack test-no-rules: local pack read from " +
        source_path("tests/data/packs/test-no-rules.xml") + "\n";
    CHECK(run.out == expected);
}

TEST_CASE("the explain flag quotes the policy text under each finding") {
    const Run run = run_cpdoc(
        {"check", "--explain", write_file(scratch_dir("cli") / "placeholder.md", placeholder_doc)});
    CHECK_THAT(run.out, Catch::Contains("\n    \"a document that is being checked for circulation "
                                        "may not (an unfilled placeholder is an error)\"\n"));
}

TEST_CASE("exit 0 when no finding is an error, even with warnings") {
    const std::string path = write_file(scratch_dir("cli") / "warning.md", clean_chronology + "");
    const Run clean = run_cpdoc({"check", path});
    CHECK(clean.status == 0);
    CHECK_THAT(clean.out, Catch::Contains("1 file checked: 0 errors, 0 warnings, 0 notes\n"));
    const Run warning = run_cpdoc(
        {"check",
         write_file(
             scratch_dir("cli") / "w.md",
             "---\ndocument: chronology\npolicy: test-no-rules\nchild: C-1\nfoo: x\n---\n")});
    CHECK(warning.status == 0);
}

TEST_CASE("the date given by --today is read as every date is, with a did-you-mean") {
    const std::string path = write_file(scratch_dir("cli") / "today.md", clean_chronology);
    CHECK(run_cpdoc({"check", "--today", "25/11/2026", path}).status == 0);
    const Run slip = run_cpdoc({"check", "--today", "25/11/26", path});
    CHECK(slip.status == 2);
    CHECK(slip.err == "cpdoc: --today: `25/11/26` is not a date: did you mean 25 November 2026? "
                      "Write it as 2026-11-25, 25 November 2026 or 25/11/2026\n");
}

TEST_CASE("JSON output: one object per file with its findings") {
    const std::string path = write_file(scratch_dir("cli") / "placeholder.md", placeholder_doc);
    const Run run = run_cpdoc({"check", "--format", "json", path,
                               write_file(scratch_dir("cli") / "clean.md", clean_chronology)});
    CHECK(run.status == 1);
    const auto tree = parse_json(run.out);
    const auto& files = tree.get_child("files");
    REQUIRE(files.size() == 2);
    const auto& first = files.begin()->second;
    CHECK(first.get<std::string>("path") == path);
    CHECK(first.get<std::string>("kind") == "chronology");
    CHECK(first.get<std::string>("policy") == "test-no-rules");
    CHECK(first.get<int>("errors") == 1);
    CHECK(first.get<int>("warnings") == 1);
    const auto& findings = first.get_child("findings");
    REQUIRE(findings.size() == 2);
    const auto& placeholder = std::next(findings.begin())->second;
    CHECK(placeholder.get<std::string>("rule") == "PLACEHOLDER-UNFILLED");
    CHECK(placeholder.get<std::string>("severity") == "error");
    CHECK(placeholder.get<int>("line") == 7);
    CHECK(placeholder.get<int>("column") == 13);
    CHECK(placeholder.get<std::string>("message") ==
          "unfilled placeholder {{ name }}: replace it with the real value before circulating");
    CHECK(placeholder.get<std::string>("citation.source") == "dialect.md");
    CHECK(placeholder.get<bool>("suppressed") == false);
    CHECK(std::next(files.begin())->second.get_child("findings").empty());
}

TEST_CASE("JSON output carries suppressed findings with their reason") {
    const std::string path =
        write_file(scratch_dir("cli") / "suppressed.md",
                   "---\ndocument: chronology\npolicy: test-no-rules\nchild: C-1\n---\n"
                   "<!-- cpdoc-disable PLACEHOLDER-UNFILLED: worked example -->\n"
                   "{{ x }}\n");
    const Run run = run_cpdoc({"check", "--format", "json", path});
    CHECK(run.status == 0);
    const auto finding = parse_json(run.out)
                             .get_child("files")
                             .begin()
                             ->second.get_child("findings")
                             .begin()
                             ->second;
    CHECK(finding.get<bool>("suppressed"));
    CHECK(finding.get<std::string>("suppression_reason") == "worked example");
}

TEST_CASE("a file that cannot be read exits 2 and says why") {
    const Run missing = run_cpdoc({"check", (scratch_dir("cli") / "no-such.md").string()});
    CHECK(missing.status == 2);
    CHECK_THAT(missing.out, Catch::Contains("no-such.md: error: cannot check: no such file"));
    const Run device = run_cpdoc({"check", "/dev/null"});
    CHECK(device.status == 2);
    CHECK_THAT(device.out, Catch::Contains("/dev/null: error: cannot check: not a regular file"));
}

TEST_CASE("binary files and invalid UTF-8 are refused with the byte offset") {
    const Run binary = run_cpdoc({"check", write_file(scratch_dir("cli") / "binary.md",
                                                      std::string("---\n\x00\x01\x02", 7))});
    CHECK(binary.status == 2);
    CHECK_THAT(binary.out, Catch::Contains("byte 4: NUL byte"));
    const Run latin1 = run_cpdoc(
        {"check", write_file(scratch_dir("cli") / "latin1.md", "---\nchild: Ren\xE9\n---\n")});
    CHECK(latin1.status == 2);
    CHECK_THAT(latin1.out, Catch::Contains("byte 14: invalid UTF-8"));
}

TEST_CASE("a 50 MB file is refused without being read") {
    const fs::path path = scratch_dir("cli") / "huge.md";
    {
        std::ofstream out(path, std::ios::binary);
        out.seekp((50 << 20) - 1);
        out.put('x');
    }
    const Run run = run_cpdoc({"check", path.string()});
    fs::remove(path);
    CHECK(run.status == 2);
    CHECK_THAT(run.out, Catch::Contains("larger than the limit of 8388608 bytes"));
}

TEST_CASE("one unreadable file among good ones still reports the good ones, and exits 2") {
    const Run run = run_cpdoc({"check", write_file(scratch_dir("cli") / "ok.md", clean_chronology),
                               (scratch_dir("cli") / "gone.md").string()});
    CHECK(run.status == 2);
    CHECK_THAT(run.out, Catch::Contains("1 file checked, 1 unreadable"));
}

TEST_CASE("the policy option overrides the front matter and an unknown pack exits 2") {
    const std::string path = write_file(scratch_dir("cli") / "nopolicy.md",
                                        "---\ndocument: chronology\nchild: C-1\n---\n");
    CHECK(run_cpdoc({"check", path}).status == 1); // no policy anywhere
    CHECK(run_cpdoc({"check", "--policy", "test-no-rules", path}).status == 0);
    const Run unknown = run_cpdoc({"check", "--policy", "nowhere", path});
    CHECK(unknown.status == 2);
    CHECK_THAT(unknown.err, Catch::Contains("--policy nowhere: no such policy pack; the packs "
                                            "are base, lanarkshire-2019, "));
    // A pack named without its year, or misspelt, is pointed at.
    CHECK_THAT(run_cpdoc({"check", "--policy", "lanarkshire", path}).err,
               Catch::EndsWith("--policy lanarkshire: no such policy pack; did you mean "
                               "lanarkshire-2019?\n"));
    CHECK_THAT(run_cpdoc({"check", "--policy", "portsmouth-pscd", path}).err,
               Catch::EndsWith("did you mean portsmouth-pscb?\n"));
}

TEST_CASE("the policy-dir option adds local packs") {
    const Run run =
        run_cpdoc({"policies", "list", "--policy-dir", source_path("tests/data/packs")});
    CHECK(run.status == 0);
    CHECK_THAT(run.out, Catch::Contains("test-all-rules") && Catch::Contains("[local]") &&
                            Catch::Contains("base  1.0"));
}

TEST_CASE("policies validate: exit 0 for a valid pack, 1 for an invalid one") {
    const Run good =
        run_cpdoc({"policies", "validate", source_path("tests/data/packs/test-all-rules.xml")});
    CHECK(good.status == 0);
    CHECK_THAT(good.out, Catch::Contains("valid policy pack test-all-rules"));
    const Run bad = run_cpdoc(
        {"policies", "validate", write_file(scratch_dir("cli") / "bad.xml", "<policy/>\n")});
    CHECK(bad.status == 1);
    CHECK_THAT(bad.out,
               Catch::Contains("bad.xml:1: error: does not follow the policy pack schema"));
}

TEST_CASE("policies show prints the resolved pack") {
    const Run run = run_cpdoc({"policies", "show", "base"});
    CHECK(run.status == 0);
    CHECK_THAT(run.out, Catch::Contains("## Contingency plan  (required)") &&
                            Catch::Contains("jurisdiction: england-and-wales") &&
                            Catch::Contains("\n  event-types: visit-seen, visit-seen-alone, "));
    // A local pack's additions are listed with what it inherits.
    const std::string lanarkshire = run_cpdoc({"policies", "show", "lanarkshire-2019"}).out;
    CHECK_THAT(lanarkshire, Catch::Contains("failure-to-enable-contact") &&
                                Catch::Contains("disguised-compliance"));
    // What a pack requires cites its paragraph, as the rules do, and the cited texts are named.
    CHECK_THAT(lanarkshire,
               Catch::Contains("LAN-NAMED-PERSON  error  requires child-plan / Named people / "
                               "Named person  (lanarkshire-2019-working-with-resistance, 7. For "
                               "consideration at the multi-agency meeting or review)\n") &&
                   Catch::Contains("\nSources:\n") &&
                   Catch::Contains("\n  lanarkshire-2019-working-with-resistance.txt: North and "
                                   "South Lanarkshire Working with Resistance"));
}

TEST_CASE("explain: a rule's purpose and examples, and unknown rules exit 2") {
    const Run run = run_cpdoc({"explain", "SMART-MEASURABLE"});
    CHECK(run.status == 0);
    CHECK_THAT(run.out, Catch::StartsWith("SMART-MEASURABLE: An objective with no measure") &&
                            Catch::Contains("Passes:") && Catch::Contains("Fails:"));
    CHECK(run_cpdoc({"explain", "NO-SUCH-RULE"}).status == 2);
    // Asked about one pack that does not use the rule, it says so rather than only the rule.
    CHECK_THAT(run_cpdoc({"explain", "DEFAULTED-VISITS", "--policy", "lanarkshire-2019"}).out,
               Catch::EndsWith("\nlanarkshire-2019 does not use this rule: its documents are not "
                               "checked for it.\n"));
    CHECK_THAT(run_cpdoc({"explain", "DEFAULTED-VISITS", "--policy", "portsmouth-pscb"}).out,
               !Catch::Contains("does not use this rule"));
}

TEST_CASE("docs/rules.md is the catalogue the rules generate") {
    const Run run = run_cpdoc({"rules", "--markdown"});
    CHECK(run.status == 0);
    CHECK(run.out == read_text(source_path("docs/rules.md")));
}

TEST_CASE("the policy-dir option takes one directory: what follows it is an input") {
    const Run run = run_cpdoc({"audit", "--today", "2026-11-25", "--policy-dir",
                               source_path("examples/packs"), source_path("examples")});
    CHECK(run.status == 0);
    CHECK_THAT(run.out, Catch::Contains("documents checked"));
}
