// A hang guard for every command: each runs on the worst case of each shape of input, at
// about 1 to 2 MB (4 MB for suppressions), and must finish within 2 s per MB (render: 10 s per MB)
// times a generous slack, so that a busy machine does not fail it. It is not a benchmark: a command
// that has gone quadratic takes tens to hundreds of times its budget, and is stopped at it.
#include "support.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace cpdoc::test;
namespace fs = std::filesystem;

namespace {

// The budget times this: the runs here take a sixth of their budget or less on a busy
// two-core machine, and the quadratic cases this guards against took 3 to 100 times it, or
// crashed. The sanitized build (scripts/build-sanitized) runs several times slower.
#if defined(__SANITIZE_ADDRESS__) // GCC
constexpr double slack = 20;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer) // clang
constexpr double slack = 20;
#else
constexpr double slack = 4;
#endif
#else
constexpr double slack = 4;
#endif

constexpr double seconds_per_mb = 2;
constexpr double render_seconds_per_mb = 10;
constexpr double start_up_seconds = 0.5; // loading the packs, whatever the input

std::string repeat_to(std::string text, const std::string& unit, std::size_t bytes) {
    text.reserve(bytes + unit.size());
    while (text.size() < bytes)
        text += unit;
    return text;
}

const std::size_t mb = 1u << 20;

std::string front(const std::string& kind, const std::string& extra = "") {
    return "---\ndocument: " + kind + "\npolicy: test-all-rules\nchild: C-104233\n" + extra +
           "---\n# Budget\n\n";
}

// The worst case of each shape of document that `check` reads.
struct Shape {
    std::string name;
    std::string text;
    bool every_format = true; // or only as text: what is slow in it is not the writing
};

std::vector<Shape> document_shapes() {
    const std::string plan = front("child-plan", "next-review: 2027-01-07\n");
    const std::string chronology = front("chronology", "registered: yes\n") +
                                   "## Chronology\n\n| Date | Type | Event | Source |\n"
                                   "| --- | --- | --- | --- |\n";
    std::string deep = plan + "## Objectives\n\n";
    for (int depth = 0; deep.size() < 3 * mb / 2; depth = (depth + 1) % 300)
        deep += std::string(2 * depth, ' ') + "- Owner: Jane Doe, disguised compliance\n";
    // Every finding of a rule against every suppression of it, as it once was, is 2 x 10^10
    // comparisons here: the one shape of 4 MB, so that it cannot pass unnoticed.
    std::string suppressions = plan + "## Objectives\n\n";
    for (int line = 0; line < 4; ++line)
        suppressions = repeat_to(suppressions, "{{x}}", suppressions.size() + mb / 2) + "\n";
    suppressions =
        repeat_to(suppressions + "\n", "<!-- cpdoc-disable PLACEHOLDER-UNFILLED:  -->\n", 4 * mb);
    return {
        {"a huge table, each row out of order",
         repeat_to(chronology,
                   "| 2026-11-02 | visit-no-access | No answer at 10:00 | SW |\n"
                   "| 2026-11-01 | visit-seen | Seen alone; spoke about school | Police |\n",
                   3 * mb / 2)},
        {"many list items",
         repeat_to(plan + "## Objectives\n\n",
                   "- Ellie is safe\n  - Outcome: safe\n  - Owner: the team\n  - Due: soon\n",
                   3 * mb / 2)},
        {"deep nesting", deep},
        {"many findings on a line, many suppressions", suppressions, false},
        // Spans nested in spans: each inner span's search once ran to the line's end.
        {"emphasis and links nested in every character of a line",
         plan + "## Child's views\n\n" +
             [] {
                 std::string line;
                 for (int i = 0; i < 200000; ++i)
                     line += "*[";
                 line += "x";
                 for (int i = 0; i < 200000; ++i)
                     line += "]*";
                 return line;
             }() +
             "\n"},
        {"long lines",
         repeat_to(plan + "## Child's views\n\n",
                   "Ellie said she was fine and the family were engaging; disguised compliance "
                   "was discussed {{name}} 2026-13-45 ",
                   mb - 1000) +
             "\n"},
    };
}

