// The language server in-process: the message reader, positions in UTF-16, edits, and the
// server's answers to each message, with the test packs.
#include "support.hpp"

#include "lsp/message_reader.hpp"
#include "lsp/message_writer.hpp"
#include "lsp/open_documents.hpp"
#include "lsp/server.hpp"
#include "lsp/utf16.hpp"

#include <catch2/catch.hpp>

using namespace cpdoc;
using namespace cpdoc::lsp;
using nlohmann::json;

namespace {

class TestWorkspace : public Workspace {
public:
    DocumentSetup setup(const std::filesystem::path&) override {
        DocumentSetup setup;
        setup.packs = &test::packs();
        setup.options.today = Date{2026, 11, 25};
        return setup;
    }
    RuleHelp help(const std::string& rule_id, const std::string&) override {
        return {"What " + rule_id + " finds.", "Why it matters.",
                "https://example.org/#" + rule_id};
    }
    void reload() override { ++reloads; }
    int reloads = 0;
};

// Minutes under test-declarative with three findings: a discouraged term after an em dash,
// an "é"-like "ë" and an emoji (line 24, 0-based), an unknown owner (line 41) and a date in
// another form (line 42).
const std::string minutes = R"(---
document: core-group-minutes
policy: test-declarative
child: C-204517
date: 2026-11-24
registered: yes
cso: no
significant-issues: no
next-meeting: 2026-12-15
---
# Core Group Minutes — C-204517

## Attendance
- Chair: Neil Shaw, Team Manager, Social Work
- Present: Fiona Watt, Social Worker, Social Work
- Present: Karen Doyle, Head Teacher, Education

## Child seen
- Last seen: 2026-11-20
- Seen alone: yes
- Seen by: Fiona Watt

## Child's views
Amy (8) told Fiona Watt at school on 20 November 2026 that she likes her new bedroom and
wants her gran — Zoë 🙂 — to visit; her mother was non-engaging.

## Information sharing
- Amy's school attendance record
  - Decision: share
  - With: Fiona Watt
  - Reason: Absence is the first sign that Amy is not being seen.
  - Family informed: yes — agreed with her mother at the conference.

## Contingency plan
- Amy arrives at school tired again
  - Trigger: Amy arrives tired on three school days in any fortnight.
  - Response: Fiona Watt makes an unannounced home visit within two working days.
  - Owner: Fiona Watt

## Actions
- Send Amy's sleep diary to the social worker every Friday
  - Owner: Karen Boyle
  - Due: 04/12/26
- Arrange a review of Amy's sleep with the school nurse
  - Owner: Fiona Watt
  - Due: 2026-12-11
)";

const std::string uri = "file:///cases/C-204517/minutes.md";

struct Session {
    TestWorkspace workspace;
    std::vector<json> sent;
    Server server{workspace, [this](const json& message) { sent.push_back(message); },
                  ServerOptions{"test", std::chrono::milliseconds(15)}};
    Clock::time_point now = Clock::now();
    int next_id = 1;

    void message(const json& m) { server.handle(Incoming{m, 0, ""}, now); }
    void notify(const std::string& method, const json& params) {
        message({{"jsonrpc", "2.0"}, {"method", method}, {"params", params}});
    }
    json request(const std::string& method, const json& params = json::object()) {
        const int id = next_id++;
        message({{"jsonrpc", "2.0"}, {"id", id}, {"method", method}, {"params", params}});
        for (const json& m : sent)
            if (m.contains("id") && m["id"] == id && !m.contains("method"))
                return m;
        return nullptr;
    }
    void start(const std::string& text = minutes) {
        request("initialize", {{"capabilities", json::object()}});
        notify("initialized", json::object());
        notify("textDocument/didOpen",
               {{"textDocument",
                 {{"uri", uri}, {"languageId", "markdown"}, {"version", 1}, {"text", text}}}});
        server.publish_due(now);
    }
    std::vector<json> published() const {
        std::vector<json> out;
        for (const json& m : sent)
            if (m.value("method", "") == "textDocument/publishDiagnostics")
                out.push_back(m["params"]);
        return out;
    }
    json position(int line, int character) const {
        return {{"textDocument", {{"uri", uri}}},
                {"position", {{"line", line}, {"character", character}}}};
    }
};

