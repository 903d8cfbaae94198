// The Word round trip for chairs (issue 18): findings written back as Word comments on the
// paragraph or cell they are about (`check --annotate`), and Word templates from `cpdoc new`
// that pass template mode and, filled in, check cleanly.
#include "docx_package.hpp"
#include "support.hpp"

#include <catch2/catch.hpp>
#include <pugixml.hpp>

#include <algorithm>
#include <filesystem>
#include <map>
#include <set>
#include <sstream>

using namespace cpdoc;
using namespace cpdoc::test;
namespace fs = std::filesystem;

namespace {

const std::string chair_actions_docx =
    source_path("tests/data/docx/practitioner--d-chair-actions-portsmouth.cpdoc.docx");

pugi::xml_document parse_xml(const std::string& xml) {
    pugi::xml_document document;
    REQUIRE(document.load_string(xml.c_str(), pugi::parse_default | pugi::parse_ws_pcdata));
    return document;
}

std::string text_of(pugi::xml_node node) {
    std::string text;
    for (const pugi::xpath_node& t : node.select_nodes(".//w:t"))
        text += t.node().child_value();
    return text;
}

// Each comment: the text of what it is anchored on (a paragraph, or the cell the paragraph
// is in), the element's name, and the comment's text, in the order of the document.
struct Anchored {
    std::string element;
    std::string anchor_text;
    std::string comment;
    std::string author;
};

std::vector<Anchored> anchored_comments(const std::string& docx) {
    const pugi::xml_document document = parse_xml(zip_entry(docx, "word/document.xml"));
    const pugi::xml_document comments = parse_xml(zip_entry(docx, "word/comments.xml"));
    std::vector<Anchored> out;
    for (const pugi::xpath_node& start : document.select_nodes("//w:commentRangeStart")) {
        const std::string id = start.node().attribute("w:id").value();
        pugi::xml_node anchor = start.node().parent();
        if (std::string_view(anchor.parent().name()) == "w:tc")
            anchor = anchor.parent();
        // The range closes in the same element, with a reference to the same comment.
        const std::string end_path = ".//w:commentRangeEnd[@w:id='" + id + "']";
        const std::string reference_path = ".//w:r/w:commentReference[@w:id='" + id + "']";
        CHECK(anchor.select_node(end_path.c_str()));
        CHECK(anchor.select_node(reference_path.c_str()));
        const std::string comment_path = "//w:comment[@w:id='" + id + "']";
        const pugi::xml_node comment = comments.select_node(comment_path.c_str()).node();
        REQUIRE(comment);
        std::string text;
        for (pugi::xml_node paragraph : comment.children("w:p"))
            text += text_of(paragraph) + "\n";
        out.push_back(
            {anchor.name(), text_of(anchor), text, comment.attribute("w:author").value()});
    }
    return out;
}

std::string rule_in(const std::string& comment) {
    const auto open = comment.find(" [");
    return comment.substr(open + 2, comment.find(']', open) - open - 2);
}

// `check` text output with the file name and the WORD-COMMENTS findings taken out.
std::string findings_without_comments(const std::string& path) {
    const Run run = run_cpdoc({"check", "--today", "2026-11-25", path});
    std::istringstream lines(run.out);
    std::string out, line;
    while (std::getline(lines, line)) {
        if (line.find("[WORD-COMMENTS]") != std::string::npos ||
            line.find("checked:") != std::string::npos)
            continue;
        out += line.substr(line.find(':')) + "\n";
    }
    return out;
}

// The main part as pugixml writes it, without what a comment adds: the same as the input's
// when nothing else changed.
std::string without_comment_marks(const std::string& xml) {
    pugi::xml_document document = parse_xml(xml);
    std::vector<pugi::xml_node> added;
    for (const char* path : {"//w:commentRangeStart", "//w:commentRangeEnd"})
        for (const pugi::xpath_node& node : document.select_nodes(path))
            added.push_back(node.node());
    for (const pugi::xpath_node& node : document.select_nodes("//w:r[w:commentReference]"))
        added.push_back(node.node());
    for (pugi::xml_node node : added)
        node.parent().remove_child(node);
    std::ostringstream out;
    document.save(out, "", pugi::format_raw);
    return out.str();
}

std::set<std::string> changed_entries(const std::string& before, const std::string& after) {
    std::set<std::string> changed;
    const std::vector<std::string> old_names = zip_entry_names(before);
    for (const std::string& name : zip_entry_names(after))
        if (std::find(old_names.begin(), old_names.end(), name) == old_names.end() ||
            zip_entry(before, name) != zip_entry(after, name))
            changed.insert(name);
    return changed;
}

} // namespace

