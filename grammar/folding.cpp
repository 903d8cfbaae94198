#include "grammar/folding.hpp"

#include <algorithm>
#include <cctype>

namespace cpdoc {

std::string_view trim(std::string_view s) {
    auto space = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
    while (!s.empty() && space(s.front()))
        s.remove_prefix(1);
    while (!s.empty() && space(s.back()))
        s.remove_suffix(1);
    return s;
}

std::string ascii_lowercase(std::string_view text) {
    std::string out(text);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c - 'A' + 'a');
    return out;
}

std::string front_matter_key(std::string_view key) {
    std::string out;
    for (const char c : trim(key)) {
        if (c == '_' || c == ' ' || c == '\t')
            out += '-';
        else
            out += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    }
    return out;
}

namespace {

// The typographic apostrophe U+2019 folds like the ASCII one, and a figure or en dash
// between words (`visit–no–access`) like a hyphen: the ASCII character for the three bytes
// at the start of `at`, or '\0'.
char typographic_ascii(std::string_view at) {
    const std::string_view three = at.substr(0, 3);
    return three == "\u2019" ? '\'' : three == "\u2012" || three == "\u2013" ? '-' : '\0';
}

// Folds the text; stops once the result is longer than `limit` bytes.
template <class KeepChar>
std::string fold(std::string_view text, KeepChar keep, std::size_t limit = std::string::npos) {
    // Written through a pointer into room for the longest result, cut to length at the end:
    // no capacity check per byte. A byte yields at most one (a space only stands for spaces
    // before it), and the last step past `limit` adds at most a space and a byte.
    std::string out(limit == std::string::npos ? text.size() : std::min(text.size(), limit + 2),
                    '\0');
    char* const begin = out.data();
    char* end = begin;
    bool pending_space = false;
    for (std::size_t i = 0; i < text.size() && (limit == std::string::npos ||
                                                static_cast<std::size_t>(end - begin) <= limit);
         ++i) {
        const unsigned char c = static_cast<unsigned char>(text[i]);
        if (c == '*' || c == '_' || c == '`')
            continue;
        if (c == ' ' || c == '\t') {
            pending_space = end != begin;
            continue;
        }
        if (c == 0xE2) {
            if (const char ascii = typographic_ascii(text.substr(i)); ascii != '\0') {
                if (keep(ascii)) {
                    if (pending_space) {
                        *end++ = ' ';
                        pending_space = false;
                    }
                    *end++ = ascii;
                }
                i += 2;
                continue;
            }
        }
        if (c < 0x80 && !keep(static_cast<char>(c)))
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

} // namespace

std::string fold_name(std::string_view text) {
    return fold(text, [](char) { return true; });
}

std::optional<std::string> fold_name_within(std::string_view text, std::size_t limit) {
    std::string folded = fold(
        text, [](char) { return true; }, limit);
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

void word_form(std::string_view text, std::string& out) {
    // Written through a pointer into room for the longest result (every byte kept, a space
    // either side) and cut to length at the end: no capacity check per byte.
    out.resize(text.size() + 2);
    char* const begin = out.data();
    char* end = begin;
    *end++ = ' ';
    const auto separate = [&end] {
        if (end[-1] != ' ')
            *end++ = ' ';
    };
    for (std::size_t i = 0; i < text.size(); ++i) {
        const unsigned char c = static_cast<unsigned char>(text[i]);
        if (c == '*' || c == '_' || c == '`') // emphasis, dropped as fold_name drops it
            continue;
        if (c == 0xE2) {
            if (const char ascii = typographic_ascii(text.substr(i)); ascii != '\0') {
                if (ascii == '-')
                    separate();
                else
                    *end++ = ascii;
                i += 2;
                continue;
            }
        }
        if (c >= 'A' && c <= 'Z')
            *end++ = static_cast<char>(c - 'A' + 'a');
        else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '\'' || c >= 0x80)
            *end++ = static_cast<char>(c);
        else
            separate();
    }
    separate();
    out.resize(static_cast<std::size_t>(end - begin));
}

std::string fold_key(std::string_view text) {
    std::string folded = fold(text, [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
               c == ' ' || c == '-' || c == '/';
    });
    // Hyphens and slashes made spaces, runs of spaces made one, none at the ends: in place.
    std::size_t kept = 0;
    for (std::size_t i = 0; i < folded.size(); ++i) {
        const char c = folded[i] == '-' || folded[i] == '/' ? ' ' : folded[i];
        if (c != ' ' || (kept > 0 && folded[kept - 1] != ' '))
            folded[kept++] = c;
    }
    while (kept > 0 && folded[kept - 1] == ' ')
        --kept;
    folded.resize(kept);
    return folded;
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
