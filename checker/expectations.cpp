#include "expectations.hpp"

#include "grammar/folding.hpp"
#include "rule.hpp"

#include <algorithm>
#include <charconv>
#include <map>
#include <optional>
#include <utility>

namespace cpdoc {
namespace {

struct Marker {
    std::string_view ids;
    bool document = false;
    int offset = -1; // to the line it is about from the line it is on; 0: unreadable
};

// `@-2` or `@+1` (not zero); 0 when it is not one.
int offset_of(std::string_view written) {
    int offset = 0;
    if (written.size() < 3 || written[0] != '@' || (written[1] != '-' && written[1] != '+'))
        return 0;
    const char* end = written.data() + written.size();
    const auto [stop, error] = std::from_chars(written.data() + 2, end, offset);
    if (error != std::errc() || stop != end)
        return 0;
    return written[1] == '-' ? -offset : offset;
}

// `<!-- expect: A, B -->`, `<!-- expect@-2: A -->` or `<!-- expect-document: A -->` alone on a
// line; in front matter, `# expect: A` or `# expect@-2: A`.
std::optional<Marker> marker(std::string_view line, bool in_front_matter) {
    line = trim(line);
    std::string_view body;
    if (line.starts_with("<!--") && line.ends_with("-->") && line.size() >= 7) {
        body = trim(line.substr(4, line.size() - 7));
    } else if (in_front_matter && line.starts_with("#")) {
        body = trim(line.substr(1));
    } else {
        return std::nullopt;
    }
    for (const auto& [prefix, document] :
         {std::pair<std::string_view, bool>{"expect-document:", true}, {"expect:", false}})
        if (body.starts_with(prefix))
            return Marker{body.substr(prefix.size()), document};
    // `expect@-2:`: the offset runs from the `@` to the colon.
    const std::size_t colon = body.find(':');
    if (!body.starts_with("expect@") || colon == std::string_view::npos)
        return std::nullopt;
    const std::size_t at = std::string_view("expect").size();
    return Marker{body.substr(colon + 1), false, offset_of(body.substr(at, colon - at))};
}

int target(int line) {
    return about_document(line) ? 0 : line;
}

// The line a marker written on line `written_at` of `line_count` is about: 0 for the document
// as a whole, -1 for an offset naming no line of the document (never met, so the test fails).
int line_about(const Marker& marker, int written_at, int line_count) {
    if (marker.document)
        return 0;
    const int about = written_at + marker.offset;
    if (marker.offset == 0 || about < 1 || about > line_count)
        return -1;
    return target(about);
}

// `RULE-ID` or `RULE-ID:COLUMN` (a rule id has no colon).
Expectation expectation(std::string_view written, int line, int written_at) {
    Expectation expected{"", line, 0, written_at};
    if (const std::size_t colon = written.find(':'); colon != std::string_view::npos) {
        const std::string_view column = trim(written.substr(colon + 1));
        std::from_chars(column.data(), column.data() + column.size(), expected.column);
        written = trim(written.substr(0, colon));
    }
    expected.rule_id = canonical_rule_id(written);
    return expected;
}

} // namespace

std::vector<Expectation> parse_expectations(const std::vector<std::string_view>& lines) {
    std::vector<Expectation> expectations;
    bool in_front_matter = false;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        if (trim(lines[i]) == "---" && (i == 0 || in_front_matter)) {
            in_front_matter = i == 0;
            continue;
        }
        const auto found = marker(lines[i], in_front_matter);
        if (!found)
            continue;
        const int written_at = static_cast<int>(i) + 1;
        const int line = line_about(*found, written_at, static_cast<int>(lines.size()));
        std::string_view ids = found->ids;
        while (!ids.empty()) {
            const std::size_t comma = std::min(ids.find(','), ids.size());
            const std::string_view id = trim(ids.substr(0, comma));
            if (!id.empty())
                expectations.push_back(expectation(id, line, written_at));
            ids.remove_prefix(std::min(comma + 1, ids.size()));
        }
    }
    return expectations;
}

ExpectationResult compare_expectations(const std::vector<std::string_view>& lines,
                                       const std::vector<Finding>& findings) {
    // The expectations of each (line, rule) not yet met, in the order they were written.
    std::map<std::pair<int, std::string>, std::vector<Expectation>> open;
    for (Expectation& expectation : parse_expectations(lines))
        open[{expectation.line, expectation.rule_id}].push_back(std::move(expectation));
    ExpectationResult result;
    for (const Finding& finding : findings) {
        if (finding.suppressed)
            continue;
        const auto it = open.find({target(finding.pos.line), finding.rule_id});
        if (it == open.end()) {
            result.extra.push_back(finding);
            continue;
        }
        // An expectation at the finding's column first, then one at any column.
        auto& left = it->second;
        auto met = std::find_if(left.begin(), left.end(), [&](const Expectation& e) {
            return e.column == finding.pos.column;
        });
        if (met == left.end())
            met = std::find_if(left.begin(), left.end(),
                               [](const Expectation& e) { return e.column == 0; });
        if (met == left.end()) {
            result.extra.push_back(finding);
            continue;
        }
        left.erase(met);
    }
    for (auto& [key, left] : open)
        result.missed.insert(result.missed.end(), left.begin(), left.end());
    std::sort(
        result.missed.begin(), result.missed.end(),
        [](const Expectation& a, const Expectation& b) { return a.written_at < b.written_at; });
    std::stable_sort(result.extra.begin(), result.extra.end(),
                     [](const Finding& a, const Finding& b) { return a.pos < b.pos; });
    return result;
}

} // namespace cpdoc