TEST_CASE("check --annotate puts each finding on the paragraph or cell it is about") {
    TempDir dir("annotate-word");
    const std::string out = (dir / "reviewed.docx").string();
    const Run run =
        run_cpdoc({"check", "--today", "2026-11-25", chair_actions_docx, "--annotate", "-o", out});
    CHECK(run.status == 1); // the findings' exit status, as check gives it
    const std::vector<Anchored> comments = anchored_comments(out);
    std::vector<std::string> got;
    for (const Anchored& comment : comments) {
        got.push_back(comment.element + " " + comment.anchor_text + " " + rule_in(comment.comment));
        CHECK(comment.author == "cpdoc");
    }
    // The whole-document finding on the title; the rest on the cell their column is in.
    CHECK(got == std::vector<std::string>{
                     "w:p Multi-agency meeting CONTINGENCY-MISSING",
                     "w:tc Liam Burke CHAIR-NOT-MANAGER",
                     "w:tc No CHILD-SEEN-MISSING",
                     "w:tc All ACTION-OWNER-NOT-PERSON",
                     "w:tc Housing ACTION-OWNER-NOT-PERSON",
                     "w:tc Amira Hadad ACTION-OWNER-UNKNOWN",
                     "w:tc Request GP records ACTION-DUE-MISSING",
                 });
    // The message, the rule and the policy's words.
    CHECK(comments[1].comment ==
          "error: the chair, Liam Burke, is a Health Visitor, not a manager: the policy asks for a "
          "manager (e.g. Team Manager) to chair [CHAIR-NOT-MANAGER]\n"
          "portsmouth-4.1.35-resistant-non-compliant-families.txt, Multi-Agency Meetings: "
          "\u201cAll multi-agency meetings should be chaired by a manager and notes taken "
          "outlining actions required and the accountable practitioners responsible for "
          "addressing each aspect of the plan.\u201d\n");
}