json range(int line, int start, int end_line, int end) {
    return {{"start", {{"line", line}, {"character", start}}},
            {"end", {{"line", end_line}, {"character", end}}}};
}

std::vector<std::string> labels(const json& completion) {
    std::vector<std::string> out;
    for (const json& item : completion["result"]["items"])
        out.push_back(item["label"].get<std::string>());
    return out;
}

} // namespace

TEST_CASE("message reader: frames read whatever pieces the bytes come in") {
    const std::string two =
        framed({{"id", 1}, {"method", "a"}}) + framed({{"id", 2}, {"method", "é"}});
    MessageReader reader;
    std::vector<Incoming> read;
    for (const char c : two)
        for (Incoming& incoming : reader.feed(std::string_view(&c, 1)))
            read.push_back(std::move(incoming));
    REQUIRE(read.size() == 2);
    CHECK(read[0].message["id"] == 1);
    CHECK(read[1].message["method"] == "é");
    MessageReader whole;
    CHECK(whole.feed(two).size() == 2);
}

TEST_CASE("message reader: a broken frame is reported and the next one is read") {
    MessageReader reader(1000);
    const std::string next = framed({{"id", 7}});
    SECTION("no Content-Length") {
        const auto read = reader.feed("Content-Type: x\r\n\r\n" + next);
        REQUIRE(read.size() == 2);
        CHECK(read[0].error == parse_error);
        CHECK(read[0].why == "a message without a Content-Length header");
        CHECK(read[1].message["id"] == 7);
    }
    SECTION("a body over the limit is passed over without being held") {
        auto read = reader.feed("Content-Length: 5000\r\n\r\n");
        REQUIRE(read.size() == 1);
        CHECK(read[0].error == parse_error);
        CHECK(read[0].why == "a message of 5000 bytes, over the limit of 1000: passed over");
        CHECK(reader.feed(std::string(4999, 'x')).empty());
        read = reader.feed("x" + next);
        REQUIRE(read.size() == 1);
        CHECK(read[0].message["id"] == 7);
    }
    SECTION("a length no number can hold") {
        const auto read = reader.feed("Content-Length: 99999999999999999999999\r\n\r\n" + next);
        REQUIRE(read.size() == 2);
        CHECK(read[0].error == parse_error);
        CHECK(read[1].message["id"] == 7);
    }
    SECTION("not JSON, and JSON that is not an object") {
        const auto read =
            reader.feed("Content-Length: 3\r\n\r\n{x}Content-Length: 2\r\n\r\n[]" + next);
        REQUIRE(read.size() == 3);
        CHECK(read[0].error == parse_error);
        CHECK(read[1].error == invalid_request);
        CHECK(read[2].message["id"] == 7);
    }
    SECTION("a length that is no number of bytes, its body before the next frame") {
        for (const std::string bad : {"-5", "1e3", "0x10", ""}) {
            INFO(bad);
            MessageReader fresh(1000);
            auto read = fresh.feed("Content-Length: " + bad + "\r\n\r\n{\"id\":1}" + next);
            REQUIRE(read.size() == 2);
            CHECK(read[0].error == parse_error);
            CHECK(read[0].why == "a message whose Content-Length is not a number of bytes");
            CHECK(read[1].message["id"] == 7);
            // And every frame after it.
            read = fresh.feed(next + next);
            CHECK(read.size() == 2);
        }
    }
    SECTION("headers ended by a line feed alone: passed over, the next frame read") {
        const auto read = reader.feed("Content-Length: 8\n\n{\"id\":1}" + next + next);
        REQUIRE(read.size() == 3);
        CHECK(read[0].why == "bytes that are no message before a Content-Length header: passed "
                             "over");
        CHECK(read[1].message["id"] == 7);
        CHECK(read[2].message["id"] == 7);
    }
    SECTION("a header that never ends") {
        const auto read = reader.feed(std::string(MessageReader::max_header_bytes + 1, 'h'));
        REQUIRE(read.size() == 1);
        CHECK(read[0].error == parse_error);
        CHECK(reader.feed(next).size() == 1);
    }
}

