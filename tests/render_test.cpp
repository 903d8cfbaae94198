// `cpdoc render`: what a chair circulates. The DOCX is opened (a zip: document, header and
// footer parts), the PDF read with pdftotext and pdfinfo, the HTML read as text.
#include "support.hpp"

#include <catch2/catch.hpp>

#include <sys/wait.h>
#include <unistd.h>

#include <csignal>
#include <filesystem>
#include <regex>
#include <thread>

using namespace cpdoc;
namespace fs = std::filesystem;

namespace {

const std::string minutes = test::source_path("examples/core-group-minutes-lanarkshire.md");

test::Run render(const std::vector<std::string>& args, const std::string& dir = "") {
    std::vector<std::string> full{"render", "--today", "2026-11-25"};
    full.insert(full.end(), args.begin(), args.end());
    return test::run_cpdoc(full, dir);
}

int count(const std::string& text, const std::string& what) {
    int n = 0;
    for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + 1))
        ++n;
    return n;
}

std::string pdf_text(const std::string& pdf, int page = 0) {
    std::vector<std::string> command{"/usr/bin/pdftotext", "-layout"};
    if (page > 0)
        command.insert(command.end(), {"-f", std::to_string(page), "-l", std::to_string(page)});
    command.insert(command.end(), {pdf, "-"});
    return test::run_program(command).out;
}

std::string first_line(const std::string& text) {
    const auto start = text.find_first_not_of(" \n");
    const auto end = text.find('\n', start);
    const std::string line = text.substr(start, end - start);
    return line.substr(0, line.find_last_not_of(' ') + 1);
}

int pdf_pages(const std::string& pdf) {
    std::smatch match;
    const std::string info = test::run_program({"/usr/bin/pdfinfo", pdf}).out;
    return std::regex_search(info, match, std::regex("Pages:\\s+(\\d+)")) ? std::stoi(match[1])
                                                                          : -1;
}

// A copy of the core group example with one change.
std::string minutes_with(const fs::path& dir, const std::string& name, const std::string& from,
                         const std::string& to) {
    std::string text = test::read_text(minutes);
    const auto at = text.find(from);
    REQUIRE(at != std::string::npos);
    text.replace(at, from.size(), to);
    return test::write_file(dir / name, text);
}

} // namespace

TEST_CASE("render DOCX: tables, marking in header and footer, page numbers, no statement") {
    const fs::path dir = test::scratch_dir("render-docx");
    const std::string out = (dir / "minutes.docx").string();
    const test::Run run = render({minutes, "--to", "docx", "-o", out});
    REQUIRE(run.status == 0);
    CHECK_THAT(run.err, Catch::Contains("rendered to " + out));

    const std::string body = test::zip_entry(out, "word/document.xml");
    const std::string header = test::zip_entry(out, "word/header1.xml");
    const std::string footer = test::zip_entry(out, "word/footer1.xml");
    CHECK_THAT(header, Catch::Contains(">OFFICIAL-SENSITIVE<"));
    CHECK_THAT(header, Catch::Contains(">Case C-104871 \u00b7 Meeting 16 November 2026<"));
    CHECK_THAT(footer, Catch::Contains(">OFFICIAL-SENSITIVE<"));
    CHECK_THAT(footer, Catch::Contains("w:instr=\" PAGE \""));
    CHECK_THAT(footer, Catch::Contains("w:instr=\" NUMPAGES \""));
    CHECK_THAT(body, Catch::Contains("w:headerReference"));
    // Real heading and table styles, so a screen reader can navigate.
    CHECK_THAT(body, Catch::Contains("<w:pStyle w:val=\"Title\" />"));
    CHECK_THAT(test::zip_entry(out, "docProps/core.xml"),
               Catch::Contains("<dc:title>Core Group Minutes \u2014 C-104871</dc:title>"));
    const std::string styles = test::zip_entry(out, "word/styles.xml");
    const auto title_style = styles.find("w:styleId=\"Title\"");
    REQUIRE(title_style != std::string::npos);
    const std::string title =
        styles.substr(title_style, styles.find("</w:style>", title_style) - title_style);
    CHECK_THAT(title, Catch::Contains("<w:outlineLvl w:val=\"0\" />")); // navigable as a heading
    CHECK(count(body, "<w:pStyle w:val=\"Heading2\" />") >= 10);
    CHECK(count(body, "<w:tblStyle w:val=\"Table\" />") >= 8);
    // Title block, attendance with the chair, actions in due-date order, deadline.
    CHECK_THAT(body, Catch::Contains(">C-104871<"));
    CHECK_THAT(body, Catch::Contains(">Capacity<"));
    CHECK_THAT(body, Catch::Contains("<w:bCs /><w:b /></w:rPr><w:t xml:space=\"preserve\">Chair<"));
    const auto visit = body.find("Make an unannounced joint visit");
    const auto chronology = body.find("Update the integrated chronology");
    const auto facebook = body.find("Investigate the Facebook post");
    REQUIRE(visit != std::string::npos);
    CHECK(visit < facebook);      // 17 November, then 19 November
    CHECK(facebook < chronology); // then 20 November
    CHECK_THAT(body, Catch::Contains("Notify the case conference chair by 19 November 2026"));
    CHECK_THAT(body, Catch::Contains("done on 16 November 2026"));
    CHECK_THAT(body, Catch::Contains("lanarkshire-2019, version"));
    // What the check found is in the properties; the page says nothing of it (--statement).
    CHECK_THAT(body, !Catch::Contains("Checked against"));
    CHECK_THAT(body, !Catch::Contains("Policy check"));
}

