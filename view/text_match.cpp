#include "view/text_match.hpp"

#include "grammar/folding.hpp"

#include <algorithm>
#include <cctype>

namespace cpdoc {

namespace {

// The edit distance when it is at most `limit`, otherwise limit + 1: only the diagonals
// within `limit` of the main one are computed, and the work stops once every cell of a row
// is past it.
std::size_t bounded_edit_distance(std::string_view a, std::string_view b, std::size_t limit) {
    const std::size_t over = limit + 1;
    const std::size_t gap = a.size() > b.size() ? a.size() - b.size() : b.size() - a.size();
    if (gap > limit)
        return over;
    // Reused between calls: a document may ask for thousands of suggestions.
    thread_local std::vector<std::size_t> row, next;
    row.resize(b.size() + 1);
    next.resize(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j)
        row[j] = std::min(j, over);
    for (std::size_t i = 1; i <= a.size(); ++i) {
        const std::size_t from = i > limit ? i - limit : 1;
        const std::size_t to = std::min(b.size(), i + limit);
        std::fill(next.begin(), next.end(), over);
        next[0] = std::min(i, over);
        std::size_t best = next[0];
        for (std::size_t j = from; j <= to; ++j) {
            const std::size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
            next[j] = std::min({over, row[j] + 1, next[j - 1] + 1, row[j - 1] + cost});
            best = std::min(best, next[j]);
        }
        if (best > limit)
            return over;
        row.swap(next);
    }
    return std::min(row[b.size()], over);
}

} // namespace

Suggester::Suggester(const std::vector<std::string>& candidates) : candidates_(candidates) {
    folded_.reserve(candidates.size());
    for (const std::string& candidate : candidates)
        folded_.push_back(fold_name(candidate));
}

std::optional<std::string> Suggester::operator()(std::string_view text) const {
    const std::string folded = fold_name(text);
    if (folded.size() > 200)
        return std::nullopt;
    // A slip: up to a third of the word, at most 3 edits, never an exact match. Candidates
    // whose length alone puts them further away are not measured.
    const std::size_t limit = std::min<std::size_t>(3, (folded.size() + 1) / 3);
    std::optional<std::size_t> best;
    std::size_t best_distance = limit + 1;
    for (std::size_t i = 0; i < folded_.size() && best_distance > 0; ++i) {
        const std::size_t distance = bounded_edit_distance(folded, folded_[i], best_distance - 1);
        if (distance < best_distance) {
            best = i;
            best_distance = distance;
        }
    }
    if (!best || best_distance == 0)
        return std::nullopt;
    return candidates_[*best];
}

std::optional<std::string> nearest(std::string_view text,
                                   const std::vector<std::string>& candidates) {
    return Suggester(candidates)(text);
}

bool contains_phrase(std::string_view text, std::string_view phrase) {
    const std::string needle = word_form(phrase);
    if (needle == " ")
        return false;
    if (word_form(text).find(needle) != std::string::npos)
        return true;
    if (text.find('-') == std::string_view::npos && phrase.find('-') == std::string_view::npos)
        return false;
    return word_form(joined_hyphens(text)).find(word_form(joined_hyphens(phrase))) !=
           std::string::npos;
}

namespace {

// The text trimmed, without a final full stop: "Team Manager." is a role as "Team Manager" is.
std::string_view phrase_text(std::string_view text) {
    std::string_view trimmed = trim(text);
    if (trimmed.size() > 1 && trimmed.back() == '.')
        trimmed.remove_suffix(1);
    return trimmed;
}

} // namespace

std::string phrase_form(std::string_view text) {
    return fold_name(phrase_text(text));
}

bool is_formed_one_of(const std::string& formed, const FoldedTerms& phrases) {
    return phrases.contains(formed);
}

bool is_one_of(std::string_view text, const FoldedTerms& phrases) {
    // Folding keeps every ASCII letter and digit: a text with more of them than the longest
    // phrase has bytes is none of the phrases, found without folding (most texts are longer).
    if (text.size() > phrases.longest()) {
        std::size_t kept = 0;
        for (const char c : text)
            if (((c | 0x20) >= 'a' && (c | 0x20) <= 'z') || (c >= '0' && c <= '9'))
                if (++kept > phrases.longest())
                    return false;
    }
    const auto folded = fold_name_within(phrase_text(text), phrases.longest());
    return folded && phrases.contains(*folded);
}

namespace {

bool word_byte(char c) {
    const auto u = static_cast<unsigned char>(c);
    return std::isalnum(u) || c == '\'' || u >= 0x80;
}

// The words of a text, as [begin, end) byte ranges; a quote before or after a word is not
// in it ('sort her out'), an apostrophe inside it is ("Megan's").
std::vector<std::pair<std::size_t, std::size_t>> words_of(std::string_view text) {
    std::vector<std::pair<std::size_t, std::size_t>> words;
    for (std::size_t i = 0; i < text.size();) {
        if (!word_byte(text[i])) {
            ++i;
            continue;
        }
        std::size_t begin = i;
        while (i < text.size() && word_byte(text[i]))
            ++i;
        std::size_t end = i;
        while (begin < end && text[begin] == '\'')
            ++begin;
        while (end > begin && text[end - 1] == '\'')
            --end;
        if (begin < end)
            words.emplace_back(begin, end);
    }
    return words;
}

bool same_word(std::string_view a, std::string_view b) {
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
               return std::tolower(static_cast<unsigned char>(x)) ==
                      std::tolower(static_cast<unsigned char>(y));
           });
}

