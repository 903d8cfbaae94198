#include "finding_comments.hpp"

#include "document_landmarks.hpp"

#include <functional>
#include <optional>

namespace cpdoc {
namespace {

// The element of a place its column is in: the last to start at or before it.
std::optional<int> element_at(const WordPlace& place, int column) {
    if (place.elements.empty())
        return std::nullopt;
    const WordElement* found = &place.elements.front();
    for (const WordElement& element : place.elements)
        if (element.column <= column)
            found = &element;
    return found->index;
}

// The first paragraph of the body with a place: the title, in a document laid out as cpdoc
// reads one.
int first_element(const Document& word) {
    for (const WordPlace& place : word.word_places)
        if (!place.elements.empty())
            return place.elements.front().index;
    return -1;
}

std::optional<int> element_for(const Document& word, Position pos) {
    if (const WordPlace* place = word.place_for_line(pos.line))
        return element_at(*place, pos.column);
    return std::nullopt;
}

std::vector<WordComment> comments_for(const std::vector<Finding>& findings, int fallback,
                                      const std::function<std::optional<int>(Position)>& element) {
    std::vector<WordComment> comments;
    for (const Finding& finding : findings) {
        if (finding.suppressed)
            continue;
        const std::optional<int> at = finding.pos.line > 0 ? element(finding.pos) : std::nullopt;
        const int anchor = at.value_or(fallback);
        if (anchor >= 0)
            comments.push_back({anchor, finding_comment(finding)});
    }
    return comments;
}

} // namespace

std::vector<std::string> finding_comment(const Finding& finding) {
    std::vector<std::string> paragraphs{std::string(to_string(finding.severity)) + ": " +
                                        finding.message + " [" + finding.rule_id + "]"};
    if (finding.citation) {
        std::string from = finding.citation->source;
        if (!finding.citation->section.empty())
            from += ", " + finding.citation->section;
        paragraphs.push_back(from + ": \u201c" + finding.citation->quote + "\u201d");
    }
    return paragraphs;
}

std::vector<WordComment> word_comments(const Document& word, const std::vector<Finding>& findings) {
    return comments_for(findings, first_element(word),
                        [&](Position pos) { return element_for(word, pos); });
}

std::vector<WordComment> rendered_comments(const Document& markdown, const Document& rendered,
                                           const std::vector<Finding>& findings) {
    const std::vector<Landmark> source = document_landmarks(markdown);
    const std::vector<Landmark> target = document_landmarks(rendered);
    return comments_for(findings, first_element(rendered), [&](Position pos) {
        const std::optional<Position> at = matching_position(source, target, pos);
        return at ? element_for(rendered, *at) : std::nullopt;
    });
}

} // namespace cpdoc
