// The writer: cpdoc's model as Pandoc's, without running Pandoc. Inline Markdown becomes
// Pandoc inlines and nothing else: no raw HTML, no image or link for a renderer to follow.
#include "grammar/inlines.hpp"
#include "render/document_writer.hpp"
#include "render/pandoc_ast.hpp"
#include "render/text_inlines.hpp"
#include "support.hpp"

#include <catch2/catch.hpp>

using namespace cpdoc;

namespace {

std::string joined(const pandoc::Inlines& inlines) {
    std::string out;
    for (const std::string& element : inlines)
        out += (out.empty() ? "" : ",") + element;
    return out;
}

// A text as a reader stores it, then walked by the writer.
pandoc::Inlines inline_markdown(std::string text) {
    Located located{std::move(text), {1, 1}};
    read_inlines(located);
    return text_inlines(located);
}

std::string rendered(const std::string& text, const std::string& policy = "") {
    const Document document = test::parse(text);
    const CheckResult result = check_document(document, test::packs(), [&] {
        CheckOptions options;
        options.policy_override = policy;
        options.today = Date{2026, 11, 25};
        return options;
    }());
    return pandoc_document(document, result,
                           {.checked_on = Date{2026, 11, 25}, .cpdoc_version = "9.9"});
}

} // namespace

TEST_CASE("inline Markdown: strong, emphasis, code and escapes become Pandoc inlines") {
    const std::string json = joined(inline_markdown("**Do** *not* `share` \\*this\\*"));
    CHECK(json == "{\"t\":\"Strong\",\"c\":[{\"t\":\"Str\",\"c\":\"Do\"}]},{\"t\":\"Space\"},"
                  "{\"t\":\"Emph\",\"c\":[{\"t\":\"Str\",\"c\":\"not\"}]},{\"t\":\"Space\"},"
                  "{\"t\":\"Code\",\"c\":[[\"\",[],[]],\"share\"]},{\"t\":\"Space\"},"
                  "{\"t\":\"Str\",\"c\":\"*this*\"}");
}

TEST_CASE("inline Markdown: snake_case and a lone asterisk stay as written") {
    CHECK(joined(inline_markdown("file_name_here 3 * 4")) ==
          "{\"t\":\"Str\",\"c\":\"file_name_here\"},{\"t\":\"Space\"},{\"t\":\"Str\",\"c\":\"3\"},"
          "{\"t\":\"Space\"},{\"t\":\"Str\",\"c\":\"*\"},{\"t\":\"Space\"},"
          "{\"t\":\"Str\",\"c\":\"4\"}");
}

TEST_CASE("inline Markdown: images and links are text, and raw HTML is text") {
    const std::string json = joined(inline_markdown(
        "![scan](/etc/hostname) [policy](https://example.org/p) [notes](file:///etc/passwd) "
        "<img src=\"file:///etc/passwd\">"));
    CHECK_THAT(json,
               Catch::Contains("\"[image:\"},{\"t\":\"Space\"},{\"t\":\"Str\",\"c\":\"scan]\""));
    CHECK_THAT(json, Catch::Contains("\"(https://example.org/p)\""));
    CHECK_THAT(json, Catch::Contains("{\"t\":\"Str\",\"c\":\"notes\"}"));
    CHECK_THAT(json, Catch::Contains("{\"t\":\"Str\",\"c\":\"<img\"}"));
    CHECK_THAT(json, !Catch::Contains("\"Image\""));
    CHECK_THAT(json, !Catch::Contains("\"Link\""));
    CHECK_THAT(json, !Catch::Contains("Raw"));
    CHECK_THAT(json, !Catch::Contains("file:///etc/passwd)"));
}

TEST_CASE("inline Markdown: a line of a hundred thousand delimiters is read once") {
    const std::string stars(100000, '*');
    const std::string unmatched = [] {
        std::string s;
        for (int i = 0; i < 20000; ++i)
            s += "**a _b `c [d ";
        return s;
    }();
    CHECK_FALSE(inline_markdown(stars).empty());
    CHECK_FALSE(inline_markdown(unmatched).empty());
}