struct Budgeted {
    Run run;
    double budget = 0;
};

Budgeted run_within(const std::vector<std::string>& args, double megabytes,
                    double rate = seconds_per_mb, const std::string& directory = "") {
    const double budget = slack * (start_up_seconds + rate * megabytes);
    std::vector<std::string> command{CPDOC_BINARY};
    command.insert(command.end(), args.begin(), args.end());
    Budgeted out{run_program(command, directory, std::nullopt,
                             std::chrono::milliseconds(static_cast<long>(budget * 1000))),
                 budget};
    return out;
}

double megabytes(const fs::path& file) {
    return static_cast<double>(fs::file_size(file)) / mb;
}

#define REQUIRE_WITHIN_BUDGET(what, budgeted)                                                      \
    do {                                                                                           \
        INFO(what << ": " << budgeted.run.seconds << " s of a budget of " << budgeted.budget       \
                  << " s\n"                                                                        \
                  << budgeted.run.err.substr(0, 2000));                                            \
        CHECK_FALSE(budgeted.run.timed_out);                                                       \
    } while (false)

} // namespace

TEST_CASE("check, and check to JSON and SARIF, of the worst case of each shape of document") {
    const TempDir dir("budget-check");
    for (const Shape& shape : document_shapes()) {
        const std::string file = write_file(dir / "shape.md", shape.text);
        for (const std::string format : {"text", "json", "sarif"}) {
            if (format != "text" && !shape.every_format)
                continue;
            const Budgeted checked =
                run_within({"check", "--policy-dir", source_path("tests/data/packs"), "--today",
                            "2026-11-25", "--format", format, file},
                           megabytes(file));
            REQUIRE_WITHIN_BUDGET(shape.name + " as " + format, checked);
            CHECK((checked.run.status == 0 || checked.run.status == 1));
        }
    }
}

TEST_CASE("audit of a directory of the worst cases") {
    const TempDir dir("budget-audit");
    double total = 0;
    int n = 0;
    for (const Shape& shape : document_shapes())
        total +=
            megabytes(write_file(dir / "documents" / (std::to_string(n++) + ".md"), shape.text));
    const Budgeted audited =
        run_within({"audit", "--policy-dir", source_path("tests/data/packs"), "--today",
                    "2026-11-25", "--quiet", "--json", (dir / "audit.json").string(), "--report",
                    (dir / "audit.html").string(), (dir / "documents").string()},
                   total);
    REQUIRE_WITHIN_BUDGET("audit", audited);
    CHECK(audited.run.status <= 1);
}

TEST_CASE("chronology merge of two chronologies with every entry on one date") {
    const TempDir dir("budget-merge");
    auto chronology = [&](const std::string& agency, const std::string& event) {
        return write_file(dir / (agency + ".md"),
                          repeat_to(front("chronology", "agency: " + agency + "\n") +
                                        "| Date | Type | Event | Source |\n|-|-|-|-|\n",
                                    "| 2026-11-02 | visit-no-access | " + event + " | note |\n",
                                    mb));
    };
    const std::string police = chronology("Police", "No answer; welfare check");
    const std::string social = chronology("Social Work", "No answer at the door");
    const Budgeted merged =
        run_within({"chronology", "merge", "--policy-dir", source_path("tests/data/packs"), police,
                    social, "-o", (dir / "merged.md").string()},
                   megabytes(police) + megabytes(social));
    REQUIRE_WITHIN_BUDGET("merge", merged);
    CHECK(merged.run.status == 0);
}

TEST_CASE("a config of many dotted keys, and one of one key of thousands of parts") {
    const TempDir dir("budget-config");
    fs::create_directories(dir / ".git");
    const std::string document = write_file(dir / "a.md", front("child-plan"));
    std::string parts = "a";
    while (parts.size() < 64 * 1024 - 8)
        parts += ".a";
    std::string keys = "[severity]\n";
    for (int i = 0; keys.size() < 64 * 1024 - 40; ++i)
        keys += "a" + std::to_string(i) + ".b.c.d.e.f.g.h = \"off\"\n";
    for (const std::string& config : {keys, parts + " = 1\n"}) {
        const std::string file = write_file(dir / ".cpdoc.toml", config);
        const Budgeted checked = run_within({"check", document}, megabytes(file));
        REQUIRE_WITHIN_BUDGET("config", checked);
        CHECK(checked.run.status == 2);
        CHECK_THAT(checked.run.err, Catch::Contains(".cpdoc.toml:"));
    }
}

