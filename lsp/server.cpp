#include "lsp/server.hpp"

#include "lsp/code_actions.hpp"
#include "lsp/completion.hpp"
#include "lsp/diagnostics.hpp"
#include "lsp/hover.hpp"
#include "pipeline/document_files.hpp"

namespace cpdoc::lsp {
namespace {

using nlohmann::json;

TextPosition read_position(const json& params) {
    const json& position = params.at("position");
    return {position.at("line").get<int>(), position.at("character").get<int>()};
}

TextRange read_range(const json& range) {
    return {{range.at("start").at("line").get<int>(), range.at("start").at("character").get<int>()},
            {range.at("end").at("line").get<int>(), range.at("end").at("character").get<int>()}};
}

const std::string& document_uri(const json& params) {
    return params.at("textDocument").at("uri").get_ref<const std::string&>();
}

// Markdown by the editor's word or the file's name: only these are documents to check.
bool markdown_document(const std::string& uri, const std::string& language) {
    return language == "markdown" || markdown_name(uri_path(uri));
}

bool valid_id(const json& id) {
    return id.is_string() || id.is_number_integer();
}

} // namespace

Server::Server(Workspace& workspace, Send send, ServerOptions options)
    : workspace_(workspace), send_(std::move(send)), options_(std::move(options)) {}

void Server::respond_error(const json& id, int code, const std::string& message) {
    send_({{"jsonrpc", "2.0"}, {"id", id}, {"error", {{"code", code}, {"message", message}}}});
}

void Server::cancel(const json& id) {
    if (valid_id(id))
        cancelled_.insert(id.dump());
}

void Server::handle(const Incoming& incoming, Clock::time_point now) {
    if (incoming.error != 0) {
        respond_error(nullptr, incoming.error, incoming.why);
        return;
    }
    const json& message = incoming.message;
    const json id = message.contains("id") ? message["id"] : json();
    const bool has_method = message.contains("method") && message["method"].is_string();
    if (!has_method) {
        if (!message.contains("id")) // a response to a request of ours has an id: ignored
            respond_error(nullptr, invalid_request, "a message with neither a method nor an id");
        return;
    }
    const std::string& method = message["method"].get_ref<const std::string&>();
    const json params = message.contains("params") ? message["params"] : json::object();
    if (!message.contains("id")) {
        try {
            notification(method, params, now);
        } catch (const std::exception&) {
            // A malformed notification cannot be answered: it is dropped, as unknown ones are.
        }
        return;
    }
    if (!valid_id(id)) {
        respond_error(nullptr, invalid_request, "a request id must be a number or a string");
        return;
    }
    if (cancelled_.erase(id.dump()) > 0) {
        respond_error(id, request_cancelled, "cancelled");
        return;
    }
    try {
        request(id, method, params);
    } catch (const json::exception& error) {
        respond_error(id, invalid_params, std::string("invalid params: ") + error.what());
    } catch (const std::exception& error) {
        respond_error(id, internal_error, error.what());
    }
}

void Server::request(const json& id, const std::string& method, const json& params) {
    if (method == "initialize") {
        if (initialized_)
            return respond_error(id, invalid_request, "initialize was already sent");
        initialized_ = true;
        send_({{"jsonrpc", "2.0"}, {"id", id}, {"result", initialize(params)}});
        return;
    }
    if (!initialized_)
        return respond_error(id, server_not_initialized, "initialize first");
    if (shut_down_)
        return respond_error(id, invalid_request, "the server is shutting down");
    if (method == "shutdown") {
        shut_down_ = true;
        send_({{"jsonrpc", "2.0"}, {"id", id}, {"result", nullptr}});
        return;
    }
    const json result = answer(method, params);
    if (result.is_discarded())
        return respond_error(id, method_not_found, "unknown method " + method);
    send_({{"jsonrpc", "2.0"}, {"id", id}, {"result", result}});
}

json Server::answer(const std::string& method, const json& params) {
    if (method == "textDocument/hover") {
        const Analysis* analysis = current(document_uri(params));
        return analysis ? hover(*analysis, read_position(params), workspace_) : json();
    }
    if (method == "textDocument/completion") {
        const Analysis* analysis = current(document_uri(params));
        return analysis ? completion(*analysis, read_position(params)) : json();
    }
    if (method == "textDocument/codeAction") {
        const std::string& uri = document_uri(params);
        const Analysis* analysis = current(uri);
        return analysis ? code_actions(uri, *analysis, read_range(params.at("range")))
                        : json::array();
    }
    return json(json::value_t::discarded);
}

json Server::initialize(const json& params) {
    const json* watched = nullptr;
    if (params.contains("capabilities") && params["capabilities"].contains("workspace") &&
        params["capabilities"]["workspace"].contains("didChangeWatchedFiles"))
        watched = &params["capabilities"]["workspace"]["didChangeWatchedFiles"];
    watch_dynamically_ = watched != nullptr && watched->value("dynamicRegistration", false);
    return {{"capabilities",
             {{"positionEncoding", "utf-16"},
              {"textDocumentSync", {{"openClose", true}, {"change", 2}}},
              {"hoverProvider", true},
              {"completionProvider", {{"triggerCharacters", {":", "#", " "}}}},
              {"codeActionProvider", {{"codeActionKinds", {"quickfix"}}}}}},
            {"serverInfo", {{"name", "cpdoc"}, {"version", options_.version}}}};
}

void Server::notification(const std::string& method, const json& params, Clock::time_point now) {
    if (method == "exit") {
        exit_code_ = shut_down_ ? 0 : 1;
        return;
    }
    if (!initialized_ || shut_down_)
        return;
    if (method == "initialized") {
        if (watch_dynamically_) {
            // Configuration and local packs: a change to either re-checks open documents.
            const json watchers = {{{"globPattern", "**/.cpdoc.toml"}},
                                   {{"globPattern", "**/*.xml"}}};
            send_({{"jsonrpc", "2.0"},
                   {"id", "cpdoc-watch-" + std::to_string(next_request_id_++)},
                   {"method", "client/registerCapability"},
                   {"params",
                    {{"registrations",
                      {{{"id", "cpdoc-configuration"},
                        {"method", "workspace/didChangeWatchedFiles"},
                        {"registerOptions", {{"watchers", watchers}}}}}}}}});
        }
    } else if (method == "textDocument/didOpen") {
        const json& item = params.at("textDocument");
        const std::string uri = item.at("uri").get<std::string>();
        const std::string language = item.value("languageId", "");
        if (!markdown_document(uri, language))
            return;
        documents_.open(uri, language, item.value("version", 0),
                        item.at("text").get<std::string>());
        tracked_[uri] = {nullptr, now};
    } else if (method == "textDocument/didChange") {
        const std::string& uri = document_uri(params);
        OpenDocument* document = documents_.find(uri);
        if (document == nullptr)
            return;
        if (OpenDocuments::apply(*document, params["textDocument"].value("version", 0),
                                 params.at("contentChanges"))) {
            Tracked& tracked = tracked_[uri];
            // The first change since the last check sets when the check runs; later ones
            // ride along, so a flood of changes is checked at its latest text, not once each.
            if (!tracked.due)
                tracked.due = now + options_.debounce;
        }
    } else if (method == "textDocument/didClose") {
        const std::string& uri = document_uri(params);
        if (documents_.find(uri) == nullptr)
            return;
        documents_.close(uri);
        tracked_.erase(uri);
        send_({{"jsonrpc", "2.0"},
               {"method", "textDocument/publishDiagnostics"},
               {"params", {{"uri", uri}, {"diagnostics", json::array()}}}});
    } else if (method == "workspace/didChangeWatchedFiles" ||
               method == "workspace/didChangeConfiguration") {
        recheck_all(now);
    }
    // Any other notification is ignored, as the protocol allows: $/cancelRequest included,
    // which server_loop reads ahead of the requests it cancels (cancel).
}

void Server::recheck_all(Clock::time_point now) {
    workspace_.reload();
    for (auto& [uri, tracked] : tracked_) {
        tracked.analysis = nullptr;
        tracked.due = now;
    }
}

void Server::check_and_publish(const std::string& uri) {
    OpenDocument* document = documents_.find(uri);
    Tracked& tracked = tracked_[uri];
    tracked.due.reset();
    tracked.analysis = analyse(*document, workspace_);
    send_({{"jsonrpc", "2.0"},
           {"method", "textDocument/publishDiagnostics"},
           {"params", diagnostics(uri, *tracked.analysis, workspace_)}});
}

const Analysis* Server::current(const std::string& uri) {
    const OpenDocument* document = documents_.find(uri);
    if (document == nullptr)
        return nullptr;
    Tracked& tracked = tracked_[uri];
    if (!tracked.analysis || tracked.due || tracked.analysis->text != document->text)
        check_and_publish(uri);
    return tracked.analysis.get();
}

void Server::publish_due(Clock::time_point now) {
    for (auto& [uri, tracked] : tracked_)
        if (tracked.due && *tracked.due <= now)
            check_and_publish(uri);
}

std::optional<Clock::time_point> Server::next_due() const {
    std::optional<Clock::time_point> next;
    for (const auto& [uri, tracked] : tracked_)
        if (tracked.due && (!next || *tracked.due < *next))
            next = tracked.due;
    return next;
}

} // namespace cpdoc::lsp
