// `cpdoc chronology merge`: date order, sources kept, shared events marked, result checks.
#include "support.hpp"

#include <catch2/catch.hpp>

#include <unistd.h>

#include <filesystem>
#include <fstream>

using namespace cpdoc::test;
namespace fs = std::filesystem;

namespace {

const std::string social_work =
    "---\ndocument: chronology\npolicy: test-no-rules\nchild: C-104233\n"
    "agency: Social Work\n---\n# Social work chronology\n\n"
    "| Date | Type | Event | Source |\n| --- | --- | --- | --- |\n"
    "| 2026-11-02 | visit-no-access | No answer at 10:00 | Social Work |\n"
    "| 2026-11-09 | injury | Bruise to left arm seen at visit | |\n";

const std::string health =
    "---\ndocument: chronology\npolicy: test-no-rules\nchild: C-104233\n"
    "agency: Health Visiting\nregistered: yes\n---\n# Health visiting\n\n"
    "| Date | Type | Event | Source |\n| --- | --- | --- | --- |\n"
    "| 2026-10-30 | appointment-missed | Missed 27-month review | Health Visiting |\n"
    "| 2026-11-09 | injury | Mum reported Megan fell \\| bruised arm | Health Visiting |\n";

} // namespace

TEST_CASE("merge: date order, sources kept, the same event marked on both rows") {
    const std::string out = (scratch_dir("merge") / "integrated.md").string();
    const Run run =
        run_cpdoc({"chronology", "merge", write_file(scratch_dir("merge") / "sw.md", social_work),
                   write_file(scratch_dir("merge") / "hv.md", health), "-o", out});
    CHECK(run.status == 0);
    CHECK_THAT(run.err, Catch::Contains("4 entries from 2 chronologies, 2 marked"));
    const std::string merged = read_text(out);
    CHECK_THAT(merged, Catch::Contains("registered: yes\n"));
    const std::string table =
        "| Date | Type | Event | Source | Also reported by |\n| --- | --- | --- | --- | --- |\n"
        "| 2026-10-30 | appointment-missed | Missed 27-month review | Health Visiting |  |\n"
        "| 2026-11-02 | visit-no-access | No answer at 10:00 | Social Work |  |\n"
        "| 2026-11-09 | injury | Bruise to left arm seen at visit | Social Work | Health Visiting "
        "|\n"
        "| 2026-11-09 | injury | Mum reported Megan fell \\| bruised arm | Health Visiting | "
        "Social Work |\n";
    CHECK_THAT(merged, Catch::EndsWith(table));
    const Run checked = run_cpdoc({"check", "--today", "2026-11-25", out});
    CHECK(checked.status == 0);
    INFO(checked.out);
}

TEST_CASE("merge refuses chronologies of two children, and writes nothing") {
    std::string other = health;
    other.replace(other.find("C-104233"), 8, "C-999999");
    const std::string out = (scratch_dir("merge") / "mixed.md").string();
    const Run run =
        run_cpdoc({"chronology", "merge", write_file(scratch_dir("merge") / "sw.md", social_work),
                   write_file(scratch_dir("merge") / "other.md", other), "-o", out});
    CHECK(run.status == 2);
    CHECK_THAT(run.err, Catch::Contains("only one child's chronologies can be merged"));
    CHECK_FALSE(fs::exists(out));
}

TEST_CASE("merge never writes over an input") {
    const std::string input = write_file(scratch_dir("merge") / "sw.md", social_work);
    const Run run = run_cpdoc({"chronology", "merge", input,
                               write_file(scratch_dir("merge") / "hv.md", health), "-o", input});
    CHECK(run.status == 2);
    CHECK_THAT(run.err, Catch::Contains("never writes over an input"));
    CHECK(read_text(input) == social_work);
}

TEST_CASE("merge keeps a CSO any input records, so SCRA-NOTIFY still reads it") {
    const fs::path dir = scratch_dir("merge-cso");
    const auto with_cso = [](std::string text, const std::string& answer) {
        return text.insert(text.find("agency:"), "cso: " + answer + "\n");
    };
    const std::string sw = write_file(dir / "sw.md", with_cso(social_work, "yes"));
    const std::string hv = write_file(dir / "hv.md", with_cso(health, "no"));
    const std::string out = (dir / "integrated.md").string();
    const Run run = run_cpdoc({"chronology", "merge", sw, hv, "-o", out});
    REQUIRE(run.status == 0);
    CHECK_THAT(run.err, Catch::Contains(hv + " says cso: no, " + sw +
                                        " says yes; the integrated chronology says yes"));
    CHECK_THAT(read_text(out), Catch::Contains("registered: yes\ncso: yes\n"));
    // Said by neither: not said.
    const std::string plain = (dir / "plain.md").string();
    REQUIRE(run_cpdoc({"chronology", "merge", write_file(dir / "a.md", social_work),
                       write_file(dir / "b.md", health), "-o", plain})
                .status == 0);
    CHECK_THAT(read_text(plain), !Catch::Contains("cso:"));
}