TEST_CASE("check --annotate changes only what a comment must touch") {
    TempDir dir("annotate-parts");
    SECTION("a document with a comments part: the main part and the comments part") {
        const std::string out = (dir / "reviewed.docx").string();
        run_cpdoc({"check", "--today", "2026-11-25", chair_actions_docx, "--annotate", "-o", out});
        CHECK(changed_entries(chair_actions_docx, out) ==
              std::set<std::string>{"word/document.xml", "word/comments.xml"});
        CHECK(zip_entry_names(out) == zip_entry_names(chair_actions_docx));
        CHECK(without_comment_marks(zip_entry(out, "word/document.xml")) ==
              without_comment_marks(zip_entry(chair_actions_docx, "word/document.xml")));
    }
    SECTION("a document with no findings: the same bytes") {
        const std::string clean =
            source_path("tests/data/docx/examples--child-plan-lanarkshire.cpdoc.docx");
        const std::string out = (dir / "clean.docx").string();
        CHECK(
            run_cpdoc({"check", "--today", "2026-11-25", clean, "--annotate", "-o", out}).status ==
            0);
        CHECK(read_text(out) == read_text(clean));
    }
    SECTION("a document without one: the comments part added, one entry in each list") {
        DocxParts parts;
        parts.body = p("Core group minutes", "<w:pStyle w:val=\"Title\"/>") +
                     table({row({cell(p(r("Document", "<w:b/>"))), cell(p("core-group-minutes"))}),
                            row({cell(p(r("Policy", "<w:b/>"))), cell(p("test-all-rules"))}),
                            row({cell(p(r("Child", "<w:b/>"))), cell(p("{{ child }}"))})}) +
                     p("Some text.");
        parts.styles = "<w:style w:type=\"paragraph\" w:styleId=\"Title\"><w:name "
                       "w:val=\"Title\"/></w:style>";
        const std::string in = write_file(dir / "in.docx", make_docx(parts));
        const std::string out = (dir / "out.docx").string();
        run_cpdoc({"check", "--today", "2026-11-25", "--policy-dir",
                   source_path("tests/data/packs"), in, "--annotate", "-o", out});
        CHECK(changed_entries(in, out) ==
              std::set<std::string>{"[Content_Types].xml", "word/_rels/document.xml.rels",
                                    "word/document.xml", "word/comments.xml"});
        const pugi::xml_document before_rels =
            parse_xml(zip_entry(in, "word/_rels/document.xml.rels"));
        const pugi::xml_document after_rels =
            parse_xml(zip_entry(out, "word/_rels/document.xml.rels"));
        const auto count = [](const pugi::xml_document& document, const char* path) {
            return document.select_nodes(path).size();
        };
        CHECK(count(after_rels, "//*[local-name()='Relationship']") ==
              count(before_rels, "//*[local-name()='Relationship']") + 1);
        CHECK(count(after_rels, "//*[local-name()='Relationship'][@Target='comments.xml']") == 1);
        const pugi::xml_document types = parse_xml(zip_entry(out, "[Content_Types].xml"));
        CHECK(count(types, "//*[local-name()='Override'][@PartName='/word/comments.xml']") == 1);
        CHECK(
            count(types, "//*[local-name()='Override']") ==
            count(parse_xml(zip_entry(in, "[Content_Types].xml")), "//*[local-name()='Override']") +
                1);
        // The unfilled child reference is in the details table's value cell.
        bool placeholder_on_cell = false;
        for (const Anchored& comment : anchored_comments(out))
            placeholder_on_cell = placeholder_on_cell || (comment.element == "w:tc" &&
                                                          comment.anchor_text == "{{ child }}");
        CHECK(placeholder_on_cell);
    }
}

TEST_CASE("an annotated document reads back with the same findings and WORD-COMMENTS") {
    TempDir dir("annotate-reread");
    const std::string out = (dir / "reviewed.docx").string();
    run_cpdoc({"check", "--today", "2026-11-25", chair_actions_docx, "--annotate", "-o", out});
    CHECK(findings_without_comments(out) == findings_without_comments(chair_actions_docx));
    const Run again = run_cpdoc({"check", "--today", "2026-11-25", out});
    CHECK(again.out.find("[WORD-COMMENTS]") != std::string::npos);
}

TEST_CASE("check --annotate refuses what it cannot do, writing nothing") {
    TempDir dir("annotate-usage");
    const std::string out = (dir / "x.docx").string();
    CHECK(run_cpdoc({"check", chair_actions_docx, "--annotate"}).err.find("needs -o") !=
          std::string::npos);
    CHECK(run_cpdoc({"check", chair_actions_docx, "-o", out}).status == 2);
    CHECK(run_cpdoc({"check", chair_actions_docx, chair_actions_docx, "--annotate", "-o", out})
              .status == 2);
    // Never over its own input.
    const std::string copy = (dir / "copy.docx").string();
    fs::copy_file(chair_actions_docx, copy);
    const Run over = run_cpdoc({"check", copy, "--annotate", "-o", copy});
    CHECK(over.status == 2);
    CHECK(zip_entry(copy, "word/document.xml") ==
          zip_entry(chair_actions_docx, "word/document.xml"));
    CHECK_FALSE(fs::exists(out));
}