// find_phrase over the text's words, found once by the caller.
std::optional<std::size_t>
find_phrase_in_words(std::string_view text,
                     const std::vector<std::pair<std::size_t, std::size_t>>& haystack,
                     std::string_view phrase) {
    const auto needle = words_of(phrase);
    if (needle.empty())
        return std::nullopt;
    for (std::size_t i = 0; i + needle.size() <= haystack.size(); ++i) {
        bool match = true;
        for (std::size_t k = 0; k < needle.size() && match; ++k)
            match = same_word(
                text.substr(haystack[i + k].first, haystack[i + k].second - haystack[i + k].first),
                phrase.substr(needle[k].first, needle[k].second - needle[k].first));
        if (match)
            return haystack[i].first;
    }
    return std::nullopt;
}

} // namespace

std::optional<std::size_t> find_phrase(std::string_view text, std::string_view phrase) {
    return find_phrase_in_words(text, words_of(text), phrase);
}

TextWords::TextWords(std::string_view text) : text_(text), words_(words_of(text)) {}

std::optional<std::size_t> TextWords::find(std::string_view phrase) const {
    return find_phrase_in_words(text_, words_, phrase);
}

std::string_view first_sentence(std::string_view text) {
    for (std::size_t i = 0; i + 1 < text.size(); ++i)
        if ((text[i] == '.' || text[i] == '?' || text[i] == '!') && text[i + 1] == ' ')
            return text.substr(0, i + 1);
    return text;
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

std::vector<std::string_view> words_between_spaces(std::string_view text) {
    std::vector<std::string_view> words;
    for (std::size_t i = 0; i < text.size();) {
        while (i < text.size() && text[i] == ' ')
            ++i;
        const std::size_t start = i;
        while (i < text.size() && text[i] != ' ')
            ++i;
        if (i > start)
            words.push_back(text.substr(start, i - start));
    }
    return words;
}

std::optional<std::string> first_phrase_in(std::string_view text, const PhraseMatcher& phrases) {
    if (const auto found = phrases.first_in(text))
        return phrases.phrases()[*found];
    return std::nullopt;
}

std::optional<std::string> carried_by(std::string_view text, const PhraseMatcher& phrases,
                                      std::size_t short_text_words) {
    if (word_count(text) >= short_text_words)
        return std::nullopt;
    return first_phrase_in(text, phrases);
}

bool counts_or_times(std::string_view text) {
    static const std::vector<std::string> counted = {
        "every", "each",  "daily", "weekly", "fortnightly", "monthly", "termly", "once",
        "twice", "times", "per",   "least",  "two",         "three",   "four",   "five",
        "six",   "seven", "eight", "nine",   "ten",         "eleven",  "twelve", "half"};
    if (std::any_of(text.begin(), text.end(),
                    [](char c) { return std::isdigit(static_cast<unsigned char>(c)); }))
        return true;
    const std::string words = word_form(text);
    return std::any_of(counted.begin(), counted.end(), [&](const std::string& word) {
        return words.find(" " + word + " ") != std::string::npos;
    });
}

std::optional<std::string> vague_phrase_in(std::string_view text, const PhraseMatcher& phrases,
                                           std::size_t short_text_words) {
    auto first = first_phrase_in(text, phrases);
    if (!first || word_count(text) < short_text_words)
        return first;
    if (counts_or_times(text))
        return std::nullopt;
    // In a longer entry a vague word matters where it carries the sentence: as its verb, in its
    // first words ("Mum to engage with services and ..."), or as a hedge anywhere ("... as
    // appropriate", "... if needed"). "Ruby ... can name a safe adult" is not vague for "safe".
    constexpr std::size_t opening_words = 6;
    const auto text_words = words_of(text);
    for (const std::string& phrase : phrases.phrases()) {
        const auto at = find_phrase_in_words(text, text_words, phrase);
        const bool hedge = phrase.starts_with("if ") || phrase.starts_with("as ") ||
                           phrase.starts_with("where ") || phrase.starts_with("when ");
        if (at && (hedge || word_count(text.substr(0, *at)) < opening_words))
            return phrase;
    }
    return std::nullopt;
}

} // namespace cpdoc
