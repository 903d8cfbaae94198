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

// The Content-Length a header block gives, or none when it gives none that is a number.
std::optional<std::size_t> content_length(std::string_view headers) {
    std::optional<std::size_t> length;
    while (!headers.empty()) {
        const std::size_t end = std::min(headers.find("\r\n"), headers.size());
        const std::string_view line = headers.substr(0, end);
        headers.remove_prefix(std::min(headers.size(), end + 2));
        const std::size_t colon = line.find(':');
        if (colon == std::string_view::npos || !same_name(line.substr(0, colon), "Content-Length"))
            continue;
        const std::string_view value = trimmed(line.substr(colon + 1));
        std::size_t parsed = 0;
        const auto [rest, error] =
            std::from_chars(value.data(), value.data() + value.size(), parsed);
        if (error != std::errc() || rest != value.data() + value.size() || value.empty())
            return std::nullopt;
        length = parsed;
    }
    return length;
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
    const auto length = content_length(std::string_view(buffer_).substr(0, end));
    buffer_.erase(0, end + header_end.size());
    if (!length) {
        out.push_back({nullptr, parse_error, "a message without a Content-Length header"});
        return;
    }
    if (*length > max_body_) {
        out.push_back({nullptr, parse_error,
                       "a message of " + std::to_string(*length) + " bytes, over the limit of " +
                           std::to_string(max_body_) + ": passed over"});
        skipping_ = *length;
        return;
    }
    in_body_ = true;
    body_length_ = *length;
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
