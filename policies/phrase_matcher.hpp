// A vocabulary compiled once for whole-word search: which of its phrases a text contains.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace cpdoc {

// The text with hyphens inside words dropped: "Co-ordinator" is "Coordinator".
std::string joined_hyphens(std::string_view text);

// Whether the text contains the phrase as whole words, folded (word_form); when either has a
// hyphen, also with hyphens inside words dropped ("co-ordinator" is "coordinator").
// PhraseMatcher answers the same for many phrases at once.
class PhraseMatcher {
public:
    PhraseMatcher() = default;
    explicit PhraseMatcher(std::vector<std::string> phrases);

    const std::vector<std::string>& phrases() const { return phrases_; }
    // The first of the phrases, in their order, that the text contains; nullopt when none.
    std::optional<std::size_t> first_in(std::string_view text) const;

private:
    // Each phrase as the words of its word_form, indexed by its first word.
    struct Index {
        std::vector<std::vector<std::string>> words; // per phrase; empty: never found
        // Looked up by string_view, without making a string per word of the text.
        struct Hash {
            using is_transparent = void;
            std::size_t operator()(std::string_view word) const {
                return std::hash<std::string_view>{}(word);
            }
        };
        std::unordered_map<std::string, std::vector<std::uint32_t>, Hash, std::equal_to<>>
            by_first_word; // phrases in their order
        // One bit per first byte and length (up to 15) of the first words: most words of a
        // text are passed over on it, without hashing them.
        std::array<std::uint64_t, 64> first_word_filter{};
        static std::size_t filter_bit(std::string_view word);
        bool may_begin(std::string_view word) const {
            const std::size_t bit = filter_bit(word);
            return (first_word_filter[bit / 64] >> (bit % 64) & 1U) != 0;
        }
        void add(std::size_t phrase, std::string_view word_form_text);
        // Lowers `best` to the first phrase, among those `eligible` allows, that stands in
        // the text's words.
        void search(const std::vector<std::string_view>& text_words,
                    const std::vector<char>* eligible, std::size_t& best) const;
    };

    std::vector<std::string> phrases_;
    Index plain_;                  // word_form(phrase)
    Index joined_;                 // word_form(joined_hyphens(phrase))
    std::vector<char> hyphenated_; // per phrase: it has a hyphen
    bool any_hyphenated_ = false;
};

} // namespace cpdoc