TEST_CASE("render DOCX: the same input gives the same bytes") {
    const fs::path dir = test::scratch_dir("render-reproducible");
    REQUIRE(render({minutes, "--to", "docx", "-o", (dir / "a.docx").string()}).status == 0);
    REQUIRE(render({minutes, "--to", "docx", "-o", (dir / "b.docx").string()}).status == 0);
    const std::string a = test::read_text((dir / "a.docx").string());
    CHECK(a.size() > 10000);
    CHECK(a == test::read_text((dir / "b.docx").string()));
}

TEST_CASE("render: a document with errors is refused, findings printed, nothing written") {
    const fs::path dir = test::scratch_dir("render-refused");
    const std::string input = minutes_with(dir, "bad.md", "  - Due: 2026-11-17", "  - Due: TBC");
    const test::Run run = render({input, "--to", "docx"});
    CHECK(run.status == 1);
    CHECK_THAT(run.out, Catch::Contains("bad.md:"));
    CHECK_THAT(run.out, Catch::Contains("[DATE-INVALID]"));
    CHECK_THAT(run.err, Catch::Contains("not rendered: it has errors"));
    CHECK_FALSE(fs::exists(dir / "bad.docx"));
    CHECK(std::distance(fs::directory_iterator(dir), fs::directory_iterator()) == 2);
}

TEST_CASE("render --draft: DRAFT on every page and the findings at the end") {
    const fs::path dir = test::scratch_dir("render-draft");
    const std::string input = minutes_with(dir, "bad.md", "  - Due: 2026-11-17", "  - Due: TBC");
    REQUIRE(render({input, "--to", "docx", "--draft"}).status == 0);
    const std::string docx = (dir / "bad.docx").string();
    CHECK_THAT(test::zip_entry(docx, "word/header1.xml"),
               Catch::Contains(">DRAFT \u2014 NOT POLICY-COMPLIANT<"));
    const std::string body = test::zip_entry(docx, "word/document.xml");
    CHECK_THAT(body, Catch::Contains("Findings"));
    CHECK_THAT(body, Catch::Contains("[DATE-INVALID]"));
    CHECK_THAT(body, Catch::Contains("must not be circulated as final"));

    REQUIRE(render({input, "--to", "pdf", "--draft"}).status == 0);
    const std::string pdf = (dir / "bad.pdf").string();
    const int pages = pdf_pages(pdf);
    CHECK(pages >= 3);
    // Once in each page's header and once in the banner under the title.
    CHECK(count(pdf_text(pdf), "DRAFT \u2014 NOT POLICY-COMPLIANT") == pages + 1);
}

