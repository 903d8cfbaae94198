// Word documents through every command: check (every format), import, audit, refusals.
#include "docx_package.hpp"
#include "grammar/docx/zip_package.hpp"
#include "support.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <filesystem>
#include <regex>
#include <tuple>

using namespace cpdoc;
using namespace cpdoc::test;
namespace fs = std::filesystem;

namespace {

// The main part of the DOCX `render --draft` makes of a Word document.
std::string rendered_docx_body(const TempDir& dir, const std::string& file) {
    const std::string rendered = (dir / "minutes-rendered.docx").string();
    REQUIRE(run_cpdoc({"render", "--draft", "--to", "docx", "--today", "2026-11-25", file, "-o",
                       rendered})
                .status == 0);
    return zip_entry(rendered, "word/document.xml");
}

std::vector<std::string> rule_ids(const std::string& json_text) {
    std::vector<std::string> ids;
    const auto json = nlohmann::json::parse(json_text); // outlives the loop over its parts
    for (const auto& file : json["files"])
        for (const auto& finding : file["findings"])
            ids.push_back(finding["rule"].get<std::string>());
    std::sort(ids.begin(), ids.end());
    return ids;
}

std::vector<std::string> checked_ids(const std::string& path, const std::string& directory) {
    const Run run = run_cpdoc({"check", "--today", "2026-11-25", "--policy-dir",
                               source_path("examples/packs"), "--format", "json", path},
                              directory);
    REQUIRE(run.status != 2);
    return rule_ids(run.out);
}

std::vector<fs::path> pandoc_fixtures() {
    std::vector<fs::path> found;
    for (const auto& entry : fs::directory_iterator(source_path("tests/data/docx"))) {
        const std::string name = entry.path().filename().string();
        if (name.rfind("examples--", 0) == 0 && name.find(".pandoc.docx") != std::string::npos)
            found.push_back(entry.path());
    }
    std::sort(found.begin(), found.end());
    return found;
}

std::string markdown_twin(const fs::path& docx) {
    std::string name = docx.filename().string();
    name = name.substr(std::string("examples--").size());
    name = name.substr(0, name.find(".pandoc.docx")) + ".md";
    return source_path("examples/" + name);
}

DocxParts with_body(const std::string& body) {
    DocxParts parts;
    parts.body = body;
    return parts;
}

const std::string tracked_body =
    p("Document: core-group-minutes") + p("Child: C-104233") + p("Date: 2026-11-20") +
    p("Policy: base") + p(r("Actions", "<w:b/>")) +
    p(r("Karen to arrange a core group meeting ") +
      "<w:del w:id=\"1\" w:author=\"A\"><w:r><w:delText>Zebedee Quillfeather lives at 4 "
      "Elm Road</w:delText></w:r></w:del>");

} // namespace

TEST_CASE("a Pandoc DOCX of each example checks to the example's rule ids") {
    const auto fixtures = pandoc_fixtures();
    REQUIRE(!fixtures.empty());
    for (const fs::path& docx : fixtures) {
        INFO(docx.string());
        const std::string examples = source_path("examples");
        CHECK(checked_ids(docx.string(), examples) == checked_ids(markdown_twin(docx), examples));
    }
}

TEST_CASE("a tracked deletion is WORD-TRACKED-CHANGES at its Word place, its words nowhere") {
    TempDir dir("word-tracked");
    const std::string file = write_file(dir / "minutes.docx", make_docx(with_body(tracked_body)));
    const Run text = run_cpdoc({"check", file});
    CHECK_THAT(text.out, Catch::Contains("minutes.docx: Actions, paragraph 1 (\"Karen to "
                                         "arrange a core group meeting\"): error: a tracked "
                                         "deletion") &&
                             Catch::Contains("[WORD-TRACKED-CHANGES]"));
    for (const char* format : {"text", "json", "sarif", "github", "junit"}) {
        INFO(format);
        const Run run = run_cpdoc({"check", "--format", format, file});
        CHECK_THAT(run.out, Catch::Contains("WORD-TRACKED-CHANGES"));
        CHECK_THAT(run.out + run.err,
                   !Catch::Contains("Quillfeather") && !Catch::Contains("Elm Road"));
    }
    const Run sarif = run_cpdoc({"check", "--format", "sarif", file});
    CHECK_THAT(sarif.out, Catch::Contains("\"logicalLocations\"") &&
                              Catch::Contains("\"fullyQualifiedName\":\"Actions/paragraph 1\""));
    const Run json = run_cpdoc({"check", "--format", "json", file});
    CHECK_THAT(json.out, Catch::Contains("\"place\":{\"section\":\"Actions\""));
    const std::string imported = (dir / "minutes.md").string();
    REQUIRE(run_cpdoc({"import", file, "-o", imported}).status == 0);
    CHECK_THAT(read_text(imported), !Catch::Contains("Quillfeather"));
}