TEST_CASE("policies validate of packs of many terms, fields, sections and aliases") {
    const TempDir dir("budget-packs");
    const std::string head = "<?xml version=\"1.0\"?>\n<policy id=\"big\" version=\"1\" "
                             "jurisdiction=\"scotland\" extends=\"base\">\n<title>t</title>\n";
    std::string at_limits = head + "<vocabulary name=\"event-types\">";
    for (int i = 0; i < 2000; ++i)
        at_limits += "<term>term " + std::to_string(i) + "</term>\n";
    at_limits += "</vocabulary>\n<kind name=\"child-plan\"><section name=\"Named people\">";
    for (int i = 0; i < 1999; ++i)
        at_limits += "<alias>alias " + std::to_string(i) + "</alias>\n";
    for (int i = 0; i < 2000; ++i)
        at_limits += "<field name=\"field " + std::to_string(i) + "\"/>\n";
    at_limits += "</section>\n";
    for (int i = 0; i < 1999; ++i)
        at_limits += "<section name=\"section " + std::to_string(i) + "\"/>\n";
    at_limits += "</kind>\n</policy>\n";
    std::string fields = head + "<kind name=\"child-plan\"><section name=\"Named people\">\n";
    for (int i = 0; fields.size() < 2 * mb - 100; ++i)
        fields += "<field name=\"f" + std::to_string(i) + "\"/>\n";
    fields += "</section>\n</kind>\n</policy>\n";
    for (const auto& [name, pack, status] :
         {std::tuple{"at-limits", at_limits, 0}, std::tuple{"fields", fields, 1}}) {
        // A pack's file is named after its id.
        const std::string file = write_file(dir / name / "big.xml", pack);
        const Budgeted validated = run_within({"policies", "validate", file}, megabytes(file));
        REQUIRE_WITHIN_BUDGET(name, validated);
        CHECK(validated.run.status == status);
    }
}

TEST_CASE("render of a document at the render limit, and of one past it") {
    const TempDir dir("budget-render");
    const std::string prose =
        "The family were seen at home and the worker discussed the plan with both parents. ";
    const std::string at_limit = write_file(
        dir / "at-limit.md",
        repeat_to(front("chronology") + "## Chronology\n\n| Date | Type | Event | Source |\n"
                                        "| --- | --- | --- | --- |\n"
                                        "| 2026-11-02 | visit-seen | Seen | SW |\n\n## Notes\n\n",
                  prose + (prose + prose + "\n\n"), mb - 1000));
    const Budgeted rendered = run_within({"render", "--policy-dir", source_path("tests/data/packs"),
                                          "--today", "2026-11-25", "--draft", "--to", "html",
                                          at_limit, "-o", (dir / "at-limit.html").string()},
                                         megabytes(at_limit), render_seconds_per_mb);
    REQUIRE_WITHIN_BUDGET("render at the limit", rendered);
    CHECK(rendered.run.status == 0);
    CHECK(fs::exists(dir / "at-limit.html"));

    const std::string past = write_file(
        dir / "past.md",
        repeat_to(front("chronology") + "| Date | Type | Event | Source |\n|-|-|-|-|\n",
                  "| 2026-11-02 | visit-seen | Home visit, child seen alone | SW |\n", 3 * mb));
    const Budgeted refused = run_within({"render", "--policy-dir", source_path("tests/data/packs"),
                                         "--today", "2026-11-25", "--draft", "--to", "html", past,
                                         "-o", (dir / "past.html").string()},
                                        megabytes(past));
    REQUIRE_WITHIN_BUDGET("render past the limit", refused);
    CHECK(refused.run.status == 2);
    CHECK_FALSE(fs::exists(dir / "past.html"));
}
