// `.cpdoc.toml`: parsing with located errors, discovery by walking up to the repository root,
// and how it combines with the command line (flags win).
#include "app/config.hpp"
#include "support.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

using namespace cpdoc;
using namespace cpdoc::test;
namespace fs = std::filesystem;

namespace {

// A repository of the test process's own, made empty at its first use and removed at exit:
// left behind, a later process given the same id would find the files of this one.
fs::path repo() {
    static const TempDir made("config-repo");
    const fs::path& dir = made.path();
    fs::create_directories(dir / ".git");
    fs::create_directories(dir / "minutes" / "drafts");
    return dir;
}

const std::string no_policy_doc =
    "---\ndocument: chronology\nchild: C-104233\nregisterd: yes\n---\n";

} // namespace

TEST_CASE("a config is read with every setting") {
    const ConfigLoad load = parse_config("policy = \"base\"\npolicy-dirs = [\"packs\"]\n"
                                         "skip = [\"drafts/*\"]\nmax-warnings = 2\n"
                                         "[severity]\nCHILD-VIEWS-MISSING = \"warning\"\n",
                                         "/srv/repo/.cpdoc.toml");
    REQUIRE(load.config);
    CHECK(load.config->policy == "base");
    CHECK(load.config->policy_dirs == std::vector<fs::path>{"/srv/repo/packs"});
    CHECK(load.config->max_warnings == 2);
    CHECK(load.config->severities.at("CHILD-VIEWS-MISSING") == Severity::warning);
    CHECK(load.config->skips("/srv/repo/drafts/a.md"));
    CHECK_FALSE(load.config->skips("/srv/repo/final/a.md"));
}

TEST_CASE("config errors name the file, line and column") {
    const ConfigLoad syntax = parse_config("policy = \n", "/r/.cpdoc.toml");
    CHECK_THAT(syntax.error, Catch::StartsWith("/r/.cpdoc.toml:1:"));
    const ConfigLoad unknown = parse_config("policy = \"base\"\npolcy = \"x\"\n", "/r/.cpdoc.toml");
    CHECK_THAT(unknown.error, Catch::StartsWith("/r/.cpdoc.toml:2:") &&
                                  Catch::Contains("unknown setting `polcy`"));
    const ConfigLoad severity = parse_config("[severity]\nX = \"loud\"\n", "/r/.cpdoc.toml");
    CHECK_THAT(severity.error, Catch::StartsWith("/r/.cpdoc.toml:2:"));
    const ConfigLoad typo =
        parse_config("[severity]\nCHRONOLGY-TYPE = \"error\"\n", "/r/.cpdoc.toml");
    CHECK_THAT(typo.error, Catch::StartsWith("/r/.cpdoc.toml:2:") &&
                               Catch::EndsWith("did you mean CHRONOLOGY-TYPE?"));
    // A pack's own rule is not a slip.
    CHECK(parse_config("[severity]\nLAN-NAMED-PERSON = \"warning\"\n", "/r/.cpdoc.toml")
              .error.empty());
}

TEST_CASE("the config is found by walking up, and not above the repository root") {
    const fs::path root = repo();
    write_file(root / ".cpdoc.toml", "policy = \"base\"\n");
    const ConfigLoad found = find_config(root / "minutes" / "drafts" / "a.md");
    REQUIRE(found.config);
    CHECK(found.config->file == root / ".cpdoc.toml");
    // A repository inside it has its own root: the outer config is not read.
    fs::create_directories(root / "nested" / ".git");
    CHECK_FALSE(find_config(root / "nested" / "a.md").config);
}

TEST_CASE("one search for many folders answers as a search from each, reading each config once") {
    const TempDir dir("config-search");
    const fs::path root = dir.path();
    fs::create_directories(root / ".git");
    fs::create_directories(root / "nested" / ".git");
    write_file(root / ".cpdoc.toml", "policy = \"base\"\n");
    write_file(root / "team" / "sub" / ".cpdoc.toml", "policy = \"lanarkshire\"\n");
    const std::vector<fs::path> documents = {
        root / "team" / "case-1" / "a.md",         root / "team" / "case-2" / "b.md",
        root / "team" / "sub" / "case-3" / "c.md", root / "team" / "sub" / "d.md",
        root / "nested" / "case-4" / "e.md",       root / "drafts" / "not-yet" / "f.md"};
    const std::vector<std::string> expected = {"base",        "base",   "lanarkshire",
                                               "lanarkshire", "(none)", "base"};
    ConfigSearch search;
    for (std::size_t i = 0; i < documents.size(); ++i) {
        INFO(documents[i]);
        const ConfigLoad alone = find_config(documents[i]);
        const ConfigLoad together = search.find(documents[i]);
        CHECK((alone.config ? alone.config->policy : "(none)") == expected[i]);
        CHECK((together.config ? together.config->policy : "(none)") == expected[i]);
        if (alone.config && together.config)
            CHECK(together.config->file == alone.config->file);
    }
    // Read once: a folder searched later is given the config as it was first read.
    write_file(root / ".cpdoc.toml", "policy = \"portsmouth\"\n");
    CHECK(search.find(root / "team" / "case-5" / "g.md").config->policy == "base");
    CHECK(find_config(root / "team" / "case-5" / "g.md").config->policy == "portsmouth");
}

