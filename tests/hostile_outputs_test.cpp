// Every output over a hostile corpus: file names with bytes that are not UTF-8, with ESC and
// other control characters, line breaks, quotes, <&> and a URI scheme; documents with
// findings; a local pack whose text holds C1 controls and line breaks. Every XML output must
// be well-formed XML 1.0 (libxml2: pugixml accepts &#1;), every JSON output must parse, and
// whatever reaches a terminal must be valid UTF-8 with no control character but LF and tab.
#include "support.hpp"

#include <catch2/catch.hpp>
#include <libxml/parser.h>
#include <nlohmann/json.hpp>
#include <sqlite3.h>

#include <unistd.h>

#include <filesystem>

using namespace cpdoc::test;
namespace fs = std::filesystem;

namespace {

// One document of each hostile name, all with findings (an unknown key, placeholders, a
// suppressed finding), and one refused for the ESC in it.
const std::vector<std::string> hostile_names = {
    "bad-\xFF\xFE-name.md",  "esc-\x1B[2J\x1B[H-name.md", "ctl-\x01\x7F-\xC2\x9B-name.md",
    "quote-\"'-name.md",     "markup-<&>-name.md",        "javascript:alert(1).md",
    "line\nbreak\r-name.md", "space %20#?-name.md",
};

const std::string with_findings =
    "---\ndocument: chronology\npolicy: test-no-rules\nchild: C-104233\nregisterd: yes\n---\n"
    "## One\n<!-- cpdoc-disable PLACEHOLDER-UNFILLED: worked example -->\n{{ a }}\n## Two\n"
    "{{ b }}\n";

// A local pack whose every text is hostile; the document below uses its term.
const std::string hostile_pack =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<policy id=\"hostile-pack\" version=\"1&#x9B;2J\" jurisdiction=\"england-and-wales\" "
    "extends=\"base\">\n"
    "  <title>Hostile &#x9B;2J &lt;script&gt; \"quoted\" &amp; pack</title>\n"
    "  <source id=\"local&#x9B;procedures.txt\" title=\"Local &#x9B;2J procedures\"/>\n"
    "  <discourage id=\"LOCAL-TERM-HOSTILE\" severity=\"error\" term=\"non-engaging\" "
    "suggest=\"has not attended&#x85;next\">\n"
    "    <message>the label &#x9B;2J&#x7F; says &lt;b&gt;nothing&lt;/b&gt; &amp; \"nothing\"\n"
    "1 file checked: 0 errors, 0 warnings, 0 notes</message>\n"
    "    <cite source=\"local&#x9B;procedures.txt\" section=\"7.1 &lt;Recording&gt;\">Record "
    "what \"the family\" did &amp; &#x9B;8m not a label.&#13;\n0 files checked</cite>\n"
    "  </discourage>\n"
    "</policy>\n";

const std::string uses_hostile_pack =
    "---\ndocument: chronology\npolicy: hostile-pack\nchild: C-104233\n---\n"
    "| Date | Type | Event | Source |\n| --- | --- | --- | --- |\n"
    "| 2026-11-02 | visit-no-access | Family non-engaging at 10:00 | Social Work |\n";

// A directory of its own, removed with everything in it when the test ends.
struct Corpus {
    fs::path dir = fs::temp_directory_path() / ("cpdoc-hostile-test-" + std::to_string(getpid()));
    std::vector<std::string> documents; // names, relative to dir

    Corpus() {
        fs::remove_all(dir);
        write_file(dir / "packs" / "hostile-pack.xml", hostile_pack);
        write_file(dir / ".cpdoc.toml",
                   "policy-dirs = [\"" + source_path("tests/data/packs") + "\", \"packs\"]\n");
        for (const std::string& name : hostile_names)
            documents.push_back(fs::path(write_file(dir / name, with_findings)).filename());
        documents.push_back(
            fs::path(write_file(dir / "pack-\x1B]0;title\x07.md", uses_hostile_pack)).filename());
        documents.push_back(fs::path(write_file(dir / "refused-\x1B.md",
                                                "---\ndocument: chronology\n---\n\x1B[2J\n"))
                                .filename());
    }
    ~Corpus() { fs::remove_all(dir); }