TEST_CASE("check --annotate on Markdown writes the rendering with the comments at their rows") {
    TempDir dir("annotate-markdown");
    const std::string in = write_file(dir / "minutes.md", R"(---
document: multi-agency-minutes
policy: portsmouth-pscb
child: P-771203
date: 2026-11-18
registered: no
next-meeting: 2026-12-16
---

# Multi-agency meeting

## Attendance
- Chair: Liam Burke, Health Visitor, Solent NHS Trust
- Present: Hannah Moss, Social Worker, Portsmouth Children's Social Care
- Present: Amira Haddad, Class Teacher, Fernhurst Junior School

## Reason for meeting
Four home visits since 2 October have had no answer.

## Child seen
- Last seen: 2026-11-14
- Seen alone: no
- Seen by: Amira Haddad

## Child's views
Jayden told his teacher that he "is not allowed to say" what happens at home.

## Actions
- Unannounced joint visit with police
  - Owner: Hannah Moss
  - Due: 2026-11-21
- Check with the housing association who is on the tenancy
  - Owner: Housing
  - Due: 2026-11-25
- Request GP records
  - Owner: Hannah Moss
)");
    const std::string out = (dir / "minutes-reviewed.docx").string();
    const Run run = run_cpdoc({"check", "--today", "2026-11-25", in, "--annotate", "-o", out});
    INFO(run.err);
    REQUIRE(fs::exists(out));
    std::vector<std::string> got;
    for (const Anchored& comment : anchored_comments(out))
        got.push_back(comment.element + " " + comment.anchor_text + " " + rule_in(comment.comment));
    // Fields and records became tables in the rendering; each finding is on its cell.
    CHECK(got == std::vector<std::string>{
                     "w:p Multi-agency meeting CONTINGENCY-MISSING",
                     "w:p Multi-agency meeting SECTION-MISSING",
                     "w:tc Liam Burke CHAIR-NOT-MANAGER",
                     "w:tc No CHILD-SEEN-MISSING",
                     "w:tc Housing ACTION-OWNER-NOT-PERSON",
                     "w:tc Request GP records ACTION-DUE-MISSING",
                 });
}

namespace {

// Fills a Word template's prompts as a user would, in document order: a value typed over
// the prompt, or the guidance paragraph or optional row deleted.
const std::string delete_paragraph = "<delete paragraph>";
const std::string delete_row = "<delete row>";

std::string filled(const std::string& docx, const std::vector<std::string>& values) {
    pugi::xml_document document = parse_xml(zip_entry(docx, "word/document.xml"));
    std::vector<pugi::xml_node> prompts;
    for (const pugi::xpath_node& node : document.select_nodes("//w:sdt"))
        prompts.push_back(node.node());
    REQUIRE(prompts.size() == values.size());
    // Last first, so that deleting a row never leaves a prompt of it to fill.
    for (std::size_t i = prompts.size(); i-- > 0;) {
        pugi::xml_node prompt = prompts[i];
        if (values[i] == delete_paragraph) {
            prompt.parent().parent().remove_child(prompt.parent());
        } else if (values[i] == delete_row) {
            pugi::xml_node row = prompt;
            while (std::string_view(row.name()) != "w:tr")
                row = row.parent();
            row.parent().remove_child(row);
        } else if (!values[i].empty()) {
            pugi::xml_node run = prompt.parent().insert_child_before("w:r", prompt);
            run.append_child("w:t").text().set(values[i].c_str());
            prompt.parent().remove_child(prompt);
        }
    }
    std::ostringstream xml;
    document.save(xml, "", pugi::format_raw);
    std::vector<std::pair<std::string, std::string>> entries;
    for (const std::string& name : zip_entry_names(docx))
        entries.emplace_back(name, name == "word/document.xml" ? xml.str() : zip_entry(docx, name));
    return zip_parts(entries);
}

} // namespace