TEST_CASE("a comment, hidden text and an embedded object are each an error at their Word place") {
    TempDir dir("word-hazards");
    const std::string front = p("Document: core-group-minutes") + p("Child: C-104233") +
                              p("Date: 2026-11-20") + p("Policy: base") + p(r("Actions", "<w:b/>"));
    DocxParts comment =
        with_body(front + p("<w:commentRangeStart w:id=\"0\"/>" + r("Karen to visit") +
                            "<w:commentRangeEnd w:id=\"0\"/><w:r><w:commentReference "
                            "w:id=\"0\"/></w:r>"));
    comment.extra = {{"word/comments.xml",
                      std::string("<w:comments xmlns:w=\"") + w_ns +
                          "\"><w:comment w:id=\"0\"><w:p><w:r><w:t>Commentsecret</w:t></w:r>"
                          "</w:p></w:comment></w:comments>"}};
    const DocxParts hidden =
        with_body(front + p(r("Karen to visit") + r(" Hiddensecret", "<w:vanish/>")));
    DocxParts embedded = with_body(
        front + p(r("Karen to visit") + "<w:r><w:object><o:OLEObject Type=\"Embed\" ProgID=\"Excel."
                                        "Sheet.12\" r:id=\"rIdOle\"/></w:object></w:r>"));
    embedded.document_rels =
        "<Relationship Id=\"rIdOle\" Type=\"http://schemas.openxmlformats.org/officeDocument/"
        "2006/relationships/oleObject\" Target=\"embeddings/oleObject1.bin\"/>";
    embedded.extra = {{"word/embeddings/oleObject1.bin", "Embeddedsecret"}};
    const std::vector<std::tuple<std::string, DocxParts, std::string>> cases{
        {"WORD-COMMENTS", comment, "Commentsecret"},
        {"WORD-HIDDEN-TEXT", hidden, "Hiddensecret"},
        {"WORD-EMBEDDED", embedded, "Embeddedsecret"}};
    for (const auto& [rule, parts, secret] : cases) {
        INFO(rule);
        const std::string file = write_file(dir / (rule + ".docx"), make_docx(parts));
        const Run run = run_cpdoc({"check", file});
        CHECK(run.status == 1);
        CHECK_THAT(run.out, Catch::Contains(rule + ".docx: Actions, paragraph 1 (\"Karen to "
                                                   "visit") &&
                                Catch::Contains("error:") && Catch::Contains("[" + rule + "]"));
        CHECK_THAT(run.out + run.err, !Catch::Contains(secret));
    }
}

TEST_CASE("render writes a Word document through the same writer as its Markdown twin") {
    TempDir dir("word-render");
    const fs::path docx =
        source_path("tests/data/docx/examples--core-group-minutes-lanarkshire.pandoc.docx");
    const std::string from_word = (dir / "from-word.docx").string();
    const std::string from_markdown = (dir / "from-markdown.docx").string();
    const std::string examples = source_path("examples");
    REQUIRE(run_cpdoc({"render", "--draft", "--to", "docx", "--today", "2026-11-25", docx.string(),
                       "-o", from_word},
                      examples)
                .status == 0);
    REQUIRE(
        run_cpdoc({"render", "--draft", "--to", "docx", "--today", "2026-11-25",
                   source_path("examples/core-group-minutes-lanarkshire.md"), "-o", from_markdown},
                  examples)
            .status == 0);
    const std::string word_body = zip_entry(from_word, "word/document.xml");
    CHECK_THAT(word_body, Catch::Contains("Contingency plan") && Catch::Contains("Attendance"));
    // Every heading the Markdown rendering has, the Word rendering has.
    const std::regex heading(R"(<w:pStyle w:val="Heading2" />.*?<w:t[^>]*>([^<]+)</w:t>)");
    const std::string markdown_body = zip_entry(from_markdown, "word/document.xml");
    for (auto it = std::sregex_iterator(markdown_body.begin(), markdown_body.end(), heading);
         it != std::sregex_iterator(); ++it)
        CHECK_THAT(word_body, Catch::Contains((*it)[1].str()));
}

