// `cpdoc audit --redact` against hostile documents: marker strings seeded into every field,
// heading, front-matter value, file name and folder name, under every kind (and kinds no pack
// knows) and several packs. No marker may reach any output, whichever rule quotes what.
#include "checker/rule.hpp"
#include "support.hpp"

#include <catch2/catch.hpp>

#include <sys/stat.h>

#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <map>
#include <string>
#include <vector>

using namespace cpdoc::test;
using namespace std::string_literals;
namespace fs = std::filesystem;

namespace {

// Removed with everything in it when the test ends, passed or failed.
struct TempRoot {
    fs::path path =
        fs::temp_directory_path() / ("cpdoc-redaction-test-" + std::to_string(getpid()));
    TempRoot() {
        fs::remove_all(path);
        fs::create_directories(path);
    }
    ~TempRoot() {
        std::error_code ec;
        fs::remove_all(path, ec);
    }
    TempRoot(const TempRoot&) = delete;
    TempRoot& operator=(const TempRoot&) = delete;
};

const std::string long_name = "Zqlong" + std::string(94, 'k'); // 100 characters

// Strings the documents carry, in lower case (outputs are searched without regard to case).
// Unredacted, a rule or a path quotes each of them; redacted, none may appear.
const std::vector<std::string> quoted = {
    "zq",       "zq7alpha",        "zq7beta",    "q7",       "zqlong",   "kkkkkkkkkk",  "zqtick",
    "zqcode",   "zqplaceholder",   "17/09/2013", "zq9child", "zqstreet", "zq-odd-kind", "zqreason",
    "zqfamily", "29 february 2024"};
// Seeded values no rule happens to quote, and forms cpdoc could write a seeded date in.
const std::vector<std::string> unquoted = {"2024-02-29", "2013-09-17"};

// What the fields are filled with, in turn: names of every shape (capitalised, lower case, two
// characters, a hundred, with backticks), placeholders, addresses, roles that name a child.
const std::vector<std::string> people = {
    "Zq7Alpha Zqsmith, Foster carer for Zq9Child at 12 Zqstreet Road, Zqagency",
    "zq7beta zqlower, social worker, zqcouncil",
    "Q7, Team Manager, Social Work",
    long_name + ", Health Visitor, NHS",
    "Zqa `Zqtick` Zqb, Team Manager, Social Work",
    "{{ ZqPlaceholder, DOB 17/09/2013 }}",
    "Zqmum O'Zqbrien (DOB 17/09/2013), Mother",
    "Zqsolo",
    "`Zqtick, Team Manager, Social Work",
};
const std::vector<std::string> texts = {
    "Zq9Child (DOB 17/09/2013) lives at 12 Zqstreet Road with zq7beta",
    "improve `Zqcode` engagement with Zq7Alpha",
    "{{ ZqPlaceholder DOB 17/09/2013 }}",
    "TBC Zqtbc",
    "non-engaging Zqfamily showed disguised compliance and hostility to Zq7Alpha",
    "Zq` odd ` Zqtick `` Zqx",
    "Q7",
    "zq7beta",
    long_name,
};
const std::vector<std::string> dates = {
    "2024-02-29",
    "17/09/2013",
    "Zqdate",
    "ongoing Zq7Alpha",
    "{{ ZqPlaceholder DOB 17/09/2013 }}",
    "29 February 2024",
    "2026-11-20",
    "Q7",
};
const std::vector<std::string> answers = {
    "yes", "no", "Zqmaybe", "share", "do not share", "{{ ZqPlaceholder }}", "Q7"};
const std::vector<std::string> children = {"C-Zq7001",
                                           "Zq7Alpha Zqsmith",
                                           "zq7beta",
                                           "Q7",
                                           "{{ ZqPlaceholder DOB 17/09/2013 }}",
                                           "",
                                           "C-Zq7001 (Zq9Child, 12 Zqstreet Road)"};
const std::vector<std::string> kinds = {
    "child-plan",  "core-group-minutes", "multi-agency-minutes", "chronology",
    "zq-odd-kind", "Zq7Alpha Family",    "{{ ZqPlaceholder }}"};
const std::vector<std::string> packs = {"base",
                                        "lanarkshire-2019",
                                        "portsmouth-pscb",
                                        "pg38-resistant-families",
                                        "practice-guidance-resistance",
                                        "wos-portfolio-2016",
                                        "test-all-rules",
                                        "test-declarative",
                                        "zq-pack"};

// Every section any kind has, and some none has; @P, @T, @D and @Y take the next person, text,
// date and answer.
const char* const body = R"(# Zqtitle @T

@T

## Reason for meeting
@T

## Attendance
- Chair: @P
- Minute taker: @P
- Present: @P
- Present: @P
- Apologies: @P
- Family: @P
- Absent: @P
<!-- cpdoc-disable CHAIR-NOT-MANAGER: Zqreason Zq7Alpha was away -->

## Named people
- Lead professional: @P
- Named person: @P
- Core group member: @P
- Core group member: @P

## Child seen
- Last seen: @D
- Seen alone: @Y
- Seen by: @P

## Child's views
@T

## Zq7Alpha's views
@T

## Objectives
- @T
  - Need: @T
  - Outcome: @T
  - Measure: @T
  - Owner: @P
  - Due: @D
  - Support: @T
- @T
  - Outcome: improve @T
  - Owner: @P
  - Due: @D

## Progress
- @T
  - Progress: @T

## Contingency plan
- @T
  - Trigger: @T
  - Response: @T
  - Owner: @P
- @T
  - Owner: @T

## Information sharing
- @T
  - Decision: @Y
  - With: @P
  - Reason: @T
  - Family informed: @Y
- @T
  - Decision: @Y
  - Family informed: @Y

## Resistance
- @T
  - Type: @T
  - Who: @P
  - Explanation: @T
  - Impact on child: @T

## Assessment gaps
- @T
  - Why: @T

## Worker safety
- [x] @T
- Shared with manager: @D, @P
- Safety plan: @T

## Actions
- @T
  - Owner: @P
  - Due: @D
- @T
  - Owner: @T
  - Due: @D

## Notifications
- @T
  - To: @P
  - By: @P
  - Date: @D

## Chronology
| Date | Type | Event | Source |
| --- | --- | --- | --- |
| @D | @T | @T | @P |
| @D | visit-no-access | @T | |
| @D | Zqtype | @T | @P |

## Zqheading @T
@T
<!-- cpdoc-disable ZQ-RULE-Zq7Alpha: Zqreason -->
<!-- cpdoc-disable CONTINGENCY-INCOMPLETE -->
)";

