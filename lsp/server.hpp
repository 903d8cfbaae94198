// The language server's state and what it does with each message: the lifecycle
// (initialize, shutdown, exit), the open documents, and the requests, each answered by its
// feature's handler. It does no I/O of its own: messages go out through `send`, and
// server_loop feeds it what stdin brings.
#pragma once

#include "lsp/analysis.hpp"
#include "lsp/message_reader.hpp"
#include "lsp/open_documents.hpp"
#include "lsp/workspace.hpp"

#include <nlohmann/json.hpp>

#include <chrono>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>

namespace cpdoc::lsp {

using Clock = std::chrono::steady_clock;

struct ServerOptions {
    std::string version;                    // serverInfo
    std::chrono::milliseconds debounce{15}; // from a change to its check
};

class Server {
public:
    using Send = std::function<void(const nlohmann::json&)>;
    Server(Workspace& workspace, Send send, ServerOptions options = {});

    void handle(const Incoming& incoming, Clock::time_point now);
    // A request the client has cancelled before it was answered: answered as cancelled.
    void cancel(const nlohmann::json& id);
    // Checks the documents whose changes have waited out the debounce, and publishes what
    // was found.
    void publish_due(Clock::time_point now);
    std::optional<Clock::time_point> next_due() const;
    // Set once `exit` has come: 0 after a shutdown, 1 without one.
    std::optional<int> exit_code() const { return exit_code_; }

private:
    struct Tracked {
        std::shared_ptr<const Analysis> analysis; // of the text at some version
        std::optional<Clock::time_point> due;     // a change waits to be checked
    };

    void request(const nlohmann::json& id, const std::string& method, const nlohmann::json& params);
    void notification(const std::string& method, const nlohmann::json& params,
                      Clock::time_point now);
    nlohmann::json answer(const std::string& method, const nlohmann::json& params);
    nlohmann::json initialize(const nlohmann::json& params);
    void respond_error(const nlohmann::json& id, int code, const std::string& message);
    // The analysis of the document's current text, checking it (and publishing) when stale.
    const Analysis* current(const std::string& uri);
    void check_and_publish(const std::string& uri);
    void recheck_all(Clock::time_point now);

    Workspace& workspace_;
    Send send_;
    ServerOptions options_;
    OpenDocuments documents_;
    std::map<std::string, Tracked> tracked_;
    std::set<std::string> cancelled_; // ids, as JSON text
    bool initialized_ = false;
    bool shut_down_ = false;
    bool watch_dynamically_ = false; // the client lets us register file watchers
    int next_request_id_ = 1;
    std::optional<int> exit_code_;
};

} // namespace cpdoc::lsp