TEST_CASE("positions: cpdoc's code-point columns become UTF-16 offsets") {
    const std::string_view line = "a — Zoë 🙂 x"; // — and ë are one unit, 🙂 two
    CHECK(byte_at_column(line, 1) == 0);
    CHECK(byte_at_column(line, 3) == 2);               // —
    CHECK(byte_at_column(line, 11) == line.find('x')); // after the emoji
    CHECK(utf16_at_byte(line, line.find('x')) == 11);  // one more than the code points
    CHECK(byte_at_utf16(line, 11) == line.find('x'));
    CHECK(byte_at_utf16(line, 9) == line.find("🙂")); // inside the pair: its start
    CHECK(utf16_length(line) == 12);
    // A zero-width space reads as nothing, so the grammar gave it no column.
    CHECK(byte_at_column("a\u200Bb", 2) == 4);
    CHECK(byte_at_column("ab", 9) == 2);
}

TEST_CASE("open documents: incremental changes in UTF-16 ranges") {
    OpenDocument document{uri, "markdown", 1, "Zoë 🙂 said\nline two\n"};
    const json changes =
        json::array({{{"range", range(0, 6, 0, 7)}, {"text", "told"}}, // "🙂" is 4..5, " " 6
                     {{"range", range(1, 0, 1, 4)}, {"text", "LINE"}}});
    REQUIRE(OpenDocuments::apply(document, 2, changes));
    CHECK(document.text == "Zoë 🙂toldsaid\nLINE two\n");
    CHECK(document.version == 2);
    REQUIRE(OpenDocuments::apply(document, 3, json::array({{{"text", "whole"}}})));
    CHECK(document.text == "whole");
    CHECK_FALSE(OpenDocuments::apply(document, 4, json::array({{{"range", 3}, {"text", ""}}})));
    CHECK(document.text == "whole");
}

TEST_CASE("server: diagnostics with codes, links and UTF-16 ranges") {
    Session session;
    session.start();
    const auto published = session.published();
    REQUIRE(published.size() == 1);
    CHECK(published[0]["uri"] == uri);
    CHECK(published[0]["version"] == 1);
    const json& list = published[0]["diagnostics"];
    REQUIRE(list.size() == 3);
    CHECK(list[0]["code"] == "LOCAL-TERM-NON-ENGAGING");
    // Column 51 in code points; the emoji before it is two UTF-16 units.
    CHECK(list[0]["range"] == range(24, 51, 24, 64));
    CHECK(list[0]["severity"] == 1);
    CHECK(list[0]["codeDescription"]["href"] == "https://example.org/#LOCAL-TERM-NON-ENGAGING");
    CHECK(list[1]["code"] == "ACTION-OWNER-UNKNOWN");
    CHECK(list[1]["range"] == range(41, 11, 41, 22));
    CHECK(list[2]["code"] == "DATE-INVALID");
    CHECK(list[2]["range"] == range(42, 9, 42, 17));
}

TEST_CASE("server: a flood of changes is checked once, at its latest text") {
    Session session;
    session.start();
    session.sent.clear();
    for (int version = 2; version <= 60; ++version)
        session.notify(
            "textDocument/didChange",
            {{"textDocument", {{"uri", uri}, {"version", version}}},
             {"contentChanges",
              {{{"range", range(42, 9, 42, 17)}, {"text", version == 60 ? "2026-12-04" : "x"}}}}});
    session.server.publish_due(session.now); // the debounce has not passed
    CHECK(session.published().empty());
    session.server.publish_due(session.now + std::chrono::milliseconds(15));
    const auto published = session.published();
    REQUIRE(published.size() == 1);
    CHECK(published[0]["version"] == 60);
    CHECK(published[0]["diagnostics"].size() == 2); // the date is mended
}