    Run cpdoc(std::vector<std::string> args, bool with_documents = true) const {
        if (with_documents)
            args.insert(args.end(), documents.begin(), documents.end());
        return run_cpdoc(args, dir.string());
    }
};

bool valid_utf8(const std::string& text) {
    try {
        (void)nlohmann::json(text).dump(); // dump() refuses a string that is not UTF-8
        return true;
    } catch (const nlohmann::json::type_error&) {
        return false;
    }
}

// The first control character in the text (C0 but those allowed, DEL, C1), or "".
std::string first_control(const std::string& text, std::string_view allowed) {
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        const bool c1 = c == 0xC2 && i + 1 < text.size() &&
                        static_cast<unsigned char>(text[i + 1]) <= 0x9F &&
                        static_cast<unsigned char>(text[i + 1]) >= 0x80;
        if (((c < 0x20 || c == 0x7F) && allowed.find(text[i]) == std::string_view::npos) || c1)
            return "byte " + std::to_string(i) + " (" + std::to_string(c) +
                   ") in: " + text.substr(i < 80 ? 0 : i - 80, 160);
    }
    return "";
}

// What a terminal, a log or a line-reading tool is given.
void check_terminal_safe(const std::string& what, const std::string& text) {
    INFO(what);
    CHECK(valid_utf8(text));
    CHECK(first_control(text, "\n\t") == "");
}

void check_json(const std::string& what, const std::string& text) {
    INFO(what << ": " << text.substr(0, 2000));
    std::string error;
    try {
        CHECK(nlohmann::json::parse(text).is_object());
    } catch (const nlohmann::json::parse_error& e) {
        error = e.what();
    }
    CHECK(error == "");
    CHECK(first_control(text, "\n") == ""); // escaped, not merely valid
}

void check_xml(const std::string& what, const std::string& text) {
    INFO(what << ": " << text.substr(0, 2000));
    xmlDocPtr doc = xmlReadMemory(text.data(), static_cast<int>(text.size()), nullptr, nullptr,
                                  XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
    const xmlError* error = xmlGetLastError();
    CHECK(doc != nullptr);
    if (doc == nullptr && error != nullptr)
        FAIL_CHECK(error->message);
    xmlFreeDoc(doc);
    xmlResetLastError();
    CHECK(first_control(text, "\n\t\r") == "");
}

} // namespace

TEST_CASE("check: every format is well-formed and safe for every file name and pack text") {
    const Corpus corpus;
    for (const std::string format : {"text", "github", "json", "sarif", "junit"}) {
        const Run run = corpus.cpdoc({"check", "--today", "2026-11-25", "--format", format});
        INFO(format);
        CHECK(run.status == 2); // the refused document
        check_terminal_safe(format + " standard error", run.err);
        if (format == "json" || format == "sarif")
            check_json(format, run.out);
        else if (format == "junit")
            check_xml(format, run.out);
        else
            check_terminal_safe(format, run.out);
    }
    const Run explained = corpus.cpdoc({"check", "--today", "2026-11-25", "--explain"});
    check_terminal_safe("text --explain", explained.out);
    // The same escape names a file in every output.
    CHECK_THAT(explained.out, Catch::Contains("esc-\\x1B[2J\\x1B[H-name.md:5:1: warning:"));
    CHECK_THAT(explained.out, Catch::Contains("bad-\\xFF\\xFE-name.md:5:1: warning:"));
    CHECK_THAT(explained.out, Catch::Contains("line\\x0Abreak\\x0D-name.md:5:1: warning:"));
    CHECK_THAT(explained.out, Catch::Contains("the label \\u009B2J\\x7F says"));
}

TEST_CASE("audit: the HTML report, CSV, JSON, history and summary are well-formed and safe") {
    const Corpus corpus;
    const fs::path out = corpus.dir / "out";
    fs::create_directories(out);
    const Run run = corpus.cpdoc({"audit", "-q", "--today", "2026-11-25", ".", "--report",
                                  "out/report.html", "--csv", "out/audit.csv", "--json",
                                  "out/audit.json", "--history", "out/history.sqlite"},
                                 false);
    CHECK(run.status == 2); // the refused document
    check_terminal_safe("audit summary", run.out);
    check_terminal_safe("audit standard error", run.err);
    check_terminal_safe("audit HTML", read_text((out / "report.html").string()));
    check_json("audit JSON", read_text((out / "audit.json").string()));
    const std::string csv = read_text((out / "audit.csv").string());
    INFO("audit CSV");
    CHECK(valid_utf8(csv));
    CHECK(first_control(csv, "\r\n") == "");
    CHECK(csv.find("\r\n") != std::string::npos);

    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open_v2((out / "history.sqlite").c_str(), &db, SQLITE_OPEN_READONLY, nullptr) ==
            SQLITE_OK);
    for (const char* sql :
         {"SELECT audit_date || scope FROM audit", "SELECT rule FROM audit_rule"}) {
        sqlite3_stmt* statement = nullptr;
        REQUIRE(sqlite3_prepare_v2(db, sql, -1, &statement, nullptr) == SQLITE_OK);
        while (sqlite3_step(statement) == SQLITE_ROW)
            check_terminal_safe(sql,
                                reinterpret_cast<const char*>(sqlite3_column_text(statement, 0)));
        sqlite3_finalize(statement);
    }
    sqlite3_close(db);
}

