// `cpdoc lsp` driven over pipes as an editor drives it: initialize, open a document with
// findings, hover, complete, apply a quick fix and see its diagnostic go, shut down.
#include "lsp_client.hpp"
#include "support.hpp"

#include <catch2/catch.hpp>

#include <fstream>

using namespace cpdoc;
using nlohmann::json;
using namespace std::chrono_literals;

namespace {

const std::string minutes = R"(---
document: core-group-minutes
policy: test-all-rules
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
wants her gran — and Zoë — to visit on Sundays.

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

json range(int line, int start, int end) {
    return {{"start", {{"line", line}, {"character", start}}},
            {"end", {{"line", line}, {"character", end}}}};
}

std::vector<std::string> codes(const json& diagnostics) {
    std::vector<std::string> out;
    for (const json& d : diagnostics["diagnostics"])
        out.push_back(d["code"].get<std::string>() + "@" + d["range"].dump());
    return out;
}

} // namespace

TEST_CASE("cpdoc lsp over pipes: diagnostics, hover, completion, a quick fix, shutdown") {
    // scratch_dir's .cpdoc.toml adds the test packs: the server finds it as check does.
    const auto dir = test::scratch_dir("lsp-pipe");
    const std::string path = test::write_file(dir / "minutes.md", minutes);
    const std::string uri = "file://" + path;
    test::LspClient client(CPDOC_BINARY, {"--stdio"}, dir.string(), (dir / "server.log").string());

    const json init = client.request("initialize", {{"processId", nullptr},
                                                    {"rootUri", "file://" + dir.string()},
                                                    {"capabilities", json::object()}});
    CHECK(init["result"]["capabilities"]["textDocumentSync"]["change"] == 2);
    CHECK(init["result"]["serverInfo"]["name"] == "cpdoc");
    client.notify("initialized", json::object());
    client.notify(
        "textDocument/didOpen",
        {{"textDocument",
          {{"uri", uri}, {"languageId", "markdown"}, {"version", 1}, {"text", minutes}}}});
    const auto opened = client.diagnostics(uri, 20s);
    REQUIRE(opened);
    CHECK(codes(*opened) ==
          std::vector<std::string>{"ACTION-OWNER-UNKNOWN@" + range(41, 11, 22).dump(),
                                   "DATE-INVALID@" + range(42, 9, 17).dump()});
    CHECK((*opened)["diagnostics"][0]["codeDescription"]["href"] ==
          "https://github.com/cpdoc/cpdoc/blob/main/docs/rules.md#action-owner-unknown");

    const json hover =
        client.request("textDocument/hover", {{"textDocument", {{"uri", uri}}},
                                              {"position", {{"line", 41}, {"character", 14}}}});
    const std::string shown = hover["result"]["contents"]["value"];
    CHECK(shown.find("**ACTION-OWNER-UNKNOWN** (error): `Karen Boyle` is not named in the "
                     "attendance: did you mean `Karen Doyle`?") == 0);

    const json completion = client.request(
        "textDocument/completion",
        {{"textDocument", {{"uri", uri}}}, {"position", {{"line", 41}, {"character", 11}}}});
    std::vector<std::string> people;
    for (const json& item : completion["result"]["items"])
        people.push_back(item["label"]);
    CHECK(people == std::vector<std::string>{"Fiona Watt", "Karen Doyle", "Neil Shaw"});

    const json actions =
        client.request("textDocument/codeAction", {{"textDocument", {{"uri", uri}}},
                                                   {"range", range(42, 9, 9)},
                                                   {"context", {{"diagnostics", json::array()}}}});
    REQUIRE(actions["result"].size() >= 1);
    const json& fix = actions["result"][0];
    CHECK(fix["title"] == "Write the date as 4 December 2026");
    const json& edit = fix["edit"]["documentChanges"][0];
    CHECK(edit["textDocument"]["version"] == 1);
    // The editor applies the edit and says so with a change.
    client.notify(
        "textDocument/didChange",
        {{"textDocument", {{"uri", uri}, {"version", 2}}},
         {"contentChanges",
          {{{"range", edit["edits"][0]["range"]}, {"text", edit["edits"][0]["newText"]}}}}});
    const auto changed = client.diagnostics(uri, 20s);
    REQUIRE(changed);
    CHECK((*changed)["version"] == 2);
    CHECK(codes(*changed) ==
          std::vector<std::string>{"ACTION-OWNER-UNKNOWN@" + range(41, 11, 22).dump()});

    CHECK(client.request("shutdown", nullptr)["result"].is_null());
    client.notify("exit", nullptr);
    CHECK(client.wait_exit(10s, false) == 0);
}

TEST_CASE("cpdoc lsp over pipes: garbage, unknown methods and a lost editor") {
    const auto dir = test::scratch_dir("lsp-pipe-garbage");
    test::LspClient client(CPDOC_BINARY, {}, dir.string(), (dir / "server.log").string());
    client.send_bytes("Content-Length: 5\r\n\r\n{nope");
    const auto parse = client.wait_for([](const json& m) { return m.contains("error"); }, 10s);
    REQUIRE(parse);
    CHECK((*parse)["error"]["code"] == -32700);
    CHECK((*parse)["id"].is_null());
    client.send_bytes("Content-Length: 99999999999\r\n\r\n");
    const auto huge = client.wait_for([](const json& m) { return m.contains("error"); }, 10s);
    REQUIRE(huge);
    CHECK((*huge)["error"]["code"] == -32700);
    // The huge body is still being passed over: the server answers nothing until it ends, and
    // an editor that goes away leaves it to exit with 1.
    CHECK(client.wait_exit(10s) == 1);

    test::LspClient second(CPDOC_BINARY, {}, dir.string(), (dir / "server2.log").string());
    second.request("initialize", {{"capabilities", json::object()}});
    CHECK(second.request("workspace/symbol", {{"query", ""}})["error"]["code"] == -32601);
    second.notify("exit", nullptr); // without shutdown
    CHECK(second.wait_exit(10s, false) == 1);
}
