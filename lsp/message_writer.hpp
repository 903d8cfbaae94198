// Messages to the client: framed with their Content-Length, written whole, from any thread.
#pragma once

#include <nlohmann/json.hpp>

#include <mutex>
#include <string>

namespace cpdoc::lsp {

// The frame for one message, as the base protocol sends it.
std::string framed(const nlohmann::json& message);

class MessageWriter {
public:
    explicit MessageWriter(int fd) : fd_(fd) {}
    // False once the client has gone (the pipe closed).
    bool send(const nlohmann::json& message);

private:
    int fd_;
    std::mutex mutex_;
};

} // namespace cpdoc::lsp