TEST_CASE("render PDF: the marking at top and bottom of every page, tagged, page x of y") {
    const fs::path dir = test::scratch_dir("render-pdf");
    const std::string input = minutes_with(dir, "marked.md", "next-meeting: 7 December 2026\n",
                                           "next-meeting: 7 December 2026\n"
                                           "marking: OFFICIAL-SENSITIVE PERSONAL & CARE\n");
    // A marking of the council's own, which its pack adds to the accepted ones.
    REQUIRE(render({input, "--to", "pdf", "--policy", "test-markings"}).status == 0);
    const std::string pdf = (dir / "marked.pdf").string();
    const int pages = pdf_pages(pdf);
    REQUIRE(pages >= 3);
    const std::string marking = "OFFICIAL-SENSITIVE PERSONAL & CARE";
    for (int page = 1; page <= pages; ++page) {
        INFO("page " << page);
        const std::string text = pdf_text(pdf, page);
        CHECK(first_line(text) == marking); // the top of the page
        const auto footer = text.rfind(marking);
        const auto number =
            text.find("Page " + std::to_string(page) + " of " + std::to_string(pages));
        CHECK(footer > text.find(marking)); // and again at the bottom
        CHECK(number != std::string::npos);
        CHECK(text.find_first_not_of(" \n", footer + marking.size()) >= number);
    }
    const std::string text = pdf_text(pdf);
    CHECK(count(text, marking) == 2 * pages + 1); // and once in the title block
    CHECK_THAT(text, Catch::Contains("Core Group Minutes"));
    CHECK_THAT(text, Catch::Contains("Notify the case conference chair by 19 November 2026"));
    const std::string info = test::run_program({"/usr/bin/pdfinfo", pdf}).out;
    CHECK_THAT(info, Catch::Contains("Tagged:          yes"));
    CHECK_THAT(info, Catch::Contains("Title:           Core Group Minutes"));
}

TEST_CASE("render PDF --pdf-a: archivable PDF/A-3b") {
    const fs::path dir = test::scratch_dir("render-pdfa");
    const std::string out = (dir / "archive.pdf").string();
    REQUIRE(render({minutes, "--to", "pdf", "--pdf-a", "-o", out}).status == 0);
    const std::string bytes = test::read_text(out);
    CHECK_THAT(bytes, Catch::Contains("pdfaid:part=\"3\""));
    CHECK_THAT(bytes, Catch::Contains("pdfaid:conformance=\"B\""));
}

