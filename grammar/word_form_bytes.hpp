// How word_form (folding.hpp) reads a text, byte by byte: shared by word_form, which writes
// the words out, and the phrase matcher, which reads them in place.
#pragma once

#include <array>
#include <string_view>

namespace cpdoc {

// The typographic apostrophe U+2019 and single quote U+2018 fold like the ASCII apostrophe,
// the double quotes U+201C and U+201D (which Word types) like the ASCII one, and a figure or
// en dash between words (`visit–no–access`) like a hyphen: the ASCII character for the three
// bytes at the start of `at`, or '\0'.
inline char typographic_ascii(std::string_view at) {
    const std::string_view three = at.substr(0, 3);
    if (three == "\u2019" || three == "\u2018")
        return '\'';
    if (three == "\u201C" || three == "\u201D")
        return '"';
    return three == "\u2012" || three == "\u2013" ? '-' : '\0';
}

// The first byte of the three typographic_ascii reads; every other byte is read alone.
inline constexpr unsigned char typographic_lead = 0xE2;

// What word_form makes of each byte: itself lower-cased, a space (a word ends), or '\0'
// (dropped: emphasis, as fold_name drops it).
inline constexpr std::array<char, 256> word_form_bytes = [] {
    std::array<char, 256> bytes{};
    for (int c = 0; c < 256; ++c) {
        if (c == '*' || c == '_' || c == '`')
            bytes[c] = '\0';
        else if (c >= 'A' && c <= 'Z')
            bytes[c] = static_cast<char>(c - 'A' + 'a');
        else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '\'' || c >= 0x80)
            bytes[c] = static_cast<char>(c);
        else
            bytes[c] = ' ';
    }
    return bytes;
}();

// What word_form makes of the bytes at text[i]: the folded byte, ' ' or '\0' as in
// word_form_bytes, and how many bytes it read (3 for a typographic apostrophe or dash).
struct WordFormByte {
    char folded;
    unsigned char length;
};
inline WordFormByte word_form_byte(std::string_view text, std::size_t i) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    if (c == typographic_lead)
        if (const char ascii = typographic_ascii(text.substr(i)); ascii != '\0')
            return {ascii == '-' || ascii == '"' ? ' ' : ascii, 3};
    return {word_form_bytes[c], 1};
}

} // namespace cpdoc
