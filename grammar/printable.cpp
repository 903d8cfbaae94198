#include "printable.hpp"

#include "utf8.hpp"

namespace cpdoc {
namespace {

void append_escape(std::string& out, std::string_view prefix, unsigned value) {
    constexpr std::string_view digits = "0123456789ABCDEF";
    out += prefix;
    out += digits[(value >> 4) & 0xF];
    out += digits[value & 0xF];
}

// U+202A-U+202E and U+2066-U+2069: they reorder what follows on the line, so a file named
// "minutes\u202Edm.exe" shows as "minutesexe.md". Shown as escapes on a line a person reads;
// kept in a rendered document, whose text they belong to.
bool bidi_control(std::string_view sequence) {
    if (sequence.size() != 3 || static_cast<unsigned char>(sequence[0]) != 0xE2)
        return false;
    const auto second = static_cast<unsigned char>(sequence[1]);
    const auto third = static_cast<unsigned char>(sequence[2]);
    return (second == 0x80 && third >= 0xAA && third <= 0xAE) ||
           (second == 0x81 && third >= 0xA6 && third <= 0xA9);
}

unsigned code_point_of_bidi_control(std::string_view sequence) {
    return 0x2000u | ((static_cast<unsigned char>(sequence[1]) & 0x3Fu) << 6) |
           (static_cast<unsigned char>(sequence[2]) & 0x3Fu);
}

} // namespace

std::string printable(std::string_view text, LineBreaks line_breaks) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size();) {
        const auto byte = static_cast<unsigned char>(text[i]);
        if (byte >= 0x20 && byte < 0x7F) {
            out += text[i++];
            continue;
        }
        const std::size_t length = utf8_sequence_length(text, i);
        if (length == 0) {
            append_escape(out, "\\x", byte);
            ++i;
            continue;
        }
        const std::string_view sequence = text.substr(i, length);
        if (line_breaks == LineBreaks::escape && bidi_control(sequence)) {
            const unsigned point = code_point_of_bidi_control(sequence);
            append_escape(out, "\\u", point >> 8);
            append_escape(out, "", point & 0xFF);
            i += length;
            continue;
        }
        // U+FFFE and U+FFFF: no characters, which no XML output may hold.
        if (sequence == "\xEF\xBF\xBE" || sequence == "\xEF\xBF\xBF") {
            append_escape(out, "\\u", 0xFF);
            append_escape(out, "", static_cast<unsigned char>(sequence[2]) == 0xBE ? 0xFE : 0xFF);
            i += length;
            continue;
        }
        const int control = control_character(sequence);
        const bool kept = control < 0 || control == '\t' ||
                          (line_breaks == LineBreaks::keep && (control == '\n' || control == '\r'));
        if (kept)
            out += sequence;
        else
            append_escape(out, control < 0x80 ? "\\x" : "\\u00", static_cast<unsigned>(control));
        i += length;
    }
    return out;
}

std::string markup_escaped(std::string_view text, LineBreaks line_breaks) {
    std::string out;
    for (const char c : printable(text, line_breaks)) {
        switch (c) {
        case '&':
            out += "&amp;";
            break;
        case '<':
            out += "&lt;";
            break;
        case '>':
            out += "&gt;";
            break;
        case '"':
            out += "&quot;";
            break;
        default:
            out += c;
        }
    }
    return out;
}

} // namespace cpdoc