TEST_CASE("the writer walks the inlines the reader stored, and reads no Markdown itself") {
    // Empty inlines: the text is plain and shows as written, whatever characters it holds.
    CHECK(joined(text_inlines(Located{"**as written**", {1, 1}})) ==
          "{\"t\":\"Str\",\"c\":\"**as\"},{\"t\":\"Space\"},{\"t\":\"Str\",\"c\":\"written**\"}");
    Located stored{"not read", {1, 1}};
    stored.inlines = {{Inline::Kind::emph, "", {{Inline::Kind::text, "Do", {}}}}};
    CHECK(joined(text_inlines(stored)) == "{\"t\":\"Emph\",\"c\":[{\"t\":\"Str\",\"c\":\"Do\"}]}");
}

TEST_CASE("the writer: fields the view reads from labelled lines and tables keep their inlines") {
    const std::string json = rendered(
        test::document("child-plan", "base",
                       "## Worker safety\n**Safety plan:** visits in *pairs*\n"
                       "## Information sharing\n- School\n  - Decision: share with **consent**\n"
                       "## Contingency plan\n| Trigger | Response | Owner |\n| --- | --- | --- |\n"
                       "| `missed` visit | call **police** | A B |\n"));
    const std::string pairs = "{\"t\":\"Emph\",\"c\":[{\"t\":\"Str\",\"c\":\"pairs\"}]}";
    const std::string safety_plan = "{\"t\":\"Strong\",\"c\":[{\"t\":\"Str\",\"c\":\"Safety\"},"
                                    "{\"t\":\"Space\"},{\"t\":\"Str\",\"c\":\"plan\"}]}";
    CHECK_THAT(json, Catch::Contains(safety_plan) && Catch::Contains(pairs));
    CHECK_THAT(json,
               Catch::Contains("{\"t\":\"Str\",\"c\":\"Share\"},{\"t\":\"Space\"},"
                               "{\"t\":\"Str\",\"c\":\"with\"},{\"t\":\"Space\"},"
                               "{\"t\":\"Strong\",\"c\":[{\"t\":\"Str\",\"c\":\"consent\"}]}"));
    CHECK_THAT(json,
               Catch::Contains("{\"t\":\"Code\",\"c\":[[\"\",[],[]],\"missed\"]}") &&
                   Catch::Contains("{\"t\":\"Strong\",\"c\":[{\"t\":\"Str\",\"c\":\"police\"}]}"));
    CHECK_THAT(json, !Catch::Contains("*pairs*") && !Catch::Contains("**consent**"));
}

TEST_CASE("the writer: actions in due-date order, with Action, Owner and Due columns") {
    const std::string json =
        rendered(test::document("core-group-minutes", "base",
                                "## Actions\n"
                                "- Third\n  - Owner: A B\n  - Due: 2026-12-03\n"
                                "- Undated\n  - Owner: A B\n"
                                "- First\n  - Owner: A B\n  - Due: 1 December 2026\n"
                                "- Second\n  - Owner: A B\n  - Due: 2026-12-02\n"));
    const auto first = json.find("\"First\""), second = json.find("\"Second\""),
               third = json.find("\"Third\""), undated = json.find("\"Undated\"");
    REQUIRE(first != std::string::npos);
    CHECK(first < second);
    CHECK(second < third);
    CHECK(third < undated);
    CHECK_THAT(json, Catch::Contains("{\"t\":\"Str\",\"c\":\"Action\"}"));
    CHECK_THAT(json, Catch::Contains("{\"t\":\"Str\",\"c\":\"Owner\"}"));
    CHECK_THAT(json, Catch::Contains("{\"t\":\"Str\",\"c\":\"Due\"}"));
    CHECK_THAT(json, Catch::Contains("{\"t\":\"Str\",\"c\":\"December\"}"));
}

TEST_CASE("the writer: actions grouped under heading rows keep their groups and their order") {
    // A minute taker's actions table with a row across it for each group: the headings are
    // the document's text, and the order within and across them is hers, not the due dates'.
    const std::string json = rendered(test::document(
        "core-group-minutes", "base",
        "## Actions\n| Action | Owner | Due |\n| --- | --- | --- |\n| **Home and school** | | |\n"
        "| Third | A B | 2026-12-03 |\n| First | A B | 2026-12-01 |\n| **Mum** | | |\n"
        "| Second | A B | 2026-12-02 |\n"));
    const auto home = json.find("\"school\""), third = json.find("\"Third\""),
               first = json.find("\"First\""), mum = json.find("\"Mum\""),
               second = json.find("\"Second\"");
    REQUIRE(home != std::string::npos);
    REQUIRE(mum != std::string::npos);
    CHECK(home < third);
    CHECK(third < first);
    CHECK(first < mum);
    CHECK(mum < second);
    CHECK_THAT(json, Catch::Contains("{\"t\":\"Strong\",\"c\":[{\"t\":\"Str\",\"c\":\"Mum\"}]}"));
}