TEST_CASE("merge keeps an integrated chronology already there unless told --force") {
    const fs::path dir = scratch_dir("merge-keep");
    const std::string sw = write_file(dir / "sw.md", social_work);
    const std::string hv = write_file(dir / "hv.md", health);
    const std::string out = write_file(dir / "integrated.md", "analysis written by hand\n");
    const Run kept = run_cpdoc({"chronology", "merge", sw, hv, "-o", out});
    CHECK(kept.status == 2);
    CHECK_THAT(kept.err, Catch::Contains(out + ": already exists") && Catch::Contains("--force"));
    CHECK(read_text(out) == "analysis written by hand\n");
    REQUIRE(run_cpdoc({"chronology", "merge", "--force", sw, hv, "-o", out}).status == 0);
    CHECK_THAT(read_text(out), Catch::Contains("Bruise to left arm"));
}

TEST_CASE("merge: each source keeps its agency, extra columns are kept, and an event two "
          "agencies recorded is counted once") {
    const fs::path dir = scratch_dir("merge-agencies");
    const std::string police =
        "---\ndocument: chronology\npolicy: test-all-rules\nchild: C-104233\n"
        "agency: Police Scotland\n---\n"
        "| When | Event type | What happened | Recorded by | Impact |\n|-|-|-|-|-|\n"
        "| 2026-11-04 | other | Neighbour reports shouting | Case note | Unknown |\n"
        "| 2026-11-06 | visit-no-access | Second welfare check | Case note | Not seen |\n";
    const std::string social =
        "---\ndocument: chronology\npolicy: test-all-rules\nchild: C-104233\n"
        "agency: Social Work\n---\n"
        "| Date | Type | Event | Source |\n|-|-|-|-|\n"
        "| 2026-11-02 | visit-no-access | No answer at 10:00 | Case note |\n"
        "| 2026-11-02 | visit-no-access | No answer at 16:30 | Case note |\n"
        "| 2026-11-06 | visit-no-access | Joint visit with police, no answer | Case note |\n";
    const std::string out = (dir / "integrated.md").string();
    const Run run = run_cpdoc({"chronology", "merge", write_file(dir / "police.md", police),
                               write_file(dir / "sw.md", social), "-o", out});
    REQUIRE(run.status == 0);
    const std::string merged = read_text(out);
    CHECK_THAT(
        merged,
        Catch::Contains("| Date | Type | Event | Source | Impact | Also reported by |\n") &&
            Catch::Contains("| 2026-11-02 | visit-no-access | No answer at 10:00 | Social "
                            "Work \u2014 Case note |  |  |\n") &&
            Catch::Contains("| 2026-11-02 | visit-no-access | No answer at 16:30 | Social "
                            "Work \u2014 Case note |  |  |\n") &&
            Catch::Contains("| 2026-11-06 | visit-no-access | Second welfare check | "
                            "Police Scotland \u2014 Case note | Not seen | Social Work |\n"));
    // Four entries of defaulted visits, one of them recorded by both agencies: three visits,
    // and no clock.
    const Run checked = run_cpdoc({"check", "--format", "json", "--today", "2026-12-25", out});
    INFO(checked.out);
    CHECK_THAT(checked.out, !Catch::Contains("DEFAULTED-VISITS"));
}

TEST_CASE("merge refuses the same file twice, and chronologies under different policies "
          "unless --policy names one") {
    const fs::path dir = scratch_dir("merge-refusals");
    const std::string sw = write_file(dir / "sw.md", social_work);
    const Run twice = run_cpdoc({"chronology", "merge", sw, (dir / "." / "sw.md").string(), "-o",
                                 (dir / "twice.md").string()});
    CHECK(twice.status == 2);
    CHECK_THAT(twice.err, Catch::Contains("each chronology is merged once"));
    CHECK_FALSE(fs::exists(dir / "twice.md"));

    std::string english = health;
    english.replace(english.find("test-no-rules"), 13, "test-all-rules-england");
    const std::string hv = write_file(dir / "hv.md", english);
    const Run mixed = run_cpdoc({"chronology", "merge", sw, hv, "-o", (dir / "mixed.md").string()});
    CHECK(mixed.status == 2);
    CHECK_THAT(mixed.err, Catch::Contains("say which policy the integrated chronology follows"));
    CHECK_FALSE(fs::exists(dir / "mixed.md"));

    const Run chosen = run_cpdoc(
        {"chronology", "merge", "--policy-dir", source_path("tests/data/packs"), "--policy",
         "test-all-rules-england", sw, hv, "-o", (dir / "chosen.md").string()});
    CHECK(chosen.status == 0);
    INFO(chosen.err);
    CHECK_THAT(read_text((dir / "chosen.md").string()),
               Catch::StartsWith("---\ndocument: chronology\npolicy: test-all-rules-england\n"));
}