TEST_CASE("server: hover explains a finding and quotes its policy, or what a section needs") {
    Session session;
    session.start();
    const json on_term = session.request("textDocument/hover", session.position(24, 55));
    const std::string text = on_term["result"]["contents"]["value"];
    CHECK(text.find("**LOCAL-TERM-NON-ENGAGING** (error): avoid \"non-engaging\"") == 0);
    CHECK(text.find("What LOCAL-TERM-NON-ENGAGING finds. Why it matters.") != std::string::npos);
    CHECK(text.find("> Record what the family did, not a label for them.\n\n— A council's local "
                    "procedures (tests only), 7.1 Recording") != std::string::npos);
    const json on_heading = session.request("textDocument/hover", session.position(33, 4));
    const std::string section = on_heading["result"]["contents"]["value"];
    CHECK(section.find("**Contingency plan**: required") == 0);
    CHECK(section.find("- `Owner:` a person") != std::string::npos);
    CHECK(session.request("textDocument/hover", session.position(11, 0))["result"].is_null());
}

TEST_CASE("server: completion from the pack and the document") {
    Session session;
    session.start();
    auto complete = [&](int line, int character) {
        return labels(
            session.request("textDocument/completion", session.position(line, character)));
    };
    using Catch::Matchers::VectorContains;
    // Owner: the people named in the attendance.
    const auto owners = complete(41, 11);
    CHECK_THAT(owners, VectorContains(std::string("Karen Doyle")));
    CHECK_THAT(owners, VectorContains(std::string("Fiona Watt")));
    CHECK_THAT(complete(28, 14), VectorContains(std::string("do not share"))); // Decision:
    CHECK_THAT(complete(1, 0), VectorContains(std::string("significant-issues")));
    CHECK_THAT(complete(1, 10), VectorContains(std::string("child-plan"))); // document:
    CHECK_THAT(complete(6, 5), VectorContains(std::string("yes")));         // cso:
    CHECK_THAT(complete(12, 3), VectorContains(std::string("Contingency plan")));
    // Field keys of the section the line is in, with what is typed replaced.
    const json keys = session.request("textDocument/completion", session.position(36, 4));
    CHECK_THAT(labels(keys), VectorContains(std::string("Trigger")));
    for (const json& item : keys["result"]["items"])
        if (item["label"] == "Trigger")
            CHECK(item["textEdit"] ==
                  json({{"range", range(36, 4, 36, 4)}, {"newText", "Trigger: "}}));
}

TEST_CASE("server: quick fixes that are mechanical") {
    Session session;
    session.start();
    auto actions = [&](int line) {
        return session.request("textDocument/codeAction",
                               {{"textDocument", {{"uri", uri}}},
                                {"range", range(line, 0, line, 0)},
                                {"context", {{"diagnostics", json::array()}}}})["result"];
    };
    const json date = actions(42);
    REQUIRE(date.size() == 2);
    CHECK(date[0]["title"] == "Write the date as 4 December 2026");
    CHECK(date[0]["edit"]["documentChanges"][0]["edits"][0] ==
          json({{"range", range(42, 9, 42, 17)}, {"newText", "4 December 2026"}}));
    CHECK(date[1]["title"] == "Suppress DATE-INVALID here, with a reason to give");
    // Under the `## Actions` heading (line 39).
    CHECK(date[1]["edit"]["documentChanges"][0]["edits"][0] ==
          json({{"range", range(40, 0, 40, 0)},
                {"newText", "<!-- cpdoc-disable DATE-INVALID: -->\n"}}));
    const json term = actions(24);
    REQUIRE(term.size() == 2);
    CHECK(term[0]["title"] == "Replace \"non-engaging\" with \"has not attended\"");
    CHECK(term[0]["edit"]["documentChanges"][0]["edits"][0] ==
          json({{"range", range(24, 51, 24, 63)}, {"newText", "has not attended"}}));
}

