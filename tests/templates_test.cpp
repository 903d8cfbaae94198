// templates/: a template per kind per shipped pack, written by `cpdoc new`. Each is what
// `cpdoc new` writes today, passes template mode, and once its placeholders are filled with
// sensible values passes a normal check.
#include "support.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <map>
#include <regex>
#include <sstream>

using namespace cpdoc::test;
namespace fs = std::filesystem;

namespace {

const std::map<std::string, std::string> values = {
    {"child", "C-104233"},
    {"date", "2026-11-16"},
    {"registered", "yes"},
    {"cso", "no"},
    {"significant-issues", "no"},
    {"next-review", "2027-02-01"},
    {"next-meeting", "2026-12-14"},
    {"Chair", "Alison Reid, Team Manager, Social Work"},
    {"Minute taker", "Joe Bloggs, Administrator, Social Work"},
    {"Present", "Jane Doe, Health Visitor, NHS"},
    {"Apologies", "Tom Price, Head Teacher, Education"},
    {"Absent", "Sam Hughes, Father"},
    {"Family", "Kelly Hughes, Mother"},
    {"Last seen", "2026-11-12"},
    {"Seen alone", "yes"},
    {"Seen by", "Jane Doe"},
    {"Decision", "share"},
    {"With", "Tom Price, Head Teacher, Education"},
    {"Reason", "the school needs to know who may collect Megan so staff can keep her safe"},
    {"Family informed", "yes"},
    {"Trigger", "two planned visits with no access within 14 days"},
    {"Response", "core group reconvened within 3 working days and legal advice sought"},
    {"Owner", "Alison Reid"},
    {"Shared with manager", "2026-11-10, Alison Reid"},
    {"Safety plan", "joint visits only, with police informed beforehand"},
    {"Due", "2026-12-01"},
    {"To", "case conference chair"},
    {"By", "Alison Reid"},
    {"Date", "2026-11-17"},
    {"Lead professional", "Alison Reid, Social Worker, Social Work"},
    {"Named person", "Tom Price, Head Teacher, Education"},
    {"Core group member", "Jane Doe, Health Visitor, NHS"},
    {"Need", "Megan has been exposed to domestic abuse at home"},
    {"Outcome", "Megan sleeps in her own bed in a clean, hazard-free room every night"},
    {"Measure", "bedroom seen at twice-weekly unannounced home visits"},
    {"Support", "parenting support from the family centre every Tuesday"},
    {"Why", "access to the bedroom was refused at every visit"},
};

// Fills each placeholder as a practitioner would, from the field or key it stands in.
std::string fill(const std::string& text) {
    static const std::regex field(R"(^(\s*-?\s*)([A-Za-z' -]+): \{\{.*\}\}$)");
    static const std::regex placeholder(R"(\{\{[^}]*\}\})");
    std::istringstream in(text);
    std::string out, line;
    while (std::getline(in, line)) {
        std::smatch match;
        if (std::regex_match(line, match, field) && values.count(match[2]))
            line = match[1].str() + match[2].str() + ": " + values.at(match[2]);
        else if (line.rfind("| {{", 0) == 0)
            line = "| 2026-11-02 | visit-seen | Megan seen at home with her mother | Social Work |";
        else if (line.rfind("- {{", 0) == 0)
            line = "- Megan's safety at home";
        else if (line.rfind("{{", 0) == 0)
            line = "Megan told her teacher on 12 November that she likes school and is scared when "
                   "the shouting starts at night.";
        else
            line = std::regex_replace(line, placeholder, "C-104233");
        out += line + "\n";
    }
    return out;
}

std::vector<fs::path> templates() {
    std::vector<fs::path> files;
    for (const auto& entry : fs::recursive_directory_iterator(source_path("templates")))
        if (entry.path().extension() == ".md")
            files.push_back(entry.path());
    std::sort(files.begin(), files.end());
    return files;
}

} // namespace

TEST_CASE("templates/ has a template per kind per shipped pack, as cpdoc new writes it") {
    const auto files = templates();
    const Run packs = run_cpdoc({"policies", "list"});
    const auto pack_count = std::count(packs.out.begin(), packs.out.end(), '\n');
    CHECK(files.size() == static_cast<std::size_t>(pack_count) * 4);
    for (const fs::path& file : files) {
        INFO(file.string());
        const Run run = run_cpdoc(
            {"new", file.stem().string(), "--policy", file.parent_path().filename().string()});
        CHECK(run.status == 0);
        CHECK(run.out == read_text(file.string()));
    }
}

TEST_CASE("every template passes template mode") {
    std::vector<std::string> args = {"check", "--template", "--today", "2026-11-20"};
    for (const fs::path& file : templates())
        args.push_back(file.string());
    const Run run = run_cpdoc(args);
    INFO(run.out);
    CHECK(run.status == 0);
    CHECK_THAT(run.out, Catch::Contains("0 errors, 0 warnings, 0 notes\n") &&
                            Catch::Contains("rules that need real values were skipped: ") &&
                            Catch::Contains(" SMART-MEASURABLE "));
}

TEST_CASE("a template with its placeholders filled passes a normal check") {
    const TempDir dir("templates-filled");
    for (const fs::path& file : templates()) {
        const fs::path filled = dir / file.parent_path().filename() / file.filename();
        fs::create_directories(filled.parent_path());
        std::ofstream(filled) << fill(read_text(file.string()));
        INFO(filled.string() << "\n" << read_text(filled.string()));
        const Run run = run_cpdoc({"check", "--today", "2026-11-20", filled.string()});
        INFO(run.out);
        CHECK(run.status == 0);
        CHECK_THAT(run.out, Catch::Contains(": 0 errors,"));
    }
}

TEST_CASE("cpdoc new refuses a kind the pack does not describe, and writes to -o") {
    const TempDir dir("new-output");
    const fs::path out = dir / "new.md";
    const Run run =
        run_cpdoc({"new", "child-plan", "--policy", "lanarkshire-2019", "-o", out.string()});
    CHECK(run.status == 0);
    CHECK(read_text(out.string()) ==
          read_text(source_path("templates/lanarkshire-2019/child-plan.md")));
    // Never over a file: it may be the minutes someone filled in.
    write_file(out, "filled minutes\n");
    const Run again =
        run_cpdoc({"new", "child-plan", "--policy", "lanarkshire-2019", "-o", out.string()});
    CHECK(again.status == 2);
    CHECK_THAT(again.err, Catch::Contains("already exists") && Catch::Contains("--force"));
    CHECK(read_text(out.string()) == "filled minutes\n");
    const Run forced = run_cpdoc(
        {"new", "child-plan", "--policy", "lanarkshire-2019", "-o", out.string(), "--force"});
    CHECK(forced.status == 0);
    CHECK(read_text(out.string()) ==
          read_text(source_path("templates/lanarkshire-2019/child-plan.md")));
    std::filesystem::remove(out);
    CHECK(run_cpdoc({"new", "minutes"}).status == 2);
    CHECK(run_cpdoc({"new", "child-plan", "--policy", "nowhere"}).status == 2);
}