TEST_CASE("merge refuses a chronology the dialect cannot read, and writes nothing") {
    const fs::path dir = scratch_dir("merge-broken");
    std::string broken = health;
    broken.replace(broken.find("Missed 27-month review"), 22, "Missed `review | clinic`");
    const std::string out = (dir / "out.md").string();
    const Run run = run_cpdoc({"chronology", "merge", write_file(dir / "sw.md", social_work),
                               write_file(dir / "hv.md", broken), "-o", out});
    CHECK(run.status == 2);
    CHECK_THAT(run.err, Catch::Contains("hv.md:12:64: error: table row has 5 cells") &&
                            Catch::Contains("[PARSE-ERROR]; fix it "
                                            "before merging"));
    CHECK_FALSE(fs::exists(out));
}

TEST_CASE("merge: two agencies' visits on one day are two visits unless their times or their "
          "words make them one") {
    const fs::path dir = scratch_dir("merge-same-day");
    const std::string social =
        "---\ndocument: chronology\npolicy: test-all-rules\nchild: C-104233\n"
        "agency: Social Work\nregistered: no\n---\n"
        "| Date | Type | Event | Source |\n|-|-|-|-|\n"
        "| 2026-11-02 | visit-no-access | No answer at 10:00 | Case note |\n"
        "| 2026-11-05 | visit-no-access | No answer, 9.30am | Case note |\n"
        "| 2026-11-09 | visit-no-access | No answer, curtains drawn | Case note |\n"
        "| 2026-11-12 | visit-seen | Megan seen at 14:00 | Case note |\n"
        "| 2026-11-12 | other | Called school | Case note |\n"
        "| 2026-11-13 | other | Letter to Mum |  |\n";
    const std::string health =
        "---\ndocument: chronology\npolicy: test-all-rules\nchild: C-104233\n"
        "agency: Health Visiting\nregistered: yes\n---\n"
        "| Date | Time | Type | Event | Source |\n|-|-|-|-|-|\n"
        "| 2026-11-02 | 3.30pm | visit-no-access | No answer | HV record |\n"
        "| 2026-11-09 | | visit-no-access | No answer, dog barking | HV record |\n"
        "| 2026-11-12 | 2.05 pm | visit-seen | Seen at home | HV record |\n";
    const std::string out = (dir / "integrated.md").string();
    const Run run = run_cpdoc({"chronology", "merge", write_file(dir / "sw.md", social),
                               write_file(dir / "hv.md", health), "-o", out});
    REQUIRE(run.status == 0);
    CHECK_THAT(run.err, Catch::Contains("9 entries from 2 chronologies, 2 marked"));
    // An entry with no source of its own is said to (round 8): given its agency, the integrated
    // chronology would pass where the single-agency one failed.
    CHECK_THAT(run.err, Catch::Contains((dir / "sw.md").string() +
                                        ":15: an entry with no source: the integrated "
                                        "chronology names only its agency (Social Work)"));
    CHECK_THAT(run.err, Catch::Contains("warning: " + (dir / "hv.md").string() +
                                        " says registered: yes, " + (dir / "sw.md").string() +
                                        " says no; the integrated chronology says yes"));
    const std::string merged = read_text(out);
    CHECK_THAT(merged, Catch::Contains("registered: yes\n"));
    CHECK_THAT(
        merged,
        Catch::Contains("| 2026-11-02 | visit-no-access | No answer at 10:00 | Social Work "
                        "\u2014 Case note |  |  |\n"
                        "| 2026-11-02 | visit-no-access | No answer | Health Visiting \u2014 HV "
                        "record | 3.30pm |  |\n") &&
            Catch::Contains("| 2026-11-09 | visit-no-access | No answer, curtains drawn | Social "
                            "Work \u2014 Case note |  |  |\n") &&
            Catch::Contains("| 2026-11-12 | visit-seen | Megan seen at 14:00 | Social Work "
                            "\u2014 Case note |  | Health Visiting |\n"
                            "| 2026-11-12 | visit-seen | Seen at home | Health Visiting \u2014 "
                            "HV record | 2.05 pm | Social Work |\n"
                            "| 2026-11-12 | other | Called school | Social Work \u2014 Case "
                            "note |  |  |\n"));
    // Five defaulted visits by two agencies, none of them one visit: the 4th, on 9 November,
    // starts the registered child's clock of 3 working days.
    const Run checked = run_cpdoc({"check", "--today", "2026-12-25", out});
    INFO(checked.out);
    CHECK_THAT(
        checked.out,
        Catch::Contains("integrated.md:18:3: error: 4 defaulted visits by 9 November 2026: a core "
                        "group must be held within 3 working days, by 12 November 2026; "
                        "none is recorded [DEFAULTED-VISITS]"));
}

