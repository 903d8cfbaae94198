// Fuzzy text helpers the rules share: did-you-mean suggestions and word search.
#pragma once

#include "grammar/edit_distance.hpp"
#include "policies/folded_terms.hpp"
#include "policies/phrase_matcher.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cpdoc {

// The candidate nearest to `text` (folded comparison), when it is near enough to be a slip.
std::optional<std::string> nearest(std::string_view text,
                                   const std::vector<std::string>& candidates);

// `nearest` for many texts against the same candidates, folding them once.
class Suggester {
public:
    explicit Suggester(const std::vector<std::string>& candidates);
    std::optional<std::string> operator()(std::string_view text) const;

private:
    const std::vector<std::string>& candidates_;
    std::vector<std::string> folded_;
};

// Whether the folded text contains the folded phrase as whole words.
bool contains_phrase(std::string_view text, std::string_view phrase);

// Whether the text, folded, is exactly one of the phrases, ignoring a final full stop: a
// pack's folded_vocabulary, or lower-case literals.
bool is_one_of(std::string_view text, const FoldedTerms& phrases);

// The same for a text tested against several vocabularies, folded once: `formed` is
// phrase_form(text), the text trimmed, without a final full stop, folded.
std::string phrase_form(std::string_view text);
bool is_formed_one_of(const std::string& formed, const FoldedTerms& phrases);

// Where the phrase's words first stand in the text, one after the other, whatever case,
// emphasis, hyphens or spacing lie between them ("Disguised-Compliance", "*disguised*
// compliance"): the byte offset of the first word, or nullopt.
std::optional<std::size_t> find_phrase(std::string_view text, std::string_view phrase);

// A text's words found once, for find_phrase with many phrases.
class TextWords {
public:
    explicit TextWords(std::string_view text);
    std::optional<std::size_t> find(std::string_view phrase) const;

private:
    std::string_view text_;
    std::vector<std::pair<std::size_t, std::size_t>> words_;
};

std::size_t word_count(std::string_view text);
// The text's words as it splits at spaces, as views of it.
std::vector<std::string_view> words_between_spaces(std::string_view text);

// The text up to the end of its first sentence (a full stop, question or exclamation mark
// followed by a space, or the end).
std::string_view first_sentence(std::string_view text);

// The first of the phrases the text contains as whole words (a pack's vocabulary_matcher).
std::optional<std::string> first_phrase_in(std::string_view text, const PhraseMatcher& phrases);

// The first of the phrases the text contains, when the text has fewer than
// `short_text_words` words: a short entry carried by a vague word says little else.
std::optional<std::string> carried_by(std::string_view text, const PhraseMatcher& phrases,
                                      std::size_t short_text_words);

// Whether the text gives something anyone could count or time: a number ("4 days", "90%"),
// a number word, or a frequency ("every", "each", "weekly", "at least").
bool counts_or_times(std::string_view text);

// The vague phrase an entry rests on: in a short entry (fewer than `short_text_words` words),
// the first of the phrases it contains; in a longer one that counts or times nothing, a phrase
// in its first words or a hedge ("as appropriate", "if needed"). Length alone is no detail:
// "Mum to engage with services and improve the home conditions" is as vague as "Improve home
// conditions".
std::optional<std::string> vague_phrase_in(std::string_view text, const PhraseMatcher& phrases,
                                           std::size_t short_text_words);

} // namespace cpdoc
