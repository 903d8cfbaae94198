// How long an editor waits for diagnostics after a change: runs `cpdoc lsp`, opens a document
// of 200 lines (the core group minutes example, its Actions padded with more),
// then changes one character at a time and times each change to its publishDiagnostics.
//   build/cpdoc-bench-lsp [CHANGES]       (run from the source directory)
#include "lsp_client.hpp"

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

using nlohmann::json;
using namespace std::chrono;

namespace {

// The example padded to 200 lines with actions, one in three given to someone the meeting
// did not name (an ACTION-OWNER-UNKNOWN each): a long document with findings to publish.
std::string two_hundred_lines(const std::string& example) {
    std::string text = example;
    std::size_t lines = static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n'));
    const std::size_t at = text.find("## Actions\n") + std::string("## Actions\n").size();
    std::string padding;
    for (int i = 0; lines < 200; ++i, lines += 3)
        padding += "- Phone the school about Ellie's attendance, week " + std::to_string(i + 1) +
                   "\n  - Owner: " + (i % 3 == 0 ? "Morag Pollock" : "Rachel Kerr") +
                   "\n  - Due: 2026-12-01\n";
    return text.insert(at, padding);
}

} // namespace

int main(int argc, char** argv) {
    const int changes = argc > 1 ? std::stoi(argv[1]) : 200;
    std::ifstream in("examples/core-group-minutes-lanarkshire.md");
    std::stringstream example;
    example << in.rdbuf();
    if (example.str().empty()) {
        std::cerr << "run from the source directory (examples/ is read)\n";
        return 2;
    }
    const std::string text = two_hundred_lines(example.str());
    const auto dir = std::filesystem::absolute("build/bench-lsp");
    std::filesystem::create_directories(dir);
    const std::string uri = "file://" + (dir / "minutes.md").string();
    cpdoc::test::LspClient client(std::filesystem::absolute("build/cpdoc").string(), {},
                                  dir.string(), (dir / "server.log").string());
    client.request("initialize", {{"capabilities", json::object()}});
    client.notify("initialized", json::object());
    client.notify("textDocument/didOpen",
                  {{"textDocument",
                    {{"uri", uri}, {"languageId", "markdown"}, {"version", 1}, {"text", text}}}});
    const auto first = client.diagnostics(uri, seconds(30));
    if (!first) {
        std::cerr << "no diagnostics for the opened document\n";
        return 1;
    }
    std::vector<double> ms;
    const int line = 150; // a padded action: a character appended, then removed
    for (int version = 2; version < changes + 2; ++version) {
        const bool add = version % 2 == 0;
        const json change = {{"range",
                              {{"start", {{"line", line}, {"character", 1}}},
                               {"end", {{"line", line}, {"character", add ? 1 : 2}}}}},
                             {"text", add ? "x" : ""}};
        const auto start = steady_clock::now();
        client.notify("textDocument/didChange",
                      {{"textDocument", {{"uri", uri}, {"version", version}}},
                       {"contentChanges", json::array({change})}});
        const auto published = client.diagnostics(uri, seconds(30));
        if (!published || (*published)["version"] != version) {
            std::cerr << "no diagnostics for version " << version << '\n';
            return 1;
        }
        ms.push_back(duration<double, std::milli>(steady_clock::now() - start).count());
    }
    client.request("shutdown", nullptr);
    client.notify("exit", nullptr);
    client.wait_exit(seconds(10), false);
    std::sort(ms.begin(), ms.end());
    const auto at = [&](double q) { return ms[static_cast<std::size_t>(q * (ms.size() - 1))]; };
    std::cout << "lines: " << std::count(text.begin(), text.end(), '\n')
              << ", diagnostics per change: " << (*first)["diagnostics"].size()
              << ", changes: " << ms.size() << '\n'
              << "change to diagnostics, ms: median " << at(0.5) << ", p95 " << at(0.95) << ", max "
              << ms.back() << " (debounce 15 ms included)\n";
    return 0;
}
