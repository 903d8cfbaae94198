// An editor's side of the language server, for the pipe test and the latency benchmark:
// runs `cpdoc lsp` as a child process and talks to it over pipes, as an editor does.
#pragma once

#include "lsp/message_reader.hpp"

#include <nlohmann/json.hpp>

#include <chrono>
#include <deque>
#include <functional>
#include <optional>
#include <string>
#include <sys/types.h>
#include <vector>

namespace cpdoc::test {

class LspClient {
public:
    // Runs `binary lsp ARGS...` in `directory` (empty: here); its stderr goes to `log`.
    LspClient(const std::string& binary, const std::vector<std::string>& args,
              const std::string& directory, const std::string& log);
    ~LspClient(); // kills the server if it still runs
    LspClient(const LspClient&) = delete;
    LspClient& operator=(const LspClient&) = delete;

    void send(const nlohmann::json& message);
    void send_bytes(const std::string& bytes);
    void notify(const std::string& method, const nlohmann::json& params);
    // Sends a request and waits for its response (what else comes meanwhile is kept).
    nlohmann::json request(const std::string& method, const nlohmann::json& params,
                           std::chrono::milliseconds timeout = std::chrono::seconds(20));
    int send_request(const std::string& method, const nlohmann::json& params);
    // The next message matching `wanted`, taken from what came before or waited for; none
    // when none comes in time.
    std::optional<nlohmann::json> wait_for(const std::function<bool(const nlohmann::json&)>& wanted,
                                           std::chrono::milliseconds timeout);
    // The next publishDiagnostics for `uri`.
    std::optional<nlohmann::json> diagnostics(const std::string& uri,
                                              std::chrono::milliseconds timeout);
    // Closes the server's standard input and waits for it to exit: its status, or -1 when it
    // has not exited in time (it is then killed).
    int wait_exit(std::chrono::milliseconds timeout, bool close_input = true);

private:
    bool read_more(std::chrono::steady_clock::time_point deadline);

    pid_t pid_ = -1;
    int to_server_ = -1;
    int from_server_ = -1;
    int next_id_ = 1;
    lsp::MessageReader reader_;
    std::deque<nlohmann::json> received_;
};

// A didOpen/didChange/hover parameter helper: the text document identifier.
nlohmann::json text_document(const std::string& uri);

} // namespace cpdoc::test
