#include "lsp_client.hpp"

#include "lsp/message_writer.hpp"

#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <poll.h>
#include <spawn.h>
#include <stdexcept>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

extern char** environ;

namespace cpdoc::test {

LspClient::LspClient(const std::string& binary, const std::vector<std::string>& args,
                     const std::string& directory, const std::string& log) {
    std::signal(SIGPIPE, SIG_IGN);
    std::vector<std::string> storage = {binary, "lsp"};
    storage.insert(storage.end(), args.begin(), args.end());
    std::vector<char*> argv;
    for (std::string& arg : storage)
        argv.push_back(arg.data());
    argv.push_back(nullptr);
    int in[2], out[2];
    if (pipe2(in, O_CLOEXEC) != 0 || pipe2(out, O_CLOEXEC) != 0)
        throw std::runtime_error("pipe");
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, in[0], 0);
    posix_spawn_file_actions_adddup2(&actions, out[1], 1);
    posix_spawn_file_actions_addopen(&actions, 2, log.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    if (!directory.empty())
        posix_spawn_file_actions_addchdir_np(&actions, directory.c_str());
    const int spawned = posix_spawn(&pid_, argv[0], &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    close(in[0]);
    close(out[1]);
    to_server_ = in[1];
    from_server_ = out[0];
    if (spawned != 0)
        throw std::runtime_error("cannot run " + binary);
}

LspClient::~LspClient() {
    if (to_server_ >= 0)
        close(to_server_);
    if (pid_ > 0) {
        kill(pid_, SIGKILL);
        waitpid(pid_, nullptr, 0);
    }
    close(from_server_);
}

void LspClient::send_bytes(const std::string& bytes) {
    std::size_t written = 0;
    while (written < bytes.size()) {
        const ssize_t n = write(to_server_, bytes.data() + written, bytes.size() - written);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            throw std::runtime_error("the server closed its input");
        written += static_cast<std::size_t>(n);
    }
}

void LspClient::send(const nlohmann::json& message) {
    send_bytes(lsp::framed(message));
}

void LspClient::notify(const std::string& method, const nlohmann::json& params) {
    send({{"jsonrpc", "2.0"}, {"method", method}, {"params", params}});
}

int LspClient::send_request(const std::string& method, const nlohmann::json& params) {
    const int id = next_id_++;
    send({{"jsonrpc", "2.0"}, {"id", id}, {"method", method}, {"params", params}});
    return id;
}

nlohmann::json LspClient::request(const std::string& method, const nlohmann::json& params,
                                  std::chrono::milliseconds timeout) {
    const int id = send_request(method, params);
    const auto response = wait_for(
        [&](const nlohmann::json& message) {
            return message.contains("id") && message["id"] == id && !message.contains("method");
        },
        timeout);
    if (!response)
        throw std::runtime_error("no response to " + method);
    return *response;
}

bool LspClient::read_more(std::chrono::steady_clock::time_point deadline) {
    const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
        deadline - std::chrono::steady_clock::now());
    if (left.count() <= 0)
        return false;
    pollfd ready{from_server_, POLLIN, 0};
    if (poll(&ready, 1, static_cast<int>(left.count())) <= 0)
        return false;
    char chunk[65536];
    const ssize_t n = read(from_server_, chunk, sizeof chunk);
    if (n <= 0)
        return false;
    for (lsp::Incoming& incoming :
         reader_.feed(std::string_view(chunk, static_cast<std::size_t>(n))))
        received_.push_back(incoming.error == 0 ? std::move(incoming.message)
                                                : nlohmann::json{{"unreadable", incoming.why}});
    return true;
}

std::optional<nlohmann::json>
LspClient::wait_for(const std::function<bool(const nlohmann::json&)>& wanted,
                    std::chrono::milliseconds timeout) {
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    std::size_t looked = 0;
    for (;;) {
        for (; looked < received_.size(); ++looked)
            if (wanted(received_[looked])) {
                nlohmann::json found = std::move(received_[looked]);
                received_.erase(received_.begin() + static_cast<std::ptrdiff_t>(looked));
                return found;
            }
        if (!read_more(deadline))
            return std::nullopt;
    }
}

std::optional<nlohmann::json> LspClient::diagnostics(const std::string& uri,
                                                     std::chrono::milliseconds timeout) {
    const auto message = wait_for(
        [&](const nlohmann::json& m) {
            return m.value("method", "") == "textDocument/publishDiagnostics" &&
                   m["params"].value("uri", "") == uri;
        },
        timeout);
    if (!message)
        return std::nullopt;
    return (*message)["params"];
}

int LspClient::wait_exit(std::chrono::milliseconds timeout, bool close_input) {
    if (close_input && to_server_ >= 0) {
        close(to_server_);
        to_server_ = -1;
    }
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    int status = 0;
    while (waitpid(pid_, &status, WNOHANG) == 0) {
        if (std::chrono::steady_clock::now() > deadline)
            return -1;
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
    pid_ = -1;
    return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

nlohmann::json text_document(const std::string& uri) {
    return {{"uri", uri}};
}

} // namespace cpdoc::test