TEST_CASE("cpdoc new --to docx writes a Word template that passes template mode") {
    TempDir dir("word-templates");
    for (const std::string kind :
         {"child-plan", "core-group-minutes", "multi-agency-minutes", "chronology"}) {
        INFO(kind);
        const std::string docx = (dir / (kind + ".docx")).string();
        const std::string md = (dir / (kind + ".md")).string();
        REQUIRE(run_cpdoc({"new", kind, "--policy", "lanarkshire-2019", "--to", "docx", "-o", docx})
                    .status == 0);
        REQUIRE(run_cpdoc({"new", kind, "--policy", "lanarkshire-2019", "-o", md}).status == 0);
        const Run word = run_cpdoc({"check", "--template", docx});
        INFO(word.out);
        CHECK(word.status == 0);
        CHECK(word.out.find("0 errors, 0 warnings, 0 notes") != std::string::npos);
        // The same sections as the dialect template, from the same model.
        const Run imported =
            run_cpdoc({"import", docx, "-o", (dir / (kind + "-imported.md")).string()});
        REQUIRE(imported.status == 0);
        auto headings = [](const std::string& text) {
            std::vector<std::string> found;
            std::istringstream lines(text);
            int rules = 0; // the front matter's two `---` lines
            for (std::string line; std::getline(lines, line);) {
                rules += line == "---";
                if (rules >= 2 && (line.rfind("## ", 0) == 0 || line.rfind("# ", 0) == 0))
                    found.push_back(line);
            }
            return found;
        };
        CHECK(headings(read_text((dir / (kind + "-imported.md")).string())) ==
              headings(read_text(md)));
        // The same bytes every time.
        const std::string again = (dir / (kind + "-again.docx")).string();
        run_cpdoc({"new", kind, "--policy", "lanarkshire-2019", "--to", "docx", "-o", again});
        CHECK(read_text(again) == read_text(docx));
    }
    CHECK(run_cpdoc({"new", "child-plan", "--to", "docx"}).status == 2); // a zip needs -o
}

TEST_CASE("a Word template filled in checks cleanly") {
    TempDir dir("word-template-filled");
    const std::string docx = (dir / "core-group.docx").string();
    REQUIRE(run_cpdoc({"new", "core-group-minutes", "--policy", "lanarkshire-2019", "--to", "docx",
                       "-o", docx})
                .status == 0);
    const std::string& P = delete_paragraph;
    const std::string& R = delete_row;
    const std::vector<std::string> values{
        // title, details
        "C-104233", "C-104233", "2026-11-20", "yes", "no", "no", "2026-12-18",
        // attendance: guidance; chair, minute taker, present; no apologies, absences, family
        P, "Karen Whyte", "Team Manager", "North Lanarkshire Social Work", "Rosa Lind",
        "Administrator", "North Lanarkshire Social Work", "Hannah Moss", "Social Worker",
        "North Lanarkshire Social Work", R, "", "", R, "", "", R, "", "",
        // child seen
        P, "2026-11-18", "yes", "Hannah Moss",
        // child's views
        P, "Jayden said he feels safe at school and wants to see his gran more.",
        // information sharing
        P, "School attendance records", "share", "Hannah Moss",
        "The social worker needs them to see whether Jayden is in school.", "yes",
        // contingency plan
        P, "If the family stop engaging", "Two home visits with no answer",
        "A strategy discussion within one working day", "Karen Whyte",
        // worker safety
        P, P, "No safety issues were identified.",
        // actions
        P, "Visit Jayden at home and see him alone", "Hannah Moss", "2026-11-27",
        // notifications: none, with no significant issues; the optional sections' note
        P, R, "", "", "", P};
    const std::string done = write_file(dir / "core-group-filled.docx", filled(docx, values));
    const Run run = run_cpdoc({"check", "--today", "2026-11-25", done});
    INFO(run.out);
    CHECK(run.status == 0);
    CHECK(run.out == "1 file checked: 0 errors, 0 warnings, 0 notes\n");
}