TEST_CASE("the writer: a table whose every column is a field shows each value once") {
    // "Trigger | Response | Owner": the trigger titles each record and is its field; it was
    // shown twice, under a "Contingency plan" column too (round 8).
    const std::string json = rendered(
        test::document("core-group-minutes", "base",
                       "## Contingency plan\n| Trigger | Response | Owner |\n| --- | --- | --- |\n"
                       "| Tyler absent twice | Joint visit the same day | A B |\n"));
    const auto first = json.find("\"Tyler\"");
    REQUIRE(first != std::string::npos);
    CHECK(json.find("\"Tyler\"", first + 1) == std::string::npos);
    CHECK_THAT(json, Catch::Contains("{\"t\":\"Str\",\"c\":\"Trigger\"}"));
}

TEST_CASE("the writer: a date in long form keeps the note or time written after it") {
    const auto long_form = [](std::string text) {
        const auto inlines = date_inlines(Located{std::move(text), {1, 1}});
        REQUIRE(inlines);
        std::string out;
        for (const std::string& element : *inlines)
            out += element;
        return out;
    };
    const std::string note = long_form("24/11/2026 (home visit, bedroom and kitchen seen)");
    CHECK_THAT(note, Catch::Contains("\"November\"") && Catch::Contains("\"(home\"") &&
                         Catch::Contains("\"seen)\""));
    CHECK_THAT(long_form("2026-12-14 at 10:00"), Catch::Contains("\"10:00\""));
    CHECK_THAT(long_form("14 December 2026, 10am"), Catch::Contains("\"10am\""));
    CHECK_FALSE(date_inlines(Located{"next week", {1, 1}}));
    // In the rendered minutes: the note is in the Child seen table.
    const std::string json =
        rendered(test::document("core-group-minutes", "base",
                                "## Child seen\n- Last seen: 24/11/2026 (home visit)\n"
                                "- Seen alone: yes\n"));
    CHECK_THAT(json, Catch::Contains("{\"t\":\"Str\",\"c\":\"(home\"}"));
}

TEST_CASE("the writer: the marking defaults to OFFICIAL-SENSITIVE and follows the front matter") {
    CHECK(protective_marking(test::parse(test::document("child-plan", "base", ""))) ==
          "OFFICIAL-SENSITIVE");
    CHECK(protective_marking(test::parse(test::document(
              "child-plan", "base", "", "marking: OFFICIAL-SENSITIVE PERSONAL\n"))) ==
          "OFFICIAL-SENSITIVE PERSONAL");
}

TEST_CASE("the writer: the chair is first and marked in the attendance table") {
    const std::string json =
        rendered(test::document("core-group-minutes", "base",
                                "## Attendance\n- Present: Ann Lee, Social Worker, Social Work\n"
                                "- Chair: Alison Reid, Team Manager, Social Work\n"));
    const auto chair = json.find("\"Alison\""), present = json.find("\"Ann\"");
    REQUIRE(chair != std::string::npos);
    CHECK(chair < present);
    CHECK_THAT(json, Catch::Contains("{\"t\":\"Strong\",\"c\":[{\"t\":\"Str\",\"c\":\"Chair\"}]}"));
    CHECK_THAT(json, Catch::Contains("{\"t\":\"Str\",\"c\":\"Capacity\"}"));
}

TEST_CASE("the writer: sub-headings and code blocks keep their kind") {
    const std::string json = rendered(
        test::document("child-plan", "base",
                       "## Child's views\n### At school\nShe said.\n```\nverbatim <b>\n```\n"));
    CHECK_THAT(json, Catch::Contains("{\"t\":\"Header\",\"c\":[3,"));
    CHECK_THAT(json,
               Catch::Contains("{\"t\":\"CodeBlock\",\"c\":[[\"\",[],[]],\"verbatim <b>\"]}"));
}

TEST_CASE("the progress table's first column is the objective, not a second `Progress`") {
    const std::string json = rendered(test::document(
        "core-group-minutes", "test-all-rules",
        "# Minutes\n## Progress\n- Megan is in nursery every day\n  - Progress: on track\n",
        "date: 2026-11-16\n"));
    CHECK_THAT(json, Catch::Contains("{\"t\":\"Str\",\"c\":\"Objective\"}"));
}