TEST_CASE("server: a missing section is added as a skeleton of its fields") {
    Session session;
    std::string without = minutes;
    const auto start = without.find("## Contingency plan");
    without.erase(start, without.find("## Actions") - start);
    session.start(without);
    const json list = session.published()[0]["diagnostics"];
    int line = -1;
    for (const json& d : list)
        if (d["code"] == "CONTINGENCY-MISSING")
            line = d["range"]["start"]["line"];
    REQUIRE(line >= 0);
    const json actions =
        session.request("textDocument/codeAction", {{"textDocument", {{"uri", uri}}},
                                                    {"range", range(line, 0, line, 0)},
                                                    {"context", json::object()}})["result"];
    REQUIRE(actions.size() >= 1);
    CHECK(actions[0]["title"] == "Add the `Contingency plan` section");
    const json edit = actions[0]["edit"]["documentChanges"][0]["edits"][0];
    CHECK(edit["newText"] == "\n## Contingency plan\n- {{ title }}\n  - Trigger: {{ trigger }}\n"
                             "  - Response: {{ response }}\n  - Owner: {{ owner }}\n");
}

TEST_CASE("server: the lifecycle and errors as the protocol says") {
    Session session;
    SECTION("before initialize") {
        CHECK(session.request("textDocument/hover", session.position(0, 0))["error"]["code"] ==
              server_not_initialized);
    }
    SECTION("unknown request, unknown notification, unreadable message") {
        session.start();
        session.sent.clear();
        CHECK(session.request("textDocument/rename", json::object())["error"]["code"] ==
              method_not_found);
        session.notify("$/setTrace", {{"value", "off"}});
        session.notify("custom/thing", json::object());
        CHECK(session.sent.size() == 1);
        session.server.handle(Incoming{nullptr, parse_error, "a message that is not JSON"},
                              session.now);
        CHECK(
            session.sent.back() ==
            json({{"jsonrpc", "2.0"},
                  {"id", nullptr},
                  {"error", {{"code", parse_error}, {"message", "a message that is not JSON"}}}}));
        CHECK(session.request("textDocument/hover", {{"position", 3}})["error"]["code"] ==
              invalid_params);
    }
    SECTION("a cancelled request is answered as cancelled") {
        session.start();
        session.server.cancel(99);
        session.message({{"jsonrpc", "2.0"},
                         {"id", 99},
                         {"method", "textDocument/hover"},
                         {"params", session.position(24, 55)}});
        CHECK(session.sent.back()["error"]["code"] == request_cancelled);
    }
    SECTION("close clears the diagnostics") {
        session.start();
        session.notify("textDocument/didClose", {{"textDocument", {{"uri", uri}}}});
        CHECK(session.published().back() == json({{"uri", uri}, {"diagnostics", json::array()}}));
    }
    SECTION("a configuration change re-checks the open documents") {
        session.start();
        session.notify("workspace/didChangeWatchedFiles", {{"changes", json::array()}});
        CHECK(session.workspace.reloads == 1);
        session.server.publish_due(session.now);
        CHECK(session.published().size() == 2);
    }
    SECTION("shutdown then exit is 0; exit alone is 1; requests after shutdown are refused") {
        session.start();
        CHECK(session.request("shutdown")["result"].is_null());
        CHECK(session.request("textDocument/hover", session.position(0, 0))["error"]["code"] ==
              invalid_request);
        CHECK_FALSE(session.server.exit_code());
        session.notify("exit", json::object());
        CHECK(session.server.exit_code() == 0);
        Session other;
        other.start();
        other.notify("exit", json::object());
        CHECK(other.server.exit_code() == 1);
    }
    SECTION("Markdown without `document:` is not checked") {
        session.start("# Notes\n\nNothing here.\n");
        CHECK(session.published()[0]["diagnostics"].empty());
    }
}
