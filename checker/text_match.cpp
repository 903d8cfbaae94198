#include "text_match.hpp"

#include "grammar/values.hpp"

#include <algorithm>
#include <numeric>

namespace cpdoc {

std::size_t edit_distance(std::string_view a, std::string_view b) {
    std::vector<std::size_t> row(b.size() + 1);
    std::iota(row.begin(), row.end(), std::size_t{0});
    for (std::size_t i = 1; i <= a.size(); ++i) {
        std::size_t diagonal = row[0];
        row[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t above = row[j];
            row[j] =
                std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
            diagonal = above;
        }
    }
    return row[b.size()];
}

std::optional<std::string> nearest(std::string_view text,
                                   const std::vector<std::string>& candidates) {
    const std::string folded = fold_name(text);
    if (folded.size() > 200)
        return std::nullopt;
    std::optional<std::string> best;
    std::size_t best_distance = 0;
    for (const std::string& candidate : candidates) {
        const std::size_t distance = edit_distance(folded, fold_name(candidate));
        if (!best || distance < best_distance) {
            best = candidate;
            best_distance = distance;
        }
    }
    // A slip: up to a third of the word, at most 3 edits, never an exact match.
    if (!best || best_distance == 0 || best_distance > 3 || best_distance * 3 > folded.size() + 1)
        return std::nullopt;
    return best;
}

namespace {

// Folded text with everything but letters, digits and apostrophes turned into spaces,
// padded with a space either side, so whole words can be found with find().
std::string word_text(std::string_view text) {
    std::string out = " ";
    for (const char c : fold_name(text)) {
        const bool word = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '\'' ||
                          static_cast<unsigned char>(c) >= 0x80;
        out += word ? c : ' ';
    }
    out += ' ';
    std::string squeezed;
    for (const char c : out)
        if (c != ' ' || squeezed.empty() || squeezed.back() != ' ')
            squeezed += c;
    return squeezed;
}

} // namespace

namespace {

// The text with hyphens inside words dropped: "Co-ordinator" is "Coordinator".
std::string joined_hyphens(std::string_view text) {
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i)
        if (!(text[i] == '-' && i > 0 && i + 1 < text.size() && text[i - 1] != ' ' &&
              text[i + 1] != ' '))
            out += text[i];
    return out;
}

} // namespace

bool contains_phrase(std::string_view text, std::string_view phrase) {
    const std::string needle = word_text(phrase);
    if (needle == " ")
        return false;
    if (word_text(text).find(needle) != std::string::npos)
        return true;
    if (text.find('-') == std::string_view::npos && phrase.find('-') == std::string_view::npos)
        return false;
    return word_text(joined_hyphens(text)).find(word_text(joined_hyphens(phrase))) !=
           std::string::npos;
}

bool is_one_of(std::string_view text, const std::vector<std::string>& folded_phrases) {
    std::string_view trimmed = trim(text);
    if (trimmed.size() > 1 && trimmed.back() == '.')
        trimmed.remove_suffix(1);
    return std::find(folded_phrases.begin(), folded_phrases.end(), fold_name(trimmed)) !=
           folded_phrases.end();
}

std::size_t word_count(std::string_view text) {
    std::size_t count = 0;
    bool in_word = false;
    for (const char c : text) {
        const bool space = c == ' ' || c == '\t' || c == '\n';
        if (!space && !in_word)
            ++count;
        in_word = !space;
    }
    return count;
}

std::optional<std::string> carried_by(std::string_view text,
                                      const std::vector<std::string>& phrases,
                                      std::size_t short_text_words) {
    if (word_count(text) >= short_text_words)
        return std::nullopt;
    for (const std::string& phrase : phrases)
        if (contains_phrase(text, phrase))
            return phrase;
    return std::nullopt;
}

} // namespace cpdoc
