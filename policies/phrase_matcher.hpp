// A vocabulary compiled once for whole-word search: which of its phrases a text contains.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cpdoc {

// The text with hyphens inside words dropped: "Co-ordinator" is "Coordinator".
std::string joined_hyphens(std::string_view text);
// The same into `out`, whose capacity a caller in a loop keeps from one text to the next.
void joined_hyphens(std::string_view text, std::string& out);

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
    // Phrases as the words of their word_form, indexed by the hash of their first word. A
    // text's words are read in place, one at a time, without writing its word_form: most
    // texts hold no phrase's first word and cost one pass over their bytes.
    class Index {
    public:
        // Adds a phrase's words (a word_form text); a phrase without words is never found.
        void add(std::uint32_t phrase, std::string_view word_form_text);
        // Makes the first-word table, once every phrase is added.
        void build();
        // Lowers `best` to the first phrase that stands in the text's words.
        void search(std::string_view text, std::size_t& best) const;

    private:
        struct Needle {
            std::uint32_t phrase;
            std::vector<std::string> words;
        };
        // Open addressing, at most half full: the needles whose first word has the slot's
        // hash are by_first_word_[begin, end), in their phrases' order; begin == end: empty.
        struct Slot {
            std::uint64_t hash = 0;
            std::uint32_t begin = 0;
            std::uint32_t end = 0;
        };
        const Slot* slot(std::uint64_t hash) const;

        std::vector<Needle> needles_; // in their phrases' order
        std::vector<std::uint32_t> by_first_word_;
        std::vector<Slot> slots_; // a power of two of them, or none
        // The first bytes of the needles' first words: a text's word that begins with none
        // of them is passed over without its hash being made.
        std::array<bool, 256> first_bytes_{};
    };

    std::vector<std::string> phrases_;
    Index plain_;  // word_form(phrase): for a text with a hyphen
    Index joined_; // word_form(joined_hyphens(phrase)): for that text's hyphens joined
    // Both, for a text without a hyphen (its hyphens joined, it is the same text).
    Index either_;
};

} // namespace cpdoc