TEST_CASE("import writes Markdown that checks to the rule ids of the .docx") {
    TempDir dir("word-import");
    const std::string examples = source_path("examples");
    for (const fs::path& docx : pandoc_fixtures()) {
        INFO(docx.string());
        const std::string output = (dir / (docx.stem().string() + ".md")).string();
        const Run run = run_cpdoc({"import", docx.string(), "-o", output});
        REQUIRE(run.status == 0);
        CHECK(checked_ids(output, examples) == checked_ids(docx.string(), examples));
    }
}

TEST_CASE("a .docm and an OLE compound file are refused, exit 2, nothing written") {
    TempDir dir("word-refused");
    const std::string docm = write_file(dir / "minutes.docm", make_docx(with_body(tracked_body)));
    const std::string ole = write_file(dir / "locked.docx",
                                       std::string("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + "rest");
    for (const std::string& file : {docm, ole}) {
        INFO(file);
        const Run check = run_cpdoc({"check", file});
        CHECK(check.status == 2);
        const std::string output = (dir / "out.md").string();
        const Run import = run_cpdoc({"import", file, "-o", output});
        CHECK(import.status == 2);
        CHECK_THAT(import.err, Catch::Contains("cannot import"));
        CHECK(!fs::exists(output));
    }
    const Run over = run_cpdoc({"import", docm, "-o", docm});
    CHECK(over.status == 2);
}

TEST_CASE("audit over a folder mixing .md and .docx counts both") {
    TempDir dir("word-audit");
    fs::copy_file(source_path("examples/core-group-minutes-lanarkshire.md"), dir / "minutes.md");
    fs::copy_file(source_path("tests/data/docx/"
                              "examples--child-plan-lanarkshire.pandoc.docx"),
                  dir / "plan.docx");
    write_file(dir / "notes.txt", "not a document");
    TempDir out("word-audit-out");
    const Run run = run_cpdoc({"audit", dir.path().string(), "--today", "2026-11-25", "--json",
                               (out / "audit.json").string()});
    INFO(run.out + run.err);
    CHECK_THAT(run.out, Catch::Contains("2 documents checked (1 other file skipped)"));
    const auto json = nlohmann::json::parse(read_text((out / "audit.json").string()));
    CHECK(json["audit"]["documents"].get<int>() == 2);
}

namespace {

// Minutes with a deletion in the header and a comment in footnote 1; the footnote's own words
// are not content, so they reach no output either.
DocxParts minutes_with_notes() {
    DocxParts parts =
        with_body(p("Document: core-group-minutes") + p("Child: C-104233") + p("Date: 2026-11-20") +
                  p("Policy: base") + p(r("Actions", "<w:b/>")) +
                  p(r("Karen to arrange a core group meeting.") + note_reference("footnote", 5)));
    parts.document_rels = relationship("rIdH", "header", "header1.xml") +
                          relationship("rIdFn", "footnotes", "footnotes.xml");
    parts.extra = {
        {"word/header1.xml",
         story_xml("hdr", p(r("Core group minutes ") +
                            "<w:del w:id=\"1\" w:author=\"A\"><w:r><w:delText>Quillfeather "
                            "address</w:delText></w:r></w:del>"))},
        {"word/footnotes.xml",
         story_xml("footnotes", note("footnote", 5,
                                     p(r("Footnoteword agreed by phone") +
                                       "<w:r><w:commentReference w:id=\"0\"/></w:r>")))},
        {"word/comments.xml",
         story_xml("comments", "<w:comment w:id=\"0\">" + p("Commentsecret") + "</w:comment>")}};
    parts.document_rels += relationship("rIdC", "comments", "comments.xml");
    return parts;
}

} // namespace

TEST_CASE("hazards in a header and a footnote are errors at a place naming them") {
    TempDir dir("word-notes");
    const std::string file = write_file(dir / "minutes.docx", make_docx(minutes_with_notes()));
    const Run run = run_cpdoc({"check", file});
    CHECK(run.status == 1);
    CHECK_THAT(run.out, Catch::Contains("minutes.docx: header, paragraph 1 (\"Core group "
                                        "minutes\"): error: a tracked deletion") &&
                            Catch::Contains("minutes.docx: footnote 1, paragraph 1 (\"Footnoteword "
                                            "agreed by phone\"): error: a comment"));
    CHECK_THAT(run.out + run.err,
               !Catch::Contains("Quillfeather") && !Catch::Contains("Commentsecret"));
    const std::string imported = (dir / "minutes.md").string();
    REQUIRE(run_cpdoc({"import", file, "-o", imported}).status == 0);
    const std::string markdown = read_text(imported);
    CHECK_THAT(markdown, Catch::Contains("Karen to arrange a core group meeting."));
    for (const char* absent :
         {"Quillfeather", "Commentsecret", "Footnoteword", "Core group minutes"})
        CHECK_THAT(markdown, !Catch::Contains(absent));
    const std::string body = rendered_docx_body(dir, file);
    CHECK_THAT(body, Catch::Contains("Karen to arrange a core group meeting."));
    for (const char* absent : {"Quillfeather", "Commentsecret", "Footnoteword"})
        CHECK_THAT(body, !Catch::Contains(absent));
}

TEST_CASE("a hazard in a template's glossary is an error naming it, its blocks reach no output") {
    TempDir dir("word-glossary");
    DocxParts parts =
        with_body(p("Document: core-group-minutes") + p("Child: C-104233") + p("Date: 2026-11-20") +
                  p("Policy: base") + p(r("Actions", "<w:b/>")) +
                  p("Karen to arrange a core group meeting."));
    parts.main_type =
        "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml";
    parts.document_rels = relationship("rIdG", "glossaryDocument", "glossary/document.xml");
    parts.extra = {
        {"word/glossary/document.xml",
         glossary_xml({doc_part("Address block",
                                p(r("Buildingblock address ") +
                                  "<w:del w:id=\"1\" w:author=\"A\"><w:r><w:delText>Quillfeather"
                                  "</w:delText></w:r></w:del>"))})}};
    const std::string file = write_file(dir / "minutes.dotx", make_docx(parts));
    const Run run = run_cpdoc({"check", file});
    CHECK(run.status == 1);
    CHECK_THAT(run.out, Catch::Contains("minutes.dotx: glossary (building blocks), paragraph 1 "
                                        "(\"Buildingblock address\"): error: a tracked deletion"));
    CHECK_THAT(run.out + run.err, !Catch::Contains("Quillfeather"));
    const std::string imported = (dir / "minutes.md").string();
    REQUIRE(run_cpdoc({"import", file, "-o", imported}).status == 0);
    const std::string markdown = read_text(imported);
    CHECK_THAT(markdown, Catch::Contains("Karen to arrange a core group meeting."));
    CHECK_THAT(markdown, !Catch::Contains("Buildingblock") && !Catch::Contains("Quillfeather"));
    const std::string body = rendered_docx_body(dir, file);
    CHECK_THAT(body, Catch::Contains("Karen to arrange a core group meeting."));
    CHECK_THAT(body, !Catch::Contains("Buildingblock") && !Catch::Contains("Quillfeather"));
}

TEST_CASE("audit gives a Word document's findings their places in HTML, JSON and CSV") {
    TempDir dir("word-audit-places");
    write_file(dir / "team-a" / "minutes.docx", make_docx(with_body(tracked_body)));
    TempDir out("word-audit-places-out");
    const std::string html = (out / "audit.html").string(), json = (out / "audit.json").string(),
                      csv = (out / "audit.csv").string();
    const Run run = run_cpdoc({"audit", dir.path().string(), "--today", "2026-11-25", "--report",
                               html, "--json", json, "--csv", csv});
    INFO(run.out + run.err);
    REQUIRE(run.status != 2);
    CHECK_THAT(read_text(html),
               Catch::Contains("<th>Place</th>") &&
                   Catch::Contains("<tr><td>Actions, paragraph 1 (&quot;Karen to arrange a core "
                                   "group meeting&quot;)</td><td>error</td><td><code>WORD-TRACKED-"
                                   "CHANGES</code>"));
    CHECK_THAT(read_text(json),
               Catch::Contains("\"rule\":\"WORD-TRACKED-CHANGES\"") &&
                   Catch::Contains("\"place\":{\"section\":\"Actions\",\"where\":\"paragraph 1\","
                                   "\"snippet\":\"Karen to arrange a core group meeting\"}"));
    CHECK_THAT(read_text(csv),
               Catch::Contains(",WORD-TRACKED-CHANGES,error,,,Actions,") &&
                   Catch::Contains(",\"Actions, paragraph 1 (\"\"Karen to arrange a core group "
                                   "meeting\"\")\"\r\n"));
    // Redacted, the place keeps the section as the pack names it and the paragraph, never the
    // heading or the first words as written.
    TempDir redacted("word-audit-places-redacted");
    REQUIRE(run_cpdoc({"audit", dir.path().string(), "--today", "2026-11-25", "--redact", "--json",
                       (redacted / "audit.json").string()})
                .status != 2);
    CHECK_THAT(read_text((redacted / "audit.json").string()),
               Catch::Contains("WORD-TRACKED-CHANGES") &&
                   Catch::Contains("\"place\":{\"section\":\"Actions\",\"where\":\"paragraph "
                                   "1\",\"snippet\":\"\"}") &&
                   !Catch::Contains("Karen"));
}

TEST_CASE("chronology merge reads a Word chronology's bold heading from its pack") {
    TempDir dir("word-merge");
    const std::string word = write_file(
        dir / "health.docx",
        make_docx(
            with_body(p("Document: chronology") + p("Policy: base") + p("Child: C-104233") +
                      p("Agency: Health Visiting") + p(r("Chronology", "<w:b/>")) +
                      // Under the heading, as under `## Chronology`, a field, not the front matter.
                      p("Registered: yes") +
                      table({row({"Date", "Type", "Event", "Source"}, "<w:tblHeader/>"),
                             row({"2026-10-30", "appointment-missed", "Missed 27-month review",
                                  "Health Visiting"})}))));
    const std::string markdown = write_file(
        dir / "sw.md", "---\ndocument: chronology\npolicy: base\nchild: C-104233\n"
                       "agency: Social Work\n---\n# Social work chronology\n\n## Chronology\n"
                       "| Date | Type | Event | Source |\n| --- | --- | --- | --- |\n"
                       "| 2026-11-02 | visit-no-access | No answer at 10:00 | Social Work |\n");
    const std::string out = (dir / "integrated.md").string();
    const Run run = run_cpdoc({"chronology", "merge", word, markdown, "-o", out});
    INFO(run.err);
    REQUIRE(run.status == 0);
    CHECK_THAT(run.err, Catch::Contains("2 entries from 2 chronologies"));
    CHECK_THAT(read_text(out), Catch::Contains("registered: no\n") &&
                                   Catch::Contains("Missed 27-month review") &&
                                   Catch::Contains("No answer at 10:00"));
}

TEST_CASE("a Word document naming another pack reads that pack's bold headings") {
    TempDir dir("word-named-pack");
    // "Closure discussion" is a section of lanarkshire-2019's child's plan, not of base's.
    const std::string file = write_file(
        dir / "plan.docx",
        make_docx(with_body(p("Document: child-plan") + p("Policy: lanarkshire-2019") +
                            p("Child: C-104233") + p(r("Objectives", "<w:b/>")) +
                            p("Need: a safe home") + p(r("Closure discussion", "<w:b/>")) +
                            p("Not yet discussed."))));
    const std::string imported = (dir / "plan.md").string();
    REQUIRE(run_cpdoc({"import", file, "-o", imported}).status == 0);
    CHECK_THAT(read_text(imported),
               Catch::Contains("## Objectives\n") && Catch::Contains("## Closure discussion\n"));
    // --policy overrides the document's pack, for its bold headings too.
    REQUIRE(run_cpdoc({"import", "--policy", "base", "--force", file, "-o", imported}).status == 0);
    CHECK_THAT(read_text(imported),
               Catch::Contains("## Objectives\n") && !Catch::Contains("## Closure discussion"));
}

TEST_CASE("a bold line names a section as a heading does: numbering, brackets, the child's name") {
    TempDir dir("word-bold-tidy");
    const std::string file = write_file(
        dir / "plan.docx",
        make_docx(with_body(p("Document: child-plan") + p("Policy: base") + p("Child: C-104233") +
                            p(r("1. Objectives", "<w:b/>")) + p("Need: a safe home") +
                            p(r("Contingency plan (if the plan is not working)", "<w:b/>")) +
                            p("Trigger: a missed visit") + p(r("Megan's Views", "<w:b/>")) +
                            p("Megan said she likes school."))));
    const std::string imported = (dir / "plan.md").string();
    REQUIRE(run_cpdoc({"import", file, "-o", imported}).status == 0);
    CHECK_THAT(read_text(imported),
               Catch::Contains("## 1. Objectives\n") &&
                   Catch::Contains("## Contingency plan (if the plan is not working)\n") &&
                   Catch::Contains("## Megan's Views\n"));
}

TEST_CASE("import says on stderr what it accepted and left out") {
    TempDir dir("word-import-said");
    const std::string file = write_file(dir / "minutes.docx", make_docx(minutes_with_notes()));
    const std::string imported = (dir / "minutes.md").string();
    const Run run = run_cpdoc({"import", file, "-o", imported});
    REQUIRE(run.status == 0);
    CHECK(run.err == imported + ": imported from " + file + "\n" + imported +
                         ": tracked changes accepted at 1 place; left out: comments at 1 place "
                         "(`cpdoc check " +
                         file + "` shows where)\n");
}

TEST_CASE("import keeps a Markdown file already there unless told --force") {
    TempDir dir("word-import-keep");
    const std::string file = write_file(dir / "minutes.docx", make_docx(minutes_with_notes()));
    const std::string edited = write_file(dir / "minutes.md", "the chair's edited minutes\n");
    const Run kept = run_cpdoc({"import", file, "-o", edited});
    CHECK(kept.status == 2);
    CHECK(kept.err == "cpdoc: " + edited +
                          ": already exists; choose another name, or add --force to replace it\n");
    CHECK(read_text(edited) == "the chair's edited minutes\n");
    CHECK(std::distance(fs::directory_iterator(dir.path()), fs::directory_iterator()) == 2);
    REQUIRE(run_cpdoc({"import", "--force", file, "-o", edited}).status == 0);
    CHECK_THAT(read_text(edited), Catch::StartsWith("---\n"));
}

TEST_CASE("audit passes over Word's owner files and names each unreadable file on the console") {
    TempDir dir("word-audit-lock");
    fs::copy_file(source_path("tests/data/docx/examples--child-plan-lanarkshire.pandoc.docx"),
                  dir / "plan.docx");
    write_file(dir / "~$plan.docx", std::string("\x05Karen", 6));
    const Run skipped = run_cpdoc({"audit", dir.path().string(), "--today", "2026-11-25"});
    CHECK_THAT(skipped.out, Catch::Contains("1 document checked (1 other file skipped)"));
    write_file(dir / "broken.docx", "not a zip");
    const Run run = run_cpdoc({"audit", dir.path().string(), "--today", "2026-11-25"});
    CHECK(run.status == 2);
    CHECK_THAT(run.out, Catch::Contains(", 1 unreadable)") &&
                            Catch::Contains("  unreadable: " + (dir / "broken.docx").string() +
                                            ": not a Word document (.docx): the file is not a zip "
                                            "package\n"));
}

TEST_CASE("a deleted row is at its own place, a comment without an anchor at the end") {
    TempDir dir("word-row-orphan");
    DocxParts parts =
        with_body(p("Document: core-group-minutes") + p("Child: C-104233") + p("Policy: base") +
                  p(r("Actions", "<w:b/>")) +
                  table({row({"Action", "Owner"}), row({"Visit", "Karen Bell"}),
                         row({"Quillfeather", "Jo"}, "<w:del w:id=\"3\" w:author=\"A\"/>"),
                         row({"Refer", "Sam Khan"})}));
    parts.extra = {
        {"word/comments.xml",
         story_xml("comments", "<w:comment w:id=\"0\">" + p("Commentsecret") + "</w:comment>")}};
    parts.document_rels = relationship("rIdC", "comments", "comments.xml");
    const std::string file = write_file(dir / "minutes.docx", make_docx(parts));
    const Run run = run_cpdoc({"check", file});
    CHECK_THAT(run.out, Catch::Contains("minutes.docx: Actions, table 1, row 3 (a deleted row): "
                                        "error: a tracked deletion") &&
                            Catch::Contains("minutes.docx: end of the document: error: a "
                                            "comment") &&
                            !Catch::Contains("Quillfeather") && !Catch::Contains("Commentsecret"));
    CHECK_THAT(run.out, !Catch::Contains("row 2 (\"Visit Karen Bell\"): error: a tracked"));
}

TEST_CASE("a chair named only in the details table is the Attendance section's chair") {
    TempDir dir("word-chair-details");
    const std::string details_rows = row({cell(p(r("Document", "<w:b/>"))), "Core group minutes"}) +
                                     row({cell(p(r("Child", "<w:b/>"))), "C-104233"}) +
                                     row({cell(p(r("Policy", "<w:b/>"))), "base"});
    const std::string sections = p(r("Attendance", "<w:b/>")) +
                                 p("Present: Jo Bell, Social Worker, Council") +
                                 p(r("Actions", "<w:b/>")) + p("Sarah Khan to visit.");
    const std::string with_chair = write_file(
        dir / "with.docx",
        make_docx(with_body(
            table({details_rows + row({cell(p(r("Chair", "<w:b/>"))),
                                       "Sarah Khan, Team Manager, Children's Services"})}) +
            sections)));
    const std::string without =
        write_file(dir / "without.docx", make_docx(with_body(table({details_rows}) + sections)));
    const Run run = run_cpdoc({"check", with_chair});
    CHECK_THAT(run.out,
               !Catch::Contains("CHAIR-MISSING") && !Catch::Contains("FRONT-MATTER-UNKNOWN-KEY"));
    CHECK_THAT(run_cpdoc({"check", without}).out, Catch::Contains("[CHAIR-MISSING]"));
}

TEST_CASE("a Word details table's own details pass, and only a slip for a key is reported") {
    TempDir dir("word-details-extra");
    const std::string details_rows = row({cell(p(r("Document", "<w:b/>"))), "Core group minutes"}) +
                                     row({cell(p(r("Child", "<w:b/>"))), "C-104233"}) +
                                     row({cell(p(r("Policy", "<w:b/>"))), "base"}) +
                                     row({cell(p(r("Child's name", "<w:b/>"))), "Megan Hughes"}) +
                                     row({cell(p(r("Date of birth", "<w:b/>"))), "3/4/2019"}) +
                                     row({cell(p(r("Venue", "<w:b/>"))), "Hillside Centre"});
    const std::string sections =
        p(r("Attendance", "<w:b/>")) + p("Chair: Sarah Khan, Team Manager");
    const Run details =
        run_cpdoc({"check", write_file(dir / "details.docx",
                                       make_docx(with_body(table({details_rows}) + sections)))});
    CHECK_THAT(details.out, !Catch::Contains("FRONT-MATTER-UNKNOWN-KEY"));
    const Run slip = run_cpdoc(
        {"check",
         write_file(dir / "slip.docx",
                    make_docx(with_body(
                        table({details_rows + row({cell(p(r("Registerd", "<w:b/>"))), "Yes"})}) +
                        sections)))});
    CHECK_THAT(slip.out, Catch::Contains("\"registerd\" is not a detail cpdoc knows: did you "
                                         "mean \"Registered\"? [FRONT-MATTER-UNKNOWN-KEY]"));
}

TEST_CASE("audit counts a Word rule as checked on Word documents only") {
    TempDir dir("word-audit-rule-counts");
    fs::copy_file(source_path("tests/data/docx/examples--child-plan-lanarkshire.pandoc.docx"),
                  dir / "plan.docx");
    fs::copy_file(source_path("examples/child-plan-lanarkshire.md"), dir / "plan.md");
    const std::string report = (dir / "audit.json").string();
    REQUIRE(
        run_cpdoc({"audit", "-q", "--today", "2026-11-25", dir.path().string(), "--json", report})
            .status == 0);
    const nlohmann::json audit = nlohmann::json::parse(read_text(report));
    int word_rules = 0;
    for (const nlohmann::json& rule : audit.at("rules"))
        if (rule.at("rule").get<std::string>().starts_with("WORD-")) {
            INFO(rule.dump());
            CHECK(rule.at("checked") == 1);
            ++word_rules;
        }
    CHECK(word_rules == 4);
}

TEST_CASE("render and --annotate replace their own outputs, never Word minutes they did not make") {
    TempDir dir("word-render-keeps-original");
    const std::string original = (dir / "minutes.docx").string();
    fs::copy_file(source_path("tests/data/docx/examples--child-plan-lanarkshire.writer.docx"),
                  original);
    const std::string before = read_text(original);
    const std::string imported = (dir / "minutes.md").string();
    REQUIRE(run_cpdoc({"import", original, "-o", imported}).status == 0);
    // The rendering's default name is the original's.
    const Run render =
        run_cpdoc({"render", "--today", "2026-11-25", "--draft", "--to", "docx", imported});
    CHECK(render.status == 2);
    CHECK_THAT(render.err, Catch::Contains(original + ": already exists and is not a rendering of "
                                                      "cpdoc's") &&
                               Catch::Contains("--force"));
    CHECK(read_text(original) == before);
    const std::string annotated = (dir / "annotated.docx").string();
    fs::copy_file(original, annotated);
    CHECK(run_cpdoc({"check", "--today", "2026-11-25", "--annotate", imported, "-o", annotated})
              .status == 2);
    CHECK(read_text(annotated) == before);
    // Its own rendering, and its own annotated copy, are replaced; with --force, anything.
    const std::string rendered = (dir / "rendered.docx").string();
    for (int run = 0; run < 2; ++run)
        CHECK(run_cpdoc({"render", "--today", "2026-11-25", "--draft", "--to", "docx", imported,
                         "-o", rendered})
                  .status == 0);
    // The rendering once saved in Word (who saved it, a revision) is someone's edited minutes
    // now (a red team's round 6): kept. So is one whose check's day is not its own.
    const std::string rendering = read_text(rendered);
    SourceError error;
    auto package = docx::ZipPackage::open(rendering, {}, error);
    REQUIRE(package);
    for (const std::string& mark :
         {std::string("<cp:lastModifiedBy>Chair</cp:lastModifiedBy><cp:revision>2</cp:revision>"),
          std::string()}) {
        std::vector<std::pair<std::string, std::string>> entries;
        for (const std::string& name : package->names()) {
            std::optional<SourceError> read_error;
            std::string content = *package->read(name, read_error);
            if (name == "docProps/core.xml" && !mark.empty())
                content.insert(content.find("</cp:coreProperties>"), mark);
            if (name == "docProps/custom.xml" && mark.empty())
                content.replace(content.find("2026-11-25"), 10, "2026-01-01");
            entries.emplace_back(name, std::move(content));
        }
        write_file(rendered, zip_parts(entries));
        const std::string edited = read_text(rendered);
        CHECK(run_cpdoc({"render", "--today", "2026-11-25", "--draft", "--to", "docx", imported,
                         "-o", rendered})
                  .status == 2);
        CHECK(read_text(rendered) == edited);
    }
    const std::string copy = (dir / "copy.docx").string();
    for (int run = 0; run < 2; ++run)
        CHECK(run_cpdoc({"check", "--today", "2026-11-25", "--annotate", imported, "-o", copy})
                  .status != 2);
    CHECK(run_cpdoc(
              {"render", "--today", "2026-11-25", "--draft", "--to", "docx", "--force", imported})
              .status == 0);
    CHECK(read_text(original) != before);
}