TEST_CASE("check uses the config's policy, severities, skips and maximum") {
    const fs::path root = repo();
    write_file(root / ".cpdoc.toml", "policy = \"test-no-rules\"\npolicy-dirs = [\"" +
                                         source_path("tests/data/packs") +
                                         "\"]\nskip = [\"minutes/drafts/*\"]\nmax-warnings = 0\n"
                                         "[severity]\nFRONT-MATTER-UNKNOWN-KEY = \"note\"\n");
    write_file(root / "minutes" / "a.md", no_policy_doc);
    write_file(root / "minutes" / "drafts" / "b.md", "not even front matter\n");
    const Run run = run_cpdoc({"check", "minutes/a.md", "minutes/drafts/b.md"}, root.string());
    CHECK(run.status == 0);
    CHECK_THAT(run.out, Catch::Contains("minutes/a.md:4:1: note:") &&
                            Catch::Contains("1 file checked: 0 errors, 0 warnings, 1 note"));
    CHECK_THAT(run.err, Catch::Contains("1 file skipped by .cpdoc.toml"));
}

TEST_CASE("command-line flags win over the config") {
    const fs::path root = repo();
    write_file(root / ".cpdoc.toml",
               "policy = \"test-no-rules\"\npolicy-dirs = [\"" + source_path("tests/data/packs") +
                   "\"]\nmax-warnings = 5\n[severity]\nFRONT-MATTER-UNKNOWN-KEY = \"note\"\n");
    write_file(root / "minutes" / "a.md", no_policy_doc);
    const Run run = run_cpdoc({"check", "--severity", "FRONT-MATTER-UNKNOWN-KEY=warning",
                               "--max-warnings", "0", "minutes/a.md"},
                              root.string());
    CHECK(run.status == 1);
    CHECK_THAT(run.out, Catch::Contains("minutes/a.md:4:1: warning:"));
}

TEST_CASE("a broken config stops the check with exit 2") {
    const fs::path root = repo();
    write_file(root / ".cpdoc.toml", "max-warnings = \"many\"\n");
    write_file(root / "minutes" / "a.md", no_policy_doc);
    const Run run = run_cpdoc({"check", "minutes/a.md"}, root.string());
    CHECK(run.status == 2);
    CHECK_THAT(run.err, Catch::Contains(".cpdoc.toml:1:") && Catch::Contains("max-warnings"));
}

TEST_CASE("every command reads the config as check does: new, explain, policies, audit") {
    const fs::path root = repo() / "one-config";
    write_file(root / ".cpdoc.toml", "policy = \"test-no-rules\"\npolicy-dirs = [\"" +
                                         source_path("tests/data/packs") + "\"]\n");
    // new: the configured pack, found in the configured directory.
    const Run made = run_cpdoc({"new", "chronology", "-o", (root / "c.md").string()});
    CHECK(made.status == 0);
    CHECK_THAT(read_text((root / "c.md").string()), Catch::Contains("policy: test-no-rules\n"));
    CHECK(run_cpdoc({"new", "chronology"}, root.string()).out.find("policy: test-no-rules") !=
          std::string::npos);
    // explain and policies: the configured pack and the configured pack directories.
    const Run explained = run_cpdoc({"explain", "CHILD-VIEWS-MISSING"}, root.string());
    CHECK(explained.status == 0);
    CHECK_THAT(explained.out, !Catch::Contains("lanarkshire-2019"));
    CHECK_THAT(run_cpdoc({"explain", "CHILD-VIEWS-MISSING"}).out,
               Catch::Contains("how every pack sets this rule"));
    CHECK(run_cpdoc({"policies", "show", "test-no-rules"}, root.string()).status == 0);
    CHECK_THAT(run_cpdoc({"policies", "list"}, root.string()).out,
               Catch::Contains("test-no-rules"));

    // audit: a sub-folder's config, as check honours it, so both agree on a file.
    const fs::path team = root / "team";
    write_file(team / ".cpdoc.toml", "[severity]\nPLACEHOLDER-UNFILLED = \"off\"\n");
    write_file(team / "m.md", "---\ndocument: chronology\npolicy: base\nchild: C-1\n---\n"
                              "| Date | Type | Event | Source |\n| --- | --- | --- | --- |\n"
                              "| 2026-11-01 | visit-seen | Seen by {{ name }} | SW |\n");
    CHECK(run_cpdoc({"check", (team / "m.md").string()}).status == 0);
    const Run audited = run_cpdoc({"audit", "--today", "2026-11-25", team.string()});
    CHECK(audited.status == 0);
    CHECK_THAT(audited.out, Catch::Contains("0 errors"));
}