// The n-th hostile document: front matter and body filled in turn from the lists above, each
// list starting at its own offset so every field gets every kind of value across the corpus.
std::string hostile_document(std::size_t n, const std::string& kind, const std::string& pack) {
    std::size_t p = n, t = n * 2, d = n * 3, y = n;
    auto next = [](const std::vector<std::string>& values, std::size_t& i) {
        return values[i++ % values.size()];
    };
    std::string text = "---\ndocument: " + kind + "\npolicy: " + pack +
                       "\nchild: " + children[n % children.size()] + "\ndate: " + next(dates, d) +
                       "\nregistered: " + next(answers, y) + "\ncso: " + next(answers, y) +
                       "\nsignificant-issues: " + next(answers, y) +
                       "\nnext-meeting: " + next(dates, d) + "\nnext-review: " + next(dates, d) +
                       "\nstatus: " + next(texts, t) + "\nagency: " + next(texts, t) +
                       "\nzq7alpha-key: " + next(texts, t) + "\n---\n";
    for (const char* c = body; *c != '\0'; ++c) {
        if (c[0] == '@' && std::string_view("PTDY").find(c[1]) != std::string_view::npos) {
            text += c[1] == 'P'   ? next(people, p)
                    : c[1] == 'T' ? next(texts, t)
                    : c[1] == 'D' ? next(dates, d)
                                  : next(answers, y);
            ++c;
        } else {
            text += *c;
        }
    }
    return text;
}

