#include "lsp/message_writer.hpp"

#include <cerrno>
#include <unistd.h>

namespace cpdoc::lsp {

std::string framed(const nlohmann::json& message) {
    // Invalid UTF-8 cannot reach here from a document (decode_source refuses it), but a
    // client's own strings are echoed in errors: replace rather than throw.
    const std::string body = message.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    return "Content-Length: " + std::to_string(body.size()) + "\r\n\r\n" + body;
}

bool MessageWriter::send(const nlohmann::json& message) {
    const std::string bytes = framed(message);
    const std::lock_guard lock(mutex_);
    std::size_t written = 0;
    while (written < bytes.size()) {
        const ssize_t n = ::write(fd_, bytes.data() + written, bytes.size() - written);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        written += static_cast<std::size_t>(n);
    }
    return true;
}

} // namespace cpdoc::lsp
