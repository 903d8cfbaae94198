#include "line_syntax.hpp"

#include "grammar/folding.hpp"
#include "grammar/x3_byte_classes.hpp"

#include <cctype>

namespace cpdoc::syntax {
namespace x3 = boost::spirit::x3;
using x3_bytes::alnum;
using x3_bytes::alpha;
using x3_bytes::blank;
using x3_bytes::digit;
using x3_bytes::non_ascii;

namespace {

// The line grammars, built once.
const auto setext_parser =
    (+x3::lit('=') >> *blank >> x3::eoi) | (+x3::lit('-') >> *blank >> x3::eoi);
const auto list_marker_parser =
    x3::omit[x3::char_("-*+") | (x3::repeat(1, 9)[digit] >> x3::char_(".)"))] >> &(blank | x3::eoi);
const auto task_parser = x3::lit('[') >> x3::omit[x3::char_("xX ")] >> x3::lit(']') >>
                         (+blank | x3::eoi);
// A key starts with a letter and is made of words: letters, digits, spaces and a little
// punctuation. It ends at a colon followed by a space or the end of the item, so that
// "https://..." and "10:30" are not keys.
const auto key_char = alnum | x3::char_(" '/&()?-") | non_ascii;
const auto key_text = x3::raw[alpha >> x3::repeat(0, 59)[key_char - x3::lit(':')]];
// Emphasis around the key, or around the key and its colon: `**Owner:**`, `__Owner__:`,
// `*Owner:*`, `_Owner_:`. The strong forms are tried first so `**` is not read as two `*`.
template <class Delimiter> auto emphasised_key(const Delimiter& delimiter) {
    return (delimiter >> key_text >> x3::lit(':') >> delimiter) |
           (delimiter >> key_text >> delimiter >> x3::lit(':'));
}
const auto field_key_parser = (emphasised_key(x3::lit("**")) | emphasised_key(x3::lit("__")) |
                               emphasised_key(x3::lit('*')) | emphasised_key(x3::lit('_')) |
                               (key_text >> x3::lit(':'))) >>
                              &(blank | x3::eoi | alnum);
const auto delimiter_parser = *blank >> -x3::lit(':') >> +x3::lit('-') >> -x3::lit(':') >> *blank
                              >> x3::eoi;
const auto front_matter_key_parser = x3::omit[*blank] >>
                                     x3::raw[alpha >> *(alnum | x3::char_("-_ "))] >> x3::lit(':');

// Parses `parser` at the front of `text`; on success returns the bytes consumed.
template <class Parser>
std::optional<std::size_t> match_prefix(std::string_view text, const Parser& parser) {
    const char* first = text.data();
    if (!x3::parse(first, text.data() + text.size(), parser))
        return std::nullopt;
    return static_cast<std::size_t>(first - text.data());
}

// Bullets that word processors and email write, which Markdown does not know: `•` and kin
// followed by a space. Returns the bullet's length in bytes.
std::optional<std::size_t> word_processor_bullet(std::string_view rest) {
    for (const std::string_view bullet :
         {"\u2022", "\u25E6", "\u25AA", "\u25CF", "\u2023", "\u00B7", "\u2043"})
        if (rest.starts_with(bullet) && rest.size() > bullet.size() &&
            (rest[bullet.size()] == ' ' || rest[bullet.size()] == '\t'))
            return bullet.size();
    return std::nullopt;
}

std::size_t up_to_three_spaces(std::string_view line) {
    std::size_t n = 0;
    while (n < line.size() && n < 4 && line[n] == ' ')
        ++n;
    return n;
}

} // namespace

Indent indent_of(std::string_view line) {
    Indent indent;
    for (const char c : line) {
        if (c == ' ')
            ++indent.columns;
        else if (c == '\t')
            indent.columns += 4 - indent.columns % 4;
        else
            break;
        ++indent.bytes;
    }
    return indent;
}

bool is_blank(std::string_view line) {
    return trim(line).empty();
}

std::optional<AtxHeading> atx_heading(std::string_view line) {
    const std::size_t lead = up_to_three_spaces(line);
    if (lead > 3)
        return std::nullopt;
    std::string_view rest = line.substr(lead);
    int level = 0;
    while (level < static_cast<int>(rest.size()) && rest[level] == '#')
        ++level;
    if (level == 0 || level > 6)
        return std::nullopt;
    if (level < static_cast<int>(rest.size()) && rest[level] != ' ' && rest[level] != '\t')
        return std::nullopt;
    std::string_view text = trim(rest.substr(level));
    // A closing sequence of #s preceded by a space is not part of the text.
    const auto last_non_hash = text.find_last_not_of('#');
    if (last_non_hash == std::string_view::npos)
        text = {};
    else if (last_non_hash + 1 < text.size() &&
             (text[last_non_hash] == ' ' || text[last_non_hash] == '\t'))
        text = trim(text.substr(0, last_non_hash));
    const std::size_t text_offset =
        text.empty() ? line.size() : static_cast<std::size_t>(text.data() - line.data());
    return AtxHeading{level, text_offset, text};
}

bool unspaced_heading(std::string_view line) {
    const std::string_view rest = line.substr(up_to_three_spaces(line));
    const auto words = rest.find_first_not_of('#');
    return words > 0 && words <= 6 && words != std::string_view::npos &&
           std::isalpha(static_cast<unsigned char>(rest[words]));
}

std::optional<int> setext_underline(std::string_view line) {
    const std::size_t lead = up_to_three_spaces(line);
    if (lead > 3)
        return std::nullopt;
    std::string_view rest = line.substr(lead);
    if (rest.empty() || (rest.front() != '=' && rest.front() != '-') ||
        !match_prefix(rest, setext_parser))
        return std::nullopt;
    return rest.front() == '=' ? 1 : 2;
}

bool thematic_break(std::string_view line) {
    const std::size_t lead = up_to_three_spaces(line);
    if (lead > 3 || lead >= line.size())
        return false;
    const std::string_view rest = line.substr(lead);
    const char marker = rest.front();
    if (marker != '*' && marker != '-' && marker != '_')
        return false;
    // Three or more of the one marker and nothing but spaces: stops at the first other
    // character, so a list item's long text is not read.
    int count = 0;
    for (const char c : rest) {
        if (c == marker)
            ++count;
        else if (c != ' ' && c != '\t')
            return false;
    }
    return count >= 3;
}

std::optional<ListMarker> list_marker(std::string_view line) {
    const Indent indent = indent_of(line);
    std::string_view rest = line.substr(indent.bytes);
    ListMarker marker;
    std::optional<std::size_t> length;
    int marker_columns = 0;
    if (const auto bullet = word_processor_bullet(rest)) {
        length = bullet;
        marker_columns = 1;
        marker.word_processor = true;
    } else {
        if (rest.empty() || !(rest.front() == '-' || rest.front() == '*' || rest.front() == '+' ||
                              (rest.front() >= '0' && rest.front() <= '9')))
            return std::nullopt;
        length = match_prefix(rest, list_marker_parser);
        if (!length || thematic_break(line))
            return std::nullopt;
        marker_columns = static_cast<int>(*length);
        marker.ordered = rest.front() >= '0' && rest.front() <= '9';
        for (std::size_t d = 0; marker.ordered && rest[d] >= '0' && rest[d] <= '9'; ++d)
            marker.number = marker.number * 10 + (rest[d] - '0');
    }
    marker.indent = indent.columns;
    std::size_t offset = indent.bytes + *length;
    int column = indent.columns + marker_columns;
    // The text starts after one to four spaces; more means the text is indented code, which
    // the dialect reads as text anyway.
    int spaces = 0;
    while (offset < line.size() && (line[offset] == ' ' || line[offset] == '\t') && spaces < 4) {
        column += line[offset] == '\t' ? 4 - column % 4 : 1;
        ++offset;
        ++spaces;
    }
    marker.content_column = spaces == 0 ? column + 1 : column;
    marker.text_offset = offset;
    return marker;
}

std::optional<TaskPrefix> task_prefix(std::string_view item_text) {
    if (item_text.size() < 3 || item_text.front() != '[')
        return std::nullopt;
    const auto length = match_prefix(item_text, task_parser);
    if (!length)
        return std::nullopt;
    return TaskPrefix{item_text[1] != ' ', *length};
}

std::optional<FieldKey> field_key(std::string_view text) {
    if (text.empty() || !(std::isalpha(static_cast<unsigned char>(text.front())) ||
                          text.front() == '*' || text.front() == '_'))
        return std::nullopt;
    boost::iterator_range<const char*> range;
    const char* first = text.data();
    if (!x3::parse(first, text.data() + text.size(), field_key_parser, range))
        return std::nullopt;
    const std::size_t length = static_cast<std::size_t>(first - text.data());
    std::string_view parsed_key = x3_bytes::text(range);
    std::string_view key_text = trim(parsed_key);
    if (key_text.empty())
        return std::nullopt;
    std::size_t value_offset = length;
    // `Owner:Alison Reid`, but not the time in "Meeting at 10:30".
    if (value_offset < text.size() && text[value_offset] != ' ' && text[value_offset] != '\t' &&
        !std::isalpha(static_cast<unsigned char>(key_text.back())))
        return std::nullopt;
    while (value_offset < text.size() && (text[value_offset] == ' ' || text[value_offset] == '\t'))
        ++value_offset;
    return FieldKey{key_text, static_cast<std::size_t>(key_text.data() - text.data()),
                    value_offset};
}

std::optional<Fence> code_fence(std::string_view line) {
    const std::size_t lead = up_to_three_spaces(line);
    if (lead > 3)
        return std::nullopt;
    std::string_view rest = line.substr(lead);
    if (rest.empty() || (rest.front() != '`' && rest.front() != '~'))
        return std::nullopt;
    const char marker = rest.front();
    std::size_t length = 0;
    while (length < rest.size() && rest[length] == marker)
        ++length;
    if (length < 3)
        return std::nullopt;
    if (marker == '`' && rest.substr(length).find('`') != std::string_view::npos)
        return std::nullopt;
    return Fence{marker, length};
}

bool closes_fence(std::string_view line, const Fence& open) {
    const auto fence = code_fence(line);
    if (!fence || fence->marker != open.marker || fence->length < open.length)
        return false;
    const std::size_t lead = up_to_three_spaces(line);
    return is_blank(line.substr(lead + fence->length));
}

std::optional<SuppressionComment> suppression_comment(std::string_view line) {
    SuppressionComment result;
    auto set_rule = [&](auto& ctx) { result.rule_id = x3_bytes::text(x3::_attr(ctx)); };
    auto set_reason = [&](auto& ctx) { result.reason = x3_bytes::text(x3::_attr(ctx)); };
    // A rule id is words joined by single hyphens, so `RULE - reason` keeps its dash apart.
    const auto rule_id = x3::raw[+alnum >> *(x3::lit('-') >> +alnum)];
    const auto reason = x3::raw[*(x3::char_ - x3::lit("-->"))];
    const auto separator =
        x3::lit(':') | x3::lit("\u2014") | x3::lit("\u2013") | (x3::lit('-') >> !x3::lit("->"));
    const auto open = x3::lit("<!--") >> *blank >> x3::lit("cpdoc-disable");
    const auto close = x3::lit("-->") >> *blank >> x3::eoi;
    const auto named = open >> +blank >> rule_id[set_rule] >> *blank >>
                       -(-separator >> reason[set_reason]) >> close;
    // `<!-- cpdoc-disable -->` names no rule: reported as a suppression with an empty id.
    const auto bare = open >> *(x3::char_ - x3::lit("-->")) >> close;
    const std::string_view text = trim(line);
    if (match_prefix(text, named)) {
        result.reason = std::string(trim(result.reason));
        for (char& c : result.rule_id)
            c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
        return result;
    }
    if (match_prefix(text, bare))
        return SuppressionComment{};
    return std::nullopt;
}

std::vector<Cell> table_cells(std::string_view line) {
    std::vector<Cell> cells;
    std::size_t start = 0;
    const std::size_t lead = line.find_first_not_of(" \t");
    if (lead == std::string_view::npos)
        return cells;
    start = lead;
    if (line[start] == '|')
        ++start;
    std::size_t end = line.find_last_not_of(" \t") + 1;
    std::size_t cell_start = start;
    auto push = [&](std::size_t from, std::size_t to) {
        std::string_view raw = line.substr(from, to - from);
        const std::string_view text = trim(raw);
        cells.push_back(
            Cell{text, text.empty() ? from : static_cast<std::size_t>(text.data() - line.data())});
    };
    for (std::size_t i = start; i < end; ++i) {
        const char c = line[i];
        if (c == '\\' && i + 1 < end) {
            ++i;
            continue;
        }
        if (c == '|') {
            push(cell_start, i);
            cell_start = i + 1;
        }
    }
    if (cell_start < end)
        push(cell_start, end);
    return cells;
}

bool table_delimiter_row(std::string_view line) {
    const auto cells = table_cells(line);
    if (cells.empty())
        return false;
    for (const Cell& cell : cells)
        if (!match_prefix(cell.text, delimiter_parser))
            return false;
    return line.find('|') != std::string_view::npos;
}

std::optional<FrontMatterLine> front_matter_line(std::string_view line) {
    boost::iterator_range<const char*> range;
    const char* first = line.data();
    if (!x3::parse(first, line.data() + line.size(), front_matter_key_parser, range))
        return std::nullopt;
    const std::string_view key = x3_bytes::text(range);
    std::size_t value_offset = static_cast<std::size_t>(first - line.data());
    while (value_offset < line.size() && (line[value_offset] == ' ' || line[value_offset] == '\t'))
        ++value_offset;
    return FrontMatterLine{trim(key), value_offset, trim(line.substr(value_offset))};
}

std::vector<PlaceholderSpan> placeholders_in(std::string_view line) {
    std::vector<PlaceholderSpan> spans;
    std::size_t from = 0;
    while (true) {
        const auto open = line.find("{{", from);
        if (open == std::string_view::npos)
            break;
        const auto close = line.find("}}", open + 2);
        if (close == std::string_view::npos)
            break;
        spans.push_back({open, close + 2 - open});
        from = close + 2;
    }
    return spans;
}

} // namespace cpdoc::syntax
