#include "config_shape.hpp"

#include <vector>

namespace cpdoc {
namespace {

// Reads TOML's tokens only as far as the limits need: strings and comments are stepped over
// (their brackets and dots are text), brackets are counted, and a key's dots are counted.
class ShapeScanner {
public:
    ShapeScanner(std::string_view text, const std::filesystem::path& file)
        : text_(text), file_(file) {}

    std::optional<std::string> scan() {
        if (text_.size() > max_config_text_bytes)
            return error_at(0, "the file is " + std::to_string(text_.size()) +
                                   " bytes; a config may be at most " +
                                   std::to_string(max_config_text_bytes / 1024) + " KiB");
        while (at_ < text_.size()) {
            const std::size_t start = at_;
            const char c = text_[at_++];
            switch (c) {
            case '\n':
                line_has_token_ = false;
                if (open_.empty())
                    start_key();
                continue;
            case ' ':
            case '\t':
            case '\r':
                continue;
            case '#':
                skip_to_line_end();
                continue;
            case '"':
            case '\'':
                skip_string(c);
                break;
            case '[':
                if (open_.empty() && !line_has_token_) {
                    const bool array_of_tables = at_ < text_.size() && text_[at_] == '[';
                    at_ += array_of_tables ? 1 : 0;
                    open_.push_back(array_of_tables ? header_of_array : header);
                    start_key();
                } else {
                    open_.push_back('[');
                    in_key_ = false;
                }
                break;
            case '{':
                open_.push_back('{');
                start_key();
                break;
            case ']':
            case '}':
                if (!open_.empty()) {
                    if (open_.back() == header_of_array && at_ < text_.size() && text_[at_] == ']')
                        ++at_;
                    open_.pop_back();
                }
                in_key_ = false;
                break;
            case '=':
                in_key_ = false;
                break;
            case ',':
                if (!open_.empty() && open_.back() == '{')
                    start_key();
                break;
            case '.':
                if (in_key_ && ++key_parts_ > max_config_key_parts)
                    return error_at(start, "a key may have at most " +
                                               std::to_string(max_config_key_parts) +
                                               " dotted parts");
                break;
            default:
                break;
            }
            line_has_token_ = true;
            if (open_.size() > static_cast<std::size_t>(max_config_nesting))
                return error_at(start, "arrays, inline tables and tables may be nested at most " +
                                           std::to_string(max_config_nesting) + " deep");
        }
        return std::nullopt;
    }

private:
    static constexpr char header = 'h';
    static constexpr char header_of_array = 'H';

    void start_key() {
        in_key_ = true;
        key_parts_ = 1;
    }

    void skip_to_line_end() {
        while (at_ < text_.size() && text_[at_] != '\n')
            ++at_;
    }

    // After the opening quote. A basic string ("...") has escapes, a literal one ('...') has
    // none; tripled, either may span lines, and ends at the last quote of a run of them
    // (`"""a""""` holds `a"`), as toml++ reads it.
    void skip_string(char quote) {
        const bool multi_line =
            at_ + 1 < text_.size() && text_[at_] == quote && text_[at_ + 1] == quote;
        if (multi_line)
            at_ += 2;
        while (at_ < text_.size()) {
            const char c = text_[at_];
            if (quote == '"' && c == '\\') {
                at_ += 2;
                continue;
            }
            if (c == '\n' && !multi_line)
                return; // unterminated: the newline is read as one
            ++at_;
            if (c != quote)
                continue;
            if (!multi_line)
                return;
            std::size_t run = 1;
            while (at_ < text_.size() && text_[at_] == quote) {
                ++run;
                ++at_;
            }
            if (run >= 3)
                return;
        }
    }

    std::string error_at(std::size_t offset, const std::string& why) const {
        std::size_t line = 1, line_start = 0;
        for (std::size_t i = 0; i < offset && i < text_.size(); ++i)
            if (text_[i] == '\n') {
                ++line;
                line_start = i + 1;
            }
        return file_.string() + ":" + std::to_string(line) + ":" +
               std::to_string(offset - line_start + 1) + ": " + why;
    }

    std::string_view text_;
    const std::filesystem::path& file_;
    std::size_t at_ = 0;
    std::vector<char> open_; // '[' array, '{' inline table, or a table header
    bool in_key_ = true;
    int key_parts_ = 1;
    bool line_has_token_ = false;
};

} // namespace

std::optional<std::string> config_shape_error(std::string_view text,
                                              const std::filesystem::path& file) {
    return ShapeScanner(text, file).scan();
}

} // namespace cpdoc
