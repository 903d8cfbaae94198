#include "title_name.hpp"

#include "grammar/folding.hpp"

#include <array>
#include <sstream>
#include <vector>

namespace cpdoc {
namespace {

// Words a document's title is made of rather than a person's name.
constexpr std::array<std::string_view, 30> document_words = {
    "agency",       "agreed",     "case",       "chair",      "child",      "child's",
    "children",     "chronology", "conference", "core",       "draft",      "family",
    "for",          "group",      "initial",    "integrated", "meeting",    "minutes",
    "multi-agency", "notes",      "of",         "plan",       "protection", "record",
    "review",       "safety",     "the",        "team",       "visit",      "and"};

bool document_word(const std::string& text) {
    const std::string word = ascii_lowercase(text);
    for (const std::string_view known : document_words)
        if (word == known)
            return true;
    return false;
}

bool capitalised(const std::string& word) {
    return !word.empty() && word[0] >= 'A' && word[0] <= 'Z';
}

std::optional<std::string> name_in_part(std::string_view part) {
    const std::string text(trim(part));
    if (text.empty() || text.find_first_of("0123456789") != std::string::npos)
        return std::nullopt;
    std::istringstream words(text);
    std::vector<std::string> found;
    for (std::string word; words >> word;) {
        if (!capitalised(word) || document_word(word))
            return std::nullopt;
        found.push_back(word);
    }
    if (found.empty() || found.size() > 4)
        return std::nullopt;
    return text;
}

} // namespace

std::optional<std::string> name_in_title(std::string_view title) {
    // Parts split at an em or en dash, a spaced hyphen, a colon or a comma.
    const std::array<std::string_view, 5> separators = {"\u2014", "\u2013", " - ", ":", ","};
    std::size_t start = 0;
    while (start <= title.size()) {
        std::size_t end = title.size(), length = 0;
        for (const std::string_view separator : separators)
            if (const auto at = title.find(separator, start);
                at != std::string_view::npos && at < end) {
                end = at;
                length = separator.size();
            }
        if (auto name = name_in_part(title.substr(start, end - start)))
            return name;
        if (end == title.size())
            break;
        start = end + length;
    }
    return std::nullopt;
}

} // namespace cpdoc
