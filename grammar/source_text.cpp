#include "source_text.hpp"

#include "utf8.hpp"

#include <bit>

#include <cstdint>
#include <cstdio>
#include <cstring>
#include <utility>

namespace cpdoc {
namespace {

// How many of the 16 bytes at p are printable ASCII before the first that is not (a control
// character, newline or DEL, or any byte of a multi-byte UTF-8 sequence); 16 when all are.
// GCC's portable vector extension: SSE2 on x86-64. As signed chars, the bytes of a multi-byte
// sequence are negative, so one comparison finds them with the control characters.
std::size_t plain_ascii_prefix(const char* p) {
    using Bytes = signed char __attribute__((vector_size(16)));
    Bytes block;
    std::memcpy(&block, p, sizeof block);
    const Bytes marks = (block < ' ') | (block == '\x7F');
    std::uint64_t halves[2];
    std::memcpy(halves, &marks, sizeof halves);
    const auto first_lane = [](std::uint64_t half) {
        const int bit = std::endian::native == std::endian::little ? std::countr_zero(half)
                                                                   : std::countl_zero(half);
        return static_cast<std::size_t>(bit) / 8;
    };
    if (halves[0] != 0)
        return first_lane(halves[0]);
    if (halves[1] != 0)
        return 8 + first_lane(halves[1]);
    return 16;
}

// The first bytes of the look-alikes below, and a carriage return.
bool is_lookalike_lead(char c) {
    return c == '\xC2' || c == '\xE2' || c == '\xEF' || c == '\r';
}

// Where the next look-alike lead is from `from`, or s.size(): one test a byte, where
// find_first_of calls memchr on the leads for every byte.
std::size_t next_lookalike_lead(std::string_view s, std::size_t from) {
    while (from < s.size() && !is_lookalike_lead(s[from]))
        ++from;
    return from;
}

// "U+001B"
std::string code_point_name(int code_point) {
    char name[16];
    std::snprintf(name, sizeof name, "U+%04X", static_cast<unsigned>(code_point));
    return name;
}

// What validating saw on the way, so the text is not scanned again for it: whether a byte
// that may begin a look-alike (or a carriage return) was met (the fast path passes none of
// them), and how many lines end.
struct Scan {
    bool lookalike_seen = false;
    std::size_t newlines = 0;
};

std::optional<SourceError> validate(std::string_view s, std::size_t offset_base,
                                    const Limits& limits, Scan& scan) {
    std::size_t line_start = 0;
    for (std::size_t i = 0; i < s.size();) {
        // Fast path: sixteen bytes at a time, while the line stays within limit, skipping the
        // plain ASCII ones up to the first that needs the checks below.
        if (i + 16 <= s.size() && i + 16 - line_start < limits.max_line_bytes) {
            const std::size_t plain = plain_ascii_prefix(s.data() + i);
            i += plain;
            if (plain == 16)
                continue;
        }
        const char c = s[i];
        // Near the end or the line's limit the bytes are taken one at a time.
        if (c >= ' ' && c < '\x7F' && i - line_start < limits.max_line_bytes) {
            ++i;
            continue;
        }
        scan.lookalike_seen = scan.lookalike_seen || is_lookalike_lead(c);
        if (c == '\0')
            return SourceError{offset_base + i, "NUL byte: this is not a text document"};
        if (c == '\n') {
            ++scan.newlines;
            line_start = i + 1;
            ++i;
            continue;
        }
        if (i - line_start >= limits.max_line_bytes)
            return SourceError{offset_base + i, "line longer than " +
                                                    std::to_string(limits.max_line_bytes) +
                                                    " bytes"};
        const std::size_t n = utf8_sequence_length(s, i);
        if (n == 0)
            return SourceError{offset_base + i, "invalid UTF-8: save the document as UTF-8 text"};
        // Tab and line endings are text; any other control character could drive the terminal
        // a finding that quotes it is printed on.
        if (const int control = control_character(s.substr(i, n));
            control >= 0 && control != '\t' && control != '\r')
            return SourceError{offset_base + i, "control character " + code_point_name(control) +
                                                    ": a document may hold no control character "
                                                    "but tab and line endings"};
        // U+2028 and U+2029 end a line for some editors and readers and not for others: front
        // matter one reads would be a paragraph to another.
        if (n == 3 && s.compare(i, 2, "\xE2\x80") == 0 &&
            (s[i + 2] == '\xA8' || s[i + 2] == '\xA9'))
            return SourceError{offset_base + i,
                               std::string(s[i + 2] == '\xA8' ? "line separator U+2028"
                                                              : "paragraph separator U+2029") +
                                   ": editors differ on whether it ends a line; replace it "
                                   "with a line break"};
        // U+FFFE and U+FFFF are no characters: XML, and so every Word, JUnit or SARIF output
        // that would quote them, refuses them.
        if (n == 3 && s.compare(i, 2, "\xEF\xBF") == 0 &&
            static_cast<unsigned char>(s[i + 2]) >= 0xBE)
            return SourceError{offset_base + i,
                               std::string("noncharacter U+") +
                                   (s[i + 2] == '\xBE' ? "FFFE" : "FFFF") +
                                   ": it is no character a document may hold; delete it"};
        i += n;
    }
    return std::nullopt;
}

// Characters pasted from word processors and email that look like spaces, hyphens or
// nothing, and what the dialect reads them as: a no-break space is a space, a non-breaking
// hyphen a hyphen, a zero-width space nothing. Each keeps its place as one code point or none, so
// columns stay right up to it.
struct Lookalike {
    std::string_view utf8;
    std::string_view reads_as;
};
constexpr Lookalike lookalikes[] = {
    {"\u00A0", " "}, // no-break space
    {"\u2007", " "}, // figure space
    {"\u202F", " "}, // narrow no-break space
    {"\u2009", " "}, // thin space
    {"\u2010", "-"}, // hyphen
    {"\u2011", "-"}, // non-breaking hyphen
    {"\u00AD", ""},  // soft hyphen
    {"\u200B", ""},  // zero-width space
    {"\u2060", ""},  // word joiner
    {"\uFEFF", ""},  // a byte order mark inside the text
};

bool has_lookalike_lead(std::string_view s) {
    return next_lookalike_lead(s, 0) != s.size();
}

// The text with look-alike spaces replaced and a carriage return on its own (old Mac line
// ending, which CommonMark reads as a line ending) made a line feed. Text between lead bytes
// is copied as it is: an em dash or a CRLF in every line must not cost a comparison a byte.
std::string normalised(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size();) {
        const std::size_t lead = next_lookalike_lead(s, i);
        out.append(s.substr(i, lead - i));
        i = lead;
        if (i == s.size())
            break;
        if (s[i] == '\r') {
            out += i + 1 < s.size() && s[i + 1] == '\n' ? "\r" : "\n";
            ++i;
            continue;
        }
        const Lookalike* found = nullptr;
        for (const Lookalike& lookalike : lookalikes)
            if (s.compare(i, lookalike.utf8.size(), lookalike.utf8) == 0) {
                found = &lookalike;
                break;
            }
        if (found != nullptr) {
            out += found->reads_as;
            i += found->utf8.size();
        } else {
            out += s[i++];
        }
    }
    return out;
}

} // namespace

