#include "grammar/folding.hpp"

#include "grammar/word_form_bytes.hpp"

#include <algorithm>
#include <array>
#include <cctype>

namespace cpdoc {

std::string ascii_lowercase(std::string_view text) {
    std::string out(text);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c - 'A' + 'a');
    return out;
}

namespace {

char front_matter_key_byte(char c) {
    if (c == '_' || c == ' ' || c == '\t')
        return '-';
    if (c >= 'A' && c <= 'Z')
        return static_cast<char>(c - 'A' + 'a');
    return c;
}

} // namespace

std::string front_matter_key(std::string_view key) {
    std::string out(trim(key));
    for (char& c : out)
        c = front_matter_key_byte(c);
    return out;
}

bool is_front_matter_key(std::string_view key, std::string_view canonical) {
    key = trim(key);
    if (key.size() != canonical.size())
        return false;
    for (std::size_t i = 0; i < key.size(); ++i)
        if (front_matter_key_byte(key[i]) != canonical[i])
            return false;
    return true;
}

namespace {

// How fold_name reads a byte: kept (lower-cased), dropped (emphasis), a space between words,
// or the first byte of a typographic apostrophe or dash.
enum class FoldByte : unsigned char { kept, dropped, space, typographic };
constexpr std::array<FoldByte, 256> fold_bytes = [] {
    std::array<FoldByte, 256> bytes{};
    bytes['*'] = bytes['_'] = bytes['`'] = FoldByte::dropped;
    bytes[' '] = bytes['\t'] = FoldByte::space;
    bytes[typographic_lead] = FoldByte::typographic;
    return bytes;
}();

// Folds the text; stops once the result is longer than `limit` bytes. Folding never
// lengthens a text (a space is written only for a space or tab read before it), so the
// result is written into room for the whole text, or for the limit and the two bytes one
// step can add, without a check of its capacity for each byte.
std::string fold(std::string_view text, std::size_t limit = std::string::npos) {
    std::string out(std::min(text.size(), limit == std::string::npos ? limit : limit + 2), '\0');
    char* const begin = out.data();
    char* end = begin;
    bool pending_space = false;
    const auto put = [&](char c) {
        if (pending_space) {
            *end++ = ' ';
            pending_space = false;
        }
        *end++ = c;
    };
    for (std::size_t i = 0; i < text.size() && static_cast<std::size_t>(end - begin) <= limit;
         ++i) {
        const unsigned char c = static_cast<unsigned char>(text[i]);
        switch (fold_bytes[c]) {
        case FoldByte::kept:
            put(static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c));
            break;
        case FoldByte::dropped:
            break;
        case FoldByte::space:
            pending_space = end != begin;
            break;
        case FoldByte::typographic:
            if (const char ascii = typographic_ascii(text.substr(i)); ascii != '\0') {
                put(ascii);
                i += 2;
            } else {
                put(static_cast<char>(c));
            }
            break;
        }
    }
    out.resize(static_cast<std::size_t>(end - begin));
    return out;
}

} // namespace

std::string fold_name(std::string_view text) {
    return fold(text);
}

std::optional<std::string> fold_name_within(std::string_view text, std::size_t limit) {
    std::string folded = fold(text, limit);
    if (folded.size() > limit)
        return std::nullopt;
    return folded;
}

// fold_name and then its words, in one pass: it runs on every text a vocabulary is looked for in.
std::string word_form(std::string_view text) {
    std::string out;
    word_form(text, out);
    return out;
}

// The result is never longer than the text and the two spaces around it, so it is written
// into room sized once, without a check of its capacity for each byte.
void word_form(std::string_view text, std::string& out) {
    out.resize(text.size() + 2);
    char* const begin = out.data();
    char* end = begin;
    *end++ = ' ';
    const auto separate = [&end] {
        if (end[-1] != ' ')
            *end++ = ' ';
    };
    // An apostrophe is written only between letters of a word ("Megan's"): one before a word
    // or after it is a quotation mark ('sort her out').
    std::size_t apostrophes = 0;
    for (std::size_t i = 0; i < text.size();) {
        const WordFormByte byte = word_form_byte(text, i);
        if (byte.folded == ' ') {
            apostrophes = 0;
            separate();
        } else if (byte.folded == '\'') {
            ++apostrophes;
        } else if (byte.folded != '\0') {
            if (end[-1] != ' ')
                for (; apostrophes > 0; --apostrophes)
                    *end++ = '\'';
            apostrophes = 0;
            *end++ = byte.folded;
        }
        i += byte.length;
    }
    separate();
    out.resize(static_cast<std::size_t>(end - begin));
}

// In one pass: letters and digits folded, a space, tab, hyphen, slash or typographic dash
// between words made one space, everything else dropped.
std::string fold_key(std::string_view text) {
    std::string out(text.size(), '\0');
    char* const begin = out.data();
    char* end = begin;
    bool pending_space = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const unsigned char c = static_cast<unsigned char>(text[i]);
        if (c == ' ' || c == '\t' || c == '-' || c == '/') {
            pending_space = end != begin;
            continue;
        }
        if (c == typographic_lead) {
            if (const char ascii = typographic_ascii(text.substr(i)); ascii != '\0') {
                if (ascii == '-')
                    pending_space = end != begin;
                i += 2;
                continue;
            }
        }
        const bool letter_or_digit =
            (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        if (c < 0x80 && !letter_or_digit)
            continue;
        if (pending_space) {
            *end++ = ' ';
            pending_space = false;
        }
        *end++ = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    }
    out.resize(static_cast<std::size_t>(end - begin));
    return out;
}