TEST_CASE("merge refuses an integrated chronology as an input, and writes nothing") {
    const fs::path dir = scratch_dir("merge-again");
    const std::string sw = write_file(dir / "sw.md", social_work);
    const std::string hv = write_file(dir / "hv.md", health);
    const std::string integrated = (dir / "integrated.md").string();
    REQUIRE(run_cpdoc({"chronology", "merge", sw, hv, "-o", integrated}).status == 0);
    const std::string nursery =
        write_file(dir / "nursery.md", "---\ndocument: chronology\npolicy: test-no-rules\n"
                                       "child: C-104233\nagency: Nursery\n---\n"
                                       "| Date | Type | Event | Source |\n|-|-|-|-|\n"
                                       "| 2026-11-10 | other | Megan absent | Register |\n");
    const std::string out = (dir / "again.md").string();
    const Run again = run_cpdoc({"chronology", "merge", integrated, nursery, "-o", out});
    CHECK(again.status == 2);
    CHECK_THAT(again.err, Catch::Contains("is an integrated chronology") &&
                              Catch::Contains("merge the single-agency chronologies"));
    CHECK_FALSE(fs::exists(out));
}

TEST_CASE("merge: an agency only mentioned did not come, one that went with the visit did") {
    const fs::path dir = scratch_dir("merge-mentioned");
    const std::string police =
        "---\ndocument: chronology\npolicy: test-all-rules\nchild: C-104233\n"
        "agency: Police Scotland\n---\n"
        "| Date | Type | Event | Source |\n|-|-|-|-|\n"
        "| 2026-11-16 | visit-no-access | Welfare check in the evening, no answer | Log |\n"
        "| 2026-11-18 | visit-no-access | No answer at the door | Log |\n";
    const std::string social =
        "---\ndocument: chronology\npolicy: test-all-rules\nchild: C-104233\n"
        "agency: Social Work\n---\n"
        "| Date | Type | Event | Source |\n|-|-|-|-|\n"
        "| 2026-11-16 | visit-no-access | No answer; Police Scotland informed by phone | Note |\n"
        "| 2026-11-18 | visit-no-access | Visit with police, no answer | Note |\n";
    const std::string out = (dir / "integrated.md").string();
    const Run run = run_cpdoc({"chronology", "merge", write_file(dir / "police.md", police),
                               write_file(dir / "sw.md", social), "-o", out});
    REQUIRE(run.status == 0);
    CHECK_THAT(run.err, Catch::Contains("4 entries from 2 chronologies, 2 marked"));
    const std::string merged = read_text(out);
    CHECK_THAT(merged, Catch::Contains("| No answer; Police Scotland informed by phone | Social "
                                       "Work \u2014 Note |  |\n") &&
                           Catch::Contains("| Visit with police, no answer | Social Work \u2014 "
                                           "Note | Police Scotland |\n"));
}

TEST_CASE("merge: a chronology with no agency is named by its file's name, never its path") {
    const TempDir dir("merge-no-agency");
    std::string unnamed = health;
    unnamed.erase(unnamed.find("agency: Health Visiting\n"), 24);
    const std::string out = (dir / "integrated.md").string();
    const Run run = run_cpdoc({"chronology", "merge", write_file(dir / "sw.md", social_work),
                               write_file(dir / "hv.md", unnamed), "-o", out});
    REQUIRE(run.status == 0);
    const std::string merged = read_text(out);
    CHECK_THAT(merged,
               Catch::Contains("| Bruise to left arm seen at visit | Social Work | hv.md |"));
    CHECK_THAT(merged, !Catch::Contains(dir.path().string()));
}