TEST_CASE("render: hostile HTML, images and file links are shown as text, never followed") {
    const fs::path dir = test::scratch_dir("render-hostile");
    const std::string input =
        minutes_with(dir, "hostile.md", "## Child seen\n",
                     "![](/etc/hostname)\n\n<img src=\"file:///etc/passwd\">\n\n"
                     "<iframe src=\"file:///etc/passwd\"></iframe>\n\n"
                     "<style>body { display: none }</style>\n\n"
                     "<script>alert(1)</script> [notes](file:///etc/passwd)\n\n## Child seen\n");
    REQUIRE(render({input, "--to", "html"}).status == 0);
    const std::string html = test::read_text((dir / "hostile.html").string());
    CHECK_THAT(html, Catch::Contains("&lt;img src=\"file:///etc/passwd\"&gt;"));
    CHECK_THAT(html, Catch::Contains("&lt;iframe"));
    CHECK_THAT(html, Catch::Contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    CHECK_THAT(html, Catch::Contains("[image: ]"));
    CHECK(count(html, "<img") == 0);
    CHECK(count(html, "<iframe") == 0);
    CHECK(count(html, "<script") == 0);
    CHECK(count(html, "<style>") == 1); // cpdoc's own
    CHECK(count(html, "href=") == 0);

    REQUIRE(render({input, "--to", "pdf"}).status == 0);
    const std::string text = pdf_text((dir / "hostile.pdf").string());
    CHECK_THAT(text, Catch::Contains("<img src=\"file:///etc/passwd\">"));
    CHECK_THAT(text, !Catch::Contains("root:x:0:0"));
    CHECK_THAT(text, !Catch::Contains(test::read_text("/etc/hostname").substr(0, 6) + "\n\n"));

    REQUIRE(render({input, "--to", "docx"}).status == 0);
    const std::string docx = (dir / "hostile.docx").string();
    CHECK_THAT(test::zip_entry(docx, "word/document.xml"), Catch::Contains("&lt;iframe"));
    const std::string relationships = test::zip_entry(docx, "word/_rels/document.xml.rels");
    CHECK_THAT(relationships, Catch::Contains("header1.xml"));
    CHECK_THAT(relationships, !Catch::Contains("passwd"));
    CHECK_THAT(relationships, !Catch::Contains("External")); // nothing for Word to fetch
}

TEST_CASE("render: a marking the policy does not accept is refused") {
    const fs::path dir = test::scratch_dir("render-bad-marking");
    const std::string input =
        minutes_with(dir, "typo.md", "next-meeting: 7 December 2026\n",
                     "next-meeting: 7 December 2026\nmarking: OFFICAL-SENSITIVE\n");
    const test::Run run = render({input, "--to", "pdf"});
    CHECK(run.status == 1);
    CHECK_THAT(run.out,
               Catch::Contains("typo.md:10:10: error: `OFFICAL-SENSITIVE` is not a "
                               "protective marking the policy accepts") &&
                   Catch::Contains("did you mean `OFFICIAL-SENSITIVE`? [MARKING-INVALID]"));
    CHECK_THAT(run.err, Catch::Contains("not rendered: it has errors"));
    CHECK_FALSE(fs::exists(dir / "typo.pdf"));
}

TEST_CASE("render: a marking with markup in it is printed as text") {
    const fs::path dir = test::scratch_dir("render-hostile-marking");
    const std::string input =
        minutes_with(dir, "marking.md", "next-meeting: 7 December 2026\n",
                     "next-meeting: 7 December 2026\nmarking: </p><script>alert(1)</script>\n");
    // Not a marking the pack accepts (MARKING-INVALID), so only a draft renders.
    REQUIRE(render({input, "--to", "html", "--draft"}).status == 0);
    const std::string html = test::read_text((dir / "marking.html").string());
    CHECK(count(html, "<script") == 0);
    CHECK(count(html, "&lt;/p&gt;&lt;script&gt;alert(1)&lt;/script&gt;") >= 3);
    REQUIRE(render({input, "--to", "docx", "--draft"}).status == 0);
    CHECK_THAT(test::zip_entry((dir / "marking.docx").string(), "word/header1.xml"),
               Catch::Contains(">&lt;/p&gt;&lt;script&gt;alert(1)&lt;/script&gt;<"));
}

TEST_CASE("render: a file over the size limit is refused with its byte offset") {
    const fs::path dir = test::scratch_dir("render-large");
    std::string text =
        test::read_text(minutes) + "\n## Chronology\n| Date | Event |\n| --- | --- |\n";
    const std::string row = "| 2026-11-01 | " + std::string(200, 'x') + " |\n";
    while (text.size() < 10u << 20)
        text += row;
    const std::string input = test::write_file(dir / "large.md", text);
    const test::Run run = render({input, "--to", "pdf"});
    CHECK(run.status == 2);
    CHECK_THAT(run.err, Catch::Contains("byte 8388608"));
    CHECK_FALSE(fs::exists(dir / "large.pdf"));
}

TEST_CASE("render: a document past the render limits is refused before Pandoc runs") {
    // A 7 MB chronology of 150,000 rows took Pandoc 52 s and 6.7 GB; it is refused at once.
    const test::TempDir dir("render-limits");
    const std::string head =
        test::read_text(minutes) + "\n## Chronology\n| Date | Event |\n| --- | --- |\n";
    auto refused = [&](const std::string& text, const std::vector<std::string>& options,
                       const std::string& why) {
        const std::string input = test::write_file(dir / "big.md", text);
        std::vector<std::string> args{input, "--to", "html"};
        args.insert(args.end(), options.begin(), options.end());
        const test::Run run = render(args);
        CHECK(run.status == 2);
        CHECK_THAT(run.err, Catch::Contains("big.md: not rendered: ") && Catch::Contains(why));
        CHECK(run.seconds < 10);
        CHECK_FALSE(fs::exists(dir / "big.html"));
    };
    std::string rows = head;
    while (rows.size() <= 1u << 20)
        rows += "| 2026-11-01 | Home visit, child seen alone and spoke about school |\n";
    refused(rows, {}, "and a rendered document may be made of up to 1048576 (--max-render-size)");
    refused(head + "| 2026-11-01 | seen |\n", {"--max-render-cells", "100"},
            "cells, and a rendered document may have up to 100 (--max-render-cells)");
    // One-letter words: each a word for Pandoc, in ten times the JSON.
    std::string letters = test::read_text(minutes);
    while (letters.size() < 200000)
        letters += "\na b c d e f g h i j k l m n o p q r s t u v w x y z";
    refused(letters, {"--max-render-size", "300000"},
            "bytes for Pandoc to read, more than 8 times --max-render-size (300000)");
}

TEST_CASE("render: a renderer that runs past the time limit is stopped; nothing is left") {
    const fs::path dir = test::scratch_dir("render-slow");
    std::string text =
        test::read_text(minutes) + "\n## Chronology\n| Date | Event |\n| --- | --- |\n";
    for (int i = 0; i < 15000; ++i)
        text += "| 2026-11-01 | A long event description for row " + std::to_string(i) + " |\n";
    const std::string input = test::write_file(dir / "slow.md", text);
    // Past the default cell limit for a PDF, which would refuse it before WeasyPrint ran.
    const test::Run run =
        render({input, "--to", "pdf", "--time-limit", "1", "--max-render-cells", "100000"});
    CHECK(run.status == 2);
    CHECK_THAT(run.err, Catch::Contains("did not finish within 1 seconds and was stopped"));
    CHECK_FALSE(fs::exists(dir / "slow.pdf"));
}

TEST_CASE("render: never over the input, and -o into a missing directory is an error") {
    const fs::path dir = test::scratch_dir("render-over-input");
    const std::string input = test::write_file(dir / "copy.md", test::read_text(minutes));
    const test::Run over = render({input, "--to", "html", "-o", input});
    CHECK(over.status == 2);
    CHECK_THAT(over.err, Catch::Contains("never writes over an input"));
    CHECK(test::read_text(input) == test::read_text(minutes));
    const test::Run missing =
        render({input, "--to", "html", "-o", (dir / "no/such/x.html").string()});
    CHECK(missing.status == 2);
    CHECK_THAT(missing.err, Catch::Contains("no such directory"));
}

TEST_CASE("render DIR: every document in parallel, refused ones reported, others skipped") {
    const fs::path dir = test::scratch_dir("render-dir");
    const fs::path in = dir / "in";
    test::write_file(in / "a" / "minutes.md", test::read_text(minutes));
    minutes_with(in, "bad.md", "  - Due: 2026-11-17", "  - Due: TBC");
    test::write_file(in / "notes.txt", "not a document\n");
    test::write_file(in / "README.md", "# Not a document\n");
    const test::Run run = render({in.string(), "--to", "docx", "-o", (dir / "out").string()});
    CHECK(run.status == 1);
    CHECK(fs::exists(dir / "out" / "a" / "minutes.docx"));
    CHECK_FALSE(fs::exists(dir / "out" / "bad.docx"));
    CHECK_FALSE(fs::exists(dir / "out" / "README.docx"));
    CHECK_THAT(run.err, Catch::Contains("1 rendered, 1 refused for errors, 0 failed"));
    CHECK_THAT(run.out, Catch::Contains("[DATE-INVALID]"));

    const test::Run without_output = render({in.string(), "--to", "docx"});
    CHECK(without_output.status == 2);
    CHECK_THAT(without_output.err, Catch::Contains("needs -o OUTDIR"));
}

TEST_CASE("render DIR: two documents that would write one output are refused, not raced") {
    const fs::path dir = test::scratch_dir("render-clash");
    const fs::path in = dir / "in";
    test::write_file(in / "x.md", test::read_text(minutes));
    test::write_file(in / "x.txt", test::read_text(minutes));
    test::write_file(in / "y.md", test::read_text(minutes));
    test::write_file(in / "y.pdf", "%PDF-1.7 a rendered copy, not a document\n");
    const test::Run run = render({in.string(), "--to", "docx", "-o", (dir / "out").string()});
    CHECK(run.status == 2);
    CHECK_THAT(run.err,
               Catch::Contains("x.txt and ") && Catch::Contains("x.md would both be rendered to"));
    CHECK_FALSE(fs::exists(dir / "out" / "x.docx"));
    // A file that is not a document clashes with nothing.
    fs::remove(in / "x.txt");
    CHECK(render({in.string(), "--to", "docx", "-o", (dir / "out").string()}).status == 0);
    CHECK(fs::exists(dir / "out" / "y.docx"));
}

TEST_CASE("render: every example renders to DOCX and PDF (those with findings as drafts)") {
    const fs::path dir = test::scratch_dir("render-examples");
    for (const auto& entry : fs::directory_iterator(test::source_path("examples"))) {
        const fs::path source = entry.path();
        if (source.extension() != ".md" || source.filename() == "README.md")
            continue;
        const bool with_findings = source.filename().string().starts_with("chronology-late");
        for (const std::string format : {"docx", "pdf"}) {
            const fs::path out = dir / source.filename().replace_extension(format);
            std::vector<std::string> args{source.string(), "--to", format, "-o", out.string()};
            if (with_findings)
                args.emplace_back("--draft");
            INFO(out);
            REQUIRE(render(args).status == 0);
            if (format == "pdf")
                CHECK_THAT(pdf_text(out.string()), Catch::Contains("OFFICIAL-SENSITIVE"));
            else
                CHECK_THAT(test::zip_entry(out.string(), "word/header1.xml"),
                           Catch::Contains("OFFICIAL-SENSITIVE"));
        }
    }
}