TEST_CASE(
    "render: every DOCX part is well-formed XML, the HTML safe, for hostile names and packs") {
    const Corpus corpus;
    for (const std::string to : {"docx", "html"}) {
        const Run run =
            corpus.cpdoc({"render", "--today", "2026-11-25", "--draft", "--to", to, "-o", to});
        INFO(to);
        CHECK(run.status == 2); // the refused document
        check_terminal_safe("render standard output", run.out);
        check_terminal_safe("render standard error", run.err);
        int rendered = 0;
        for (const auto& entry : fs::directory_iterator(corpus.dir / to)) {
            ++rendered;
            const std::string file = entry.path().string();
            if (to == "html") {
                check_terminal_safe(file, read_text(file));
                continue;
            }
            for (const std::string& part : zip_entry_names(file))
                if (part.ends_with(".xml") || part.ends_with(".rels"))
                    check_xml(file + " " + part, zip_entry(file, part));
        }
        CHECK(rendered == static_cast<int>(corpus.documents.size()) - 1);
    }
    // The PDF is printed from the HTML; its text must be as safe (pdftotext ends a page with \f).
    const Run pdf = corpus.cpdoc({"render", "--today", "2026-11-25", "--draft", "--to", "pdf", "-o",
                                  "pack.pdf", "pack-\x1B]0;title\x07.md"},
                                 false);
    CHECK(pdf.status == 0);
    check_terminal_safe("render PDF standard error", pdf.err);
    const std::string pdf_text =
        run_program({"/usr/bin/pdftotext", (corpus.dir / "pack.pdf").string(), "-"}).out;
    CHECK_THAT(pdf_text, Catch::Contains("\\u009B2J"));
    CHECK(first_control(pdf_text, "\n\f") == "");

    // The marking that once made word/header1.xml unreadable is now refused with the document.
    write_file(corpus.dir / "marking" / "plan.md",
               "---\ndocument: chronology\npolicy: base\nchild: C-104233\nmarking: OFFICIAL\x01\n"
               "---\n");
    const Run marking = corpus.cpdoc({"render", "--to", "docx", "marking/plan.md"}, false);
    CHECK(marking.status == 2);
    CHECK_FALSE(fs::exists(corpus.dir / "marking" / "plan.docx"));
}

TEST_CASE("policies, explain and chronology merge print pack text and file names safely") {
    const Corpus corpus;
    for (const std::vector<std::string>& args : std::vector<std::vector<std::string>>{
             {"policies", "show", "hostile-pack", "--policy-dir", "packs"},
             {"policies", "list", "--policy-dir", "packs"},
             {"explain", "LOCAL-TERM-HOSTILE", "--policy-dir", "packs"}}) {
        const Run run = corpus.cpdoc(args, false);
        INFO(args.front() << " " << args[1]);
        CHECK(run.status == 0);
        check_terminal_safe("standard output", run.out);
        check_terminal_safe("standard error", run.err);
    }
    // A chronology is read as every document is: the ESC in it is refused.
    const Run merge =
        corpus.cpdoc({"chronology", "merge", "refused-\x1B.md", "-o", "merged.md"}, false);
    CHECK(merge.status == 2);
    check_terminal_safe("chronology merge standard error", merge.err);
    CHECK_THAT(merge.err, Catch::Contains("refused-\\x1B.md: error: byte 29: control character "
                                          "U+001B"));
}

TEST_CASE("a config whose values hold escaped control characters is reported safely") {
    const Corpus corpus;
    // TOML refuses a raw control character, but not one written as an escape.
    const std::string plan = "---\ndocument: chronology\nchild: C-104233\n---\n";
    write_file(corpus.dir / "setting" / ".cpdoc.toml", "\"\\u001B[2J\" = 1\n");
    write_file(corpus.dir / "setting" / "plan.md", plan);
    write_file(corpus.dir / "policy" / ".cpdoc.toml", "policy = \"\\u001B[8m\"\n");
    write_file(corpus.dir / "policy" / "plan.md", plan);

    const Run setting = corpus.cpdoc({"check", "setting/plan.md"}, false);
    CHECK(setting.status == 2);
    check_terminal_safe("unknown setting", setting.err);
    CHECK_THAT(setting.err, Catch::Contains("unknown setting `\\x1B[2J`"));

    const Run policy = corpus.cpdoc({"check", "--format", "junit", "policy/plan.md"}, false);
    CHECK(policy.status == 1);
    check_xml("unknown policy", policy.out);
    CHECK_THAT(policy.out, Catch::Contains("no policy pack `\\x1B[8m`"));
}