// Documents of every kind under every pack, in folders and files named after the family,
// some of them unreadable.
fs::path hostile_corpus(const fs::path& root) {
    const fs::path dir = root / "Zqfamily Zq7Alpha";
    std::size_t n = 0;
    for (const std::string& pack : packs)
        for (const std::string& kind : kinds) {
            const fs::path folder = dir / ("Zqteam-" + std::to_string(n % 3) + "-zq7beta");
            const std::string name = n % 5 == 4   ? "Q7-notes.txt"
                                     : n % 7 == 3 ? "zq7beta minutes.markdown"
                                                  : "Zq7Alpha-" + std::to_string(n) + ".md";
            write_file(folder / ("Zq9Child-" + std::to_string(n)) / name,
                       hostile_document(n, kind, pack));
            ++n;
        }
    write_file(dir / "Zqbroken-Zq7Alpha.md",
               "---\ndocument: child-plan\n---\nZq7Alpha\0Zq9Child\n"s);
    write_file(dir / "zq7beta-invalid.md",
               "---\ndocument: child-plan\nchild: Zq7Alpha\n---\n\xff Zqstreet 17/09/2013\n");
    // A config anyone may change, in a folder named after a child: passed over, with a warning
    // that must not name the folder.
    const std::string config =
        write_file(dir / "Zqteam-0-zq7beta" / "Zq9Child-0" / ".cpdoc.toml", "max-warnings = 0\n");
    chmod(config.c_str(), 0666);
    return dir;
}

std::string lowercase(std::string text) {
    std::transform(text.begin(), text.end(), text.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return text;
}

struct Outputs {
    Run run;
    std::map<std::string, std::string> named; // each output's text in lower case, by name
};

Outputs audit(const fs::path& corpus, const fs::path& out, bool redact,
              const std::vector<std::string>& extra = {}) {
    fs::create_directories(out);
    std::vector<std::string> args = {"audit",
                                     "--policy-dir",
                                     source_path("tests/data/packs"),
                                     "-q",
                                     "--today",
                                     "2026-11-25",
                                     corpus.string(),
                                     "--report",
                                     (out / "r.html").string(),
                                     "--csv",
                                     (out / "r.csv").string(),
                                     "--json",
                                     (out / "r.json").string(),
                                     "--history",
                                     (out / "h.sqlite").string()};
    args.insert(args.end(), {"--documents-csv", (out / "d.csv").string()});
    args.insert(args.end(), extra.begin(), extra.end());
    if (redact)
        args.push_back("--redact");
    Outputs outputs{run_cpdoc(args), {}};
    outputs.named = {{"stdout", lowercase(outputs.run.out)},
                     {"stderr", lowercase(outputs.run.err)}};
    for (const char* file : {"r.html", "r.csv", "r.json", "h.sqlite", "d.csv"})
        outputs.named[file] = lowercase(read_text((out / file).string()));
    return outputs;
}

std::size_t lines(const std::string& text) {
    return static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n'));
}

} // namespace

