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