namespace {

// Symbols that decorate a heading before its words: emoji, arrows, ticks, bullets (U+2000 to
// U+2BFF, U+1F000 and above, the emoji variation selector and joiner). Returns their length
// in bytes, or 0.
std::size_t decoration_length(std::string_view text) {
    const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
    if (text.empty() || byte(0) < 0x80)
        return 0;
    const std::size_t length = byte(0) >= 0xF0 ? 4 : byte(0) >= 0xE0 ? 3 : 2;
    if (text.size() < length)
        return 0;
    unsigned long cp = byte(0) & (length == 4 ? 0x07 : length == 3 ? 0x0F : 0x1F);
    for (std::size_t k = 1; k < length; ++k)
        cp = (cp << 6) | (byte(k) & 0x3F);
    const bool decoration = (cp >= 0x2000 && cp <= 0x2BFF) || cp >= 0x1F000 || cp == 0xFE0F;
    return decoration ? length : 0;
}

bool roman_numeral(std::string_view text) {
    if (text.empty() || text.size() > 5)
        return false;
    for (const char c : text)
        if (std::string_view("ivxIVX").find(c) == std::string_view::npos)
            return false;
    return true;
}

// The numbering before a heading's words: "3.", "2)", "3.1", "6b.", "6:", "(6)", "vi.",
// "A." and "4.2.1". Returns its length including the space after it, or 0.
std::size_t numbering_length(std::string_view text) {
    std::size_t i = text.starts_with('(') ? 1 : 0;
    const std::size_t start = i;
    while (i < text.size() && std::isalnum(static_cast<unsigned char>(text[i])))
        ++i;
    std::string_view label = text.substr(start, i - start);
    // 3.1, 4.2.1: groups of one or two digits.
    while (i + 1 < text.size() && text[i] == '.' &&
           std::isdigit(static_cast<unsigned char>(text[i + 1]))) {
        const std::size_t group = i + 1;
        i = group;
        while (i < text.size() && std::isdigit(static_cast<unsigned char>(text[i])))
            ++i;
        if (i - group > 2)
            return 0;
        label = text.substr(start, i - start);
    }
    std::size_t digit_run = 0; // the first group
    while (digit_run < label.size() && std::isdigit(static_cast<unsigned char>(label[digit_run])))
        ++digit_run;
    // 6, 3.1 (digits and dots only), or 6b (one letter after the number)
    const bool plain = digit_run > 0 && digit_run <= 2 &&
                       label.find_first_not_of("0123456789.") == std::string_view::npos;
    const bool numbered =
        plain || (digit_run > 0 && digit_run <= 2 && label.size() == digit_run + 1 &&
                  std::isalpha(static_cast<unsigned char>(label.back())));
    const bool lettered = label.size() == 1 && std::isalpha(static_cast<unsigned char>(label[0]));
    if (!numbered && !lettered && !roman_numeral(label))
        return 0;
    bool separated = false;
    if (start == 1) { // (6)
        if (i >= text.size() || text[i] != ')')
            return 0;
        ++i;
        separated = true;
    } else if (i < text.size() && (text[i] == '.' || text[i] == ')' || text[i] == ':')) {
        ++i;
        separated = true;
    }
    // Without a separator only plain digits are numbering ("3 Contingency plan"); a word
    // such as "I" or "Mix" is part of the name.
    if (!separated && !plain)
        return 0;
    if (i >= text.size() || (text[i] != ' ' && text[i] != '\t'))
        return 0;
    return i;
}

} // namespace

std::string heading_key(std::string_view heading) {
    std::string_view text = trim(heading);
    for (std::size_t n; (n = decoration_length(text)) != 0;)
        text = trim(text.substr(n));
    if (const std::size_t n = numbering_length(text); n > 0 && n < text.size())
        text = trim(text.substr(n));
    for (std::size_t n; (n = decoration_length(text)) != 0;)
        text = trim(text.substr(n));
    // A qualifier in brackets at the end: "Objectives (SMART)", "Views of the child(ren)".
    if (text.ends_with(')'))
        if (const auto open = text.rfind('('); open != std::string_view::npos && open > 0)
            text = trim(text.substr(0, open));
    return fold_key(text);
}

std::string heading_stem_key(std::string_view heading) {
    static constexpr std::string_view separators[] = {
        " \xE2\x80\x93 ", " \xE2\x80\x94 ", " - ", ": ", " / ", " | "};
    std::size_t cut = std::string_view::npos;
    for (const std::string_view separator : separators)
        cut = std::min(cut, heading.find(separator));
    return cut == std::string_view::npos ? "" : heading_key(heading.substr(0, cut));
}

} // namespace cpdoc
