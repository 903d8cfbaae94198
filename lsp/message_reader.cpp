#include "lsp/message_reader.hpp"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <optional>

namespace cpdoc::lsp {
namespace {

constexpr std::string_view header_end = "\r\n\r\n";

bool same_name(std::string_view a, std::string_view b) {
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
               return std::tolower(static_cast<unsigned char>(x)) ==
                      std::tolower(static_cast<unsigned char>(y));
           });
}

std::string_view trimmed(std::string_view text) {
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t'))
        text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t'))
        text.remove_suffix(1);
    return text;
}

// Where the last "Content-Length" header name in the block starts, whatever its case.
std::optional<std::size_t> last_length_header(std::string_view block) {
    constexpr std::string_view name = "content-length";
    for (std::size_t at = block.size() >= name.size() ? block.size() - name.size() + 1 : 0;
         at-- > 0;)
        if (same_name(block.substr(at, name.size()), name))
            return at;
    return std::nullopt;
}

// The number a `Content-Length:` header at the start of the text gives; 0 (no frame has an
// empty body) when it gives none that is a number.
std::size_t length_value(std::string_view header) {
    std::string_view rest = trimmed(header.substr(std::string_view("content-length").size()));
    if (!rest.starts_with(':'))
        return 0;
    rest.remove_prefix(1);
    rest = trimmed(rest.substr(0, std::min(rest.find("\r\n"), rest.size())));
    std::size_t parsed = 0;
    const auto [end, error] = std::from_chars(rest.data(), rest.data() + rest.size(), parsed);
    if (error != std::errc() || end != rest.data() + rest.size())
        return 0;
    return parsed;
}

} // namespace

std::vector<Incoming> MessageReader::feed(std::string_view bytes) {
    std::vector<Incoming> out;
    buffer_.append(bytes);
    for (;;) {
        if (skipping_ > 0) {
            const std::size_t n = std::min(skipping_, buffer_.size());
            buffer_.erase(0, n);
            skipping_ -= n;
            if (skipping_ > 0)
                return out;
        }
        const std::size_t before = buffer_.size();
        const bool was_in_body = in_body_;
        if (in_body_)
            read_body(out);
        else
            read_header(out);
        if (buffer_.size() == before && in_body_ == was_in_body && skipping_ == 0)
            return out; // waiting for more bytes
    }
}

void MessageReader::read_header(std::vector<Incoming>& out) {
    const std::size_t end = buffer_.find(header_end);
    if (end == std::string::npos) {
        if (buffer_.size() > max_header_bytes) {
            out.push_back({nullptr, parse_error,
                           "a header longer than " + std::to_string(max_header_bytes) +
                               " bytes without a blank line after it: passed over"});
            buffer_.clear();
        }
        return;
    }
    const std::string_view block = std::string_view(buffer_).substr(0, end);
    // A frame whose length could not be read leaves its body in front of the next header:
    // the next frame starts at its Content-Length, and what stands before it is passed over,
    // so one bad frame (or headers ended by LF alone) does not make every later one unreadable.
    const auto header = last_length_header(block);
    const bool after_other_headers =
        header && (*header == 0 || block.substr(0, *header).ends_with("\r\n"));
    if (header && !after_other_headers && !resynchronising_)
        out.push_back({nullptr, parse_error,
                       "bytes that are no message before a Content-Length header: passed over"});
    const std::size_t length = header ? length_value(block.substr(*header)) : 0;
    buffer_.erase(0, end + header_end.size());
    resynchronising_ = length == 0;
    if (length == 0) {
        out.push_back({nullptr, parse_error,
                       header ? "a message whose Content-Length is not a number of bytes"
                              : "a message without a Content-Length header"});
        return;
    }
    if (length > max_body_) {
        out.push_back({nullptr, parse_error,
                       "a message of " + std::to_string(length) + " bytes, over the limit of " +
                           std::to_string(max_body_) + ": passed over"});
        skipping_ = length;
        return;
    }
    in_body_ = true;
    body_length_ = length;
}

void MessageReader::read_body(std::vector<Incoming>& out) {
    if (buffer_.size() < body_length_)
        return;
    nlohmann::json message = nlohmann::json::parse(
        buffer_.begin(), buffer_.begin() + static_cast<std::ptrdiff_t>(body_length_), nullptr,
        false);
    buffer_.erase(0, body_length_);
    in_body_ = false;
    if (message.is_discarded())
        out.push_back({nullptr, parse_error, "a message that is not JSON"});
    else if (!message.is_object())
        out.push_back({nullptr, invalid_request, "a message that is not a JSON object"});
    else
        out.push_back({std::move(message), 0, ""});
}

} // namespace cpdoc::lsp