TEST_CASE("a config the TOML library could not read safely is refused at its place first") {
    // One key of 32,000 dotted parts (64 KB) overflowed the stack inside toml++.
    std::string parts = "a";
    for (int i = 1; i < 32000; ++i)
        parts += ".a";
    const ConfigLoad dotted = parse_config(parts + " = 1\n", "/r/.cpdoc.toml");
    CHECK(dotted.error == "/r/.cpdoc.toml:1:16: a key may have at most 8 dotted parts");
    CHECK_THAT(parse_config("[severity]\n[a.\"b.c\" . d.e.f.g.h.i.j]\n", "/r/.cpdoc.toml").error,
               Catch::StartsWith("/r/.cpdoc.toml:2:23: a key may have at most 8 dotted parts"));
    CHECK_THAT(parse_config("skip = [[[[[[[[[\"x\"]]]]]]]]]\n", "/r/.cpdoc.toml").error,
               Catch::StartsWith("/r/.cpdoc.toml:1:16: arrays, inline tables and tables may be "
                                 "nested at most 8 deep"));
    CHECK_THAT(
        parse_config("x = {a = {b = {c = {d = {e = {f = {g = {h = {}}}}}}}}}\n", "/r/.cpdoc.toml")
            .error,
        Catch::StartsWith("/r/.cpdoc.toml:1:45: arrays"));
    const ConfigLoad large = parse_config(std::string(64 * 1024 + 1, '#'), "/r/.cpdoc.toml");
    CHECK(large.error == "/r/.cpdoc.toml:1:1: the file is 65537 bytes; a config may be at most "
                         "64 KiB");
}

TEST_CASE("dots, brackets and quotes in strings and comments are text, not keys or nesting") {
    const ConfigLoad load = parse_config(
        "# a.b.c.d.e.f.g.h.i.j [[[[[[[[[[\n"
        "skip = [\"a.b.c.d.e.f.g.h.i.j/[[[[[[[[[[*\", 'x.y.z.[[[[[[[[[[\\', \"q\\\"[[[[[[[[[[\",\n"
        "        \"\"\"\n[[[[[[[[[[ a.b.c.d.e.f.g.h.i.j \"\" \"\"\"\"\", '''\n[[[[[[[[[['''']\n"
        "policy = \"base\" # ]]]]]]]]]] a.b.c.d.e.f.g.h.i\n"
        "[severity]\n\"CHILD-VIEWS.MISSING.a.b.c.d.e.f.g.h\" = \"warning\"\n",
        "/r/.cpdoc.toml");
    REQUIRE(load.config);
    CHECK(load.config->skip == std::vector<std::string>{"a.b.c.d.e.f.g.h.i.j/[[[[[[[[[[*",
                                                        "x.y.z.[[[[[[[[[[\\", "q\"[[[[[[[[[[",
                                                        "[[[[[[[[[[ a.b.c.d.e.f.g.h.i.j \"\" \"\"",
                                                        "[[[[[[[[[['"});
    CHECK(load.config->severities.count("CHILD-VIEWS.MISSING.A.B.C.D.E.F.G.H") == 1);
    const ConfigLoad fine = parse_config("a.b.c.d.e.f.g.h = 1\n", "/r/.cpdoc.toml");
    CHECK_THAT(fine.error, Catch::Contains("unknown setting `a`"));
}

TEST_CASE("max-warnings beyond what an int holds is refused, not wrapped to 0") {
    const ConfigLoad load = parse_config("max-warnings = 4294967296\n", "/r/.cpdoc.toml");
    CHECK(load.error == "/r/.cpdoc.toml:1:16: `max-warnings` must be a whole number from 0 to "
                        "2147483647");
    CHECK(parse_config("max-warnings = 2147483647\n", "/r/.cpdoc.toml").config->max_warnings ==
          2147483647);
    for (const std::string too_many : {"4294967296", "2147483648", "-1"}) {
        const Run run = run_cpdoc({"check", "--max-warnings", too_many, "no-such-file.md"});
        CHECK(run.status == 2);
        CHECK_THAT(run.err, Catch::Contains("--max-warnings"));
    }
}
