// The base protocol of LSP: messages framed by a `Content-Length` header, read from whatever
// bytes arrive, in pieces of any size. A frame that cannot be read is reported and skipped,
// and reading goes on; a body is never held beyond the size limit.
#pragma once

#include <nlohmann/json.hpp>

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace cpdoc::lsp {

// JSON-RPC error codes (LSP 3.17 section "ResponseMessage").
enum ErrorCode : int {
    parse_error = -32700,
    invalid_request = -32600,
    method_not_found = -32601,
    invalid_params = -32602,
    internal_error = -32603,
    server_not_initialized = -32002,
    request_cancelled = -32800,
};

struct Incoming {
    nlohmann::json message; // a JSON object, when the frame held one
    int error = 0;          // else the error code (parse_error, invalid_request)
    std::string why;        // and what was wrong
};

class MessageReader {
public:
    static constexpr std::size_t default_max_body = 64u << 20;
    static constexpr std::size_t max_header_bytes = 8192;

    explicit MessageReader(std::size_t max_body = default_max_body) : max_body_(max_body) {}

    // The messages (and unreadable frames) the bytes complete.
    std::vector<Incoming> feed(std::string_view bytes);

private:
    void read_header(std::vector<Incoming>& out);
    void read_body(std::vector<Incoming>& out);

    std::size_t max_body_;
    std::string buffer_;
    bool in_body_ = false;
    std::size_t body_length_ = 0;
    std::size_t skipping_ = 0; // bytes of a refused body still to pass over
    // The last header gave no length: its body, if any, is read as bytes before the next.
    bool resynchronising_ = false;
};

} // namespace cpdoc::lsp
