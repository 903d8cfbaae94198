#include "lsp/utf16.hpp"

#include "grammar/source_text.hpp"
#include "grammar/utf8.hpp"

#include <algorithm>

namespace cpdoc::lsp {
namespace {

// The length of the character at line[i]: a byte that is not valid UTF-8 counts alone, as an
// editor shows it (text from an editor is not decoded first).
std::size_t char_length(std::string_view line, std::size_t i) {
    return std::max<std::size_t>(1, utf8_sequence_length(line, i));
}

int utf16_units(std::size_t utf8_length) {
    return utf8_length == 4 ? 2 : 1;
}

} // namespace

std::size_t byte_at_column(std::string_view line, int column) {
    std::size_t i = 0;
    int at = 1;
    while (i < line.size()) {
        const std::size_t n = char_length(line, i);
        // decode_source reads these as nothing, so the grammar gave them no column.
        const bool reads_as_nothing = n > 1 && without_lookalikes(line.substr(i, n)).empty();
        if (!reads_as_nothing) {
            if (at >= column)
                return i;
            ++at;
        }
        i += n;
    }
    return line.size();
}

std::size_t byte_at_utf16(std::string_view line, int utf16) {
    std::size_t i = 0;
    int at = 0;
    while (i < line.size()) {
        const std::size_t n = char_length(line, i);
        at += utf16_units(n);
        if (at > utf16)
            return i;
        i += n;
    }
    return line.size();
}

int utf16_at_byte(std::string_view line, std::size_t byte) {
    int at = 0;
    std::size_t i = 0;
    while (i < line.size()) {
        const std::size_t n = char_length(line, i);
        if (i + n > byte)
            break;
        at += utf16_units(n);
        i += n;
    }
    return at;
}

int utf16_length(std::string_view text) {
    return utf16_at_byte(text, text.size());
}

} // namespace cpdoc::lsp