TEST_CASE("the writer: several people on one Present line are a row each, with role and agency") {
    const std::string json = rendered(
        test::document("core-group-minutes", "base",
                       "## Attendance\n- Chair: Karen Whyte, Team Manager, Social Work\n"
                       "- Present: Sarah Boyle (Health Visitor, NHS Lanarkshire), Mark Devine "
                       "(Nursery Manager, Education)\n"));
    // Two rows whose capacity is Present, and no name or agency swallowing the other's.
    std::size_t rows = 0;
    for (auto at = json.find("{\"t\":\"Str\",\"c\":\"Present\"}"); at != std::string::npos;
         at = json.find("{\"t\":\"Str\",\"c\":\"Present\"}", at + 1))
        ++rows;
    CHECK(rows == 2);
    CHECK_THAT(json, Catch::Contains("{\"t\":\"Str\",\"c\":\"Devine\"}") &&
                         Catch::Contains("{\"t\":\"Str\",\"c\":\"Education\"}") &&
                         !Catch::Contains("Lanarkshire),") && !Catch::Contains("(Nursery"));
}

TEST_CASE("the writer: an owner written by first name is shown in full, with their role") {
    const std::string json = rendered(test::document(
        "core-group-minutes", "base",
        "## Attendance\n- Chair: Karen Whyte, Team Manager, Social Work\n"
        "- Present: Mark Devine (Nursery Manager, Education)\n"
        "## Actions\n- Review the nursery place\n  - Owner: Karen\n  - Due: 2026-12-01\n"
        "- Ask about funding\n  - Owner: Mark Devine\n  - Due: 2026-12-02\n"
        "- Phone the GP\n  - Owner: Jo\n  - Due: 2026-12-03\n"));
    CHECK_THAT(json, Catch::Contains("{\"t\":\"Str\",\"c\":\"Whyte,\"},{\"t\":\"Space\"},"
                                     "{\"t\":\"Str\",\"c\":\"Team\"}") &&
                         Catch::Contains("{\"t\":\"Str\",\"c\":\"Devine,\"},{\"t\":\"Space\"},"
                                         "{\"t\":\"Str\",\"c\":\"Nursery\"}") &&
                         // Nobody in the attendance is called Jo: written as it stands.
                         Catch::Contains("{\"t\":\"Str\",\"c\":\"Jo\"}]}]"));
}

TEST_CASE("the writer: a person shown in full keeps the inline Markdown of their role") {
    const std::string json = rendered(test::document(
        "core-group-minutes", "base",
        "## Attendance\n- Chair: Karen Whyte, **Team** Manager, Social Work\n"
        "## Actions\n- Review the nursery place\n  - Owner: Karen\n  - Due: 2026-12-01\n"));
    CHECK_THAT(json, Catch::Contains("{\"t\":\"Str\",\"c\":\"Whyte,\"},{\"t\":\"Space\"},"
                                     "{\"t\":\"Strong\",\"c\":[{\"t\":\"Str\",\"c\":\"Team\"}]}"));
}

TEST_CASE("table cells are counted in the Pandoc document, header cells included") {
    pandoc::Table table;
    table.head = {pandoc::text("Date"), pandoc::text("Event")};
    table.rows = {{{pandoc::plain(pandoc::text("2026-11-01"))},
                   {pandoc::plain(pandoc::text(R"([["",[],[]],{"t":"AlignDefault"},1,1,)"))}},
                  {{}, {}}};
    table.widths = {0.3, 0.7};
    const std::string document = pandoc::document({}, {pandoc::table(table)});
    // Text that looks like a cell is a JSON string, its quotes escaped: it is not one.
    CHECK(pandoc::table_cells(document) == 6);
}

TEST_CASE("the writer: an attendance table is shown once, as written") {
    // The view also reads each row as a `Present:` field; the table written is what is shown.
    const std::string json =
        rendered(test::document("core-group-minutes", "base",
                                "## Attendance\n| Name | Role | Agency |\n| --- | --- | --- |\n"
                                "| Helen Ashby (Chair) | Team Manager | Social Work |\n"
                                "| Minute taker: Sue Platt | Business Support | Social Work |\n"));
    std::size_t shown = 0;
    for (std::size_t at = json.find("\"Ashby"); at != std::string::npos;
         at = json.find("\"Ashby", at + 1))
        ++shown;
    CHECK(shown == 1);
    CHECK_THAT(json, Catch::Contains("{\"t\":\"Str\",\"c\":\"Minute\"}"));
}