std::string without_lookalikes(std::string_view text) {
    return has_lookalike_lead(text) ? normalised(text) : std::string(text);
}

int code_points(std::string_view valid_utf8) {
    int n = 0;
    for (const char c : valid_utf8)
        if ((static_cast<unsigned char>(c) & 0xC0) != 0x80)
            ++n;
    return n;
}

DecodeResult decode_source(std::string bytes, const Limits& limits) {
    if (bytes.size() > limits.max_bytes)
        return {std::nullopt,
                SourceError{limits.max_bytes, "file is larger than the limit of " +
                                                  std::to_string(limits.max_bytes) + " bytes"}};
    std::size_t bom = 0;
    if (bytes.size() >= 3 && bytes.compare(0, 3, "\xEF\xBB\xBF") == 0)
        bom = 3;
    Scan scan;
    if (auto error = validate(std::string_view(bytes).substr(bom), bom, limits, scan))
        return {std::nullopt, std::move(error)};

    SourceText text;
    if (scan.lookalike_seen)
        bytes = normalised(std::string_view(bytes).substr(bom));
    else
        bytes.erase(0, bom);
    text.bytes = std::make_unique<const std::string>(std::move(bytes));
    std::string_view body = *text.bytes;
    text.lines.reserve(scan.newlines + 1); // a lone carriage return made a newline adds one more
    while (!body.empty()) {
        const auto nl = body.find('\n');
        std::string_view line = body.substr(0, nl);
        if (!line.empty() && line.back() == '\r')
            line.remove_suffix(1);
        text.lines.push_back(line);
        if (nl == std::string_view::npos)
            break;
        body.remove_prefix(nl + 1);
    }
    return {std::move(text), std::nullopt};
}

std::string limit_reached(std::size_t limit, const char* what, const char* option) {
    return "more than " + std::to_string(limit) + " " + what +
           ": the rest of the document is not read (raise the limit with " + option + ")";
}

} // namespace cpdoc