TEST_CASE("a redacted audit of hostile documents contains none of their text or file names") {
    const TempRoot root;
    const fs::path corpus = hostile_corpus(root.path);

    // Unredacted, the markers are there to find: the rules quote what they were seeded into.
    const Outputs plain = audit(corpus, root.path / "plain", false);
    REQUIRE(plain.run.status == 2); // the unreadable documents
    std::string everything;
    for (const auto& [what, text] : plain.named)
        everything += text;
    for (const std::string& marker : quoted) {
        INFO(marker);
        CHECK(everything.find(marker) != std::string::npos);
    }

    const Outputs redacted = audit(corpus, root.path / "redacted", true);
    REQUIRE(redacted.run.status == 2);
    std::vector<std::string> markers = quoted;
    markers.insert(markers.end(), unquoted.begin(), unquoted.end());
    for (const auto& [what, text] : redacted.named)
        for (const std::string& marker : markers) {
            INFO(what << " holds " << marker << " at byte " << text.find(marker));
            CHECK(text.find(marker) == std::string::npos);
        }

    // Redaction replaces; it drops nothing: a row for every finding, as unredacted, told in
    // its rule's words, a pack's own rules too.
    const std::string& csv = redacted.named.at("r.csv");
    CHECK(lines(csv) == lines(plain.named.at("r.csv")));
    // Team folders not declared as teams are pseudonyms, like everything else.
    CHECK_THAT(csv, Catch::Contains("directory-0001/team-0001/child-0001/") &&
                        Catch::Contains(",document,") && Catch::Contains(",core-group-minutes,"));
    CHECK_THAT(csv, Catch::Contains(",chair-not-manager,error,") &&
                        Catch::Contains("a chair whose role is not a manager role in the policy."));
    CHECK_THAT(csv, Catch::Contains(",local-term-non-engaging,error,") &&
                        Catch::Contains("a term the policy discourages is used.") &&
                        Catch::Contains("a section or field the policy requires is absent or not "
                                        "filled in."));
    CHECK_THAT(csv, Catch::Contains(",unreadable,error,,,,could not be read,"));
    // What cpdoc itself says stays readable: the vocabulary term a message quoted, written
    // from the shipped pack, and what to do, from cpdoc's rule definitions.
    CHECK_THAT(csv, Catch::Contains("found: \"\"improve\"\". say what will be different for "
                                    "the child when the objective is met"));
    CHECK_THAT(redacted.named.at("r.html"),
               Catch::Contains("record why the information is, or is not, shared."));
}

TEST_CASE("a redacted audit keeps the names of folders declared as teams, and nothing else") {
    const TempRoot root;
    const fs::path service = root.path / "service";
    // Team folders the auditor names as teams; below them, folders and files named after the
    // family, and the hostile documents.
    for (const char* team : {"North Team", "South Team"}) {
        const fs::path documents = hostile_corpus(root.path / "hostile" / team);
        fs::create_directories(service);
        fs::rename(documents, service / team);
    }
    std::vector<std::string> markers = quoted;
    markers.insert(markers.end(), unquoted.begin(), unquoted.end());
    auto check_clean = [&](const Outputs& outputs) {
        for (const auto& [what, text] : outputs.named) {
            for (const std::string& marker : markers) {
                INFO(what << " holds " << marker << " at byte " << text.find(marker));
                CHECK(text.find(marker) == std::string::npos);
            }
        }
        for (const char* output : {"r.csv", "d.csv", "r.json", "r.html", "h.sqlite"}) {
            INFO(output);
            CHECK_THAT(outputs.named.at(output),
                       Catch::Contains("north team") && Catch::Contains("south team"));
        }
        CHECK_THAT(outputs.named.at("r.csv"),
                   Catch::Contains("directory-0001/north team/child-0001/"));
    };

    SECTION("declared on the command line") {
        const Outputs declared =
            audit(service, root.path / "declared", true, {"--team-depth", "1"});
        REQUIRE(declared.run.status == 2);
        check_clean(declared);
    }
    SECTION("declared in the config") {
        write_file(service / ".cpdoc.toml", "[audit]\nteam-depth = 1\n");
        const Outputs declared = audit(service, root.path / "configured", true);
        REQUIRE(declared.run.status == 2);
        check_clean(declared);
    }
    SECTION("not declared: pseudonyms") {
        const Outputs undeclared = audit(service, root.path / "undeclared", true);
        for (const auto& [what, text] : undeclared.named) {
            INFO(what);
            CHECK(text.find("north team") == std::string::npos);
        }
        CHECK_THAT(undeclared.named.at("r.csv"), Catch::Contains(",team-0001,"));
    }
}

TEST_CASE("every rule of the catalogue has a fix a redacted audit can give") {
    for (const auto& rule : cpdoc::all_rules()) {
        INFO(rule->info().id);
        CHECK(rule->info().fix.size() > 10);
        CHECK(rule->info().fix.back() == '.');
    }
}
