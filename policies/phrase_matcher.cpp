#include "policies/phrase_matcher.hpp"

#include "grammar/folding.hpp"
#include "grammar/word_form_bytes.hpp"

#include <algorithm>
#include <array>
#include <bit>

namespace cpdoc {

std::string joined_hyphens(std::string_view text) {
    std::string out;
    joined_hyphens(text, out);
    return out;
}

void joined_hyphens(std::string_view text, std::string& out) {
    out.clear();
    for (std::size_t i = 0; i < text.size(); ++i)
        if (!(text[i] == '-' && i > 0 && i + 1 < text.size() && text[i - 1] != ' ' &&
              text[i + 1] != ' '))
            out += text[i];
}

namespace {

// FNV-1a over a word's folded bytes, one byte at a time as they are read.
constexpr std::uint64_t hash_start = 14695981039346656037ULL;
std::uint64_t hash_byte(std::uint64_t hash, char folded) {
    return (hash ^ static_cast<unsigned char>(folded)) * 1099511628211ULL;
}

std::uint64_t word_hash(std::string_view word) {
    std::uint64_t hash = hash_start;
    for (const char c : word)
        hash = hash_byte(hash, c);
    return hash;
}

// A word of word_form(text): the bytes of the text it spans (emphasis and all) and the hash
// of what word_form makes of them.
struct TextWord {
    std::size_t begin;
    std::size_t end;
    std::uint64_t hash;
};

// word_form_bytes with the first byte of a typographic apostrophe or dash marked, so that a
// byte of a text is read with one look-up and only that one reads on.
constexpr unsigned char typographic_mark = 1;
constexpr std::array<unsigned char, 256> reader_bytes = [] {
    std::array<unsigned char, 256> bytes{};
    for (std::size_t c = 0; c < bytes.size(); ++c)
        bytes[c] = static_cast<unsigned char>(word_form_bytes[c]);
    bytes[typographic_lead] = typographic_mark;
    return bytes;
}();

// The words of word_form(text), read in place one at a time.
class WordReader {
public:
    explicit WordReader(std::string_view text) : text_(text) {}

    // The next word; with `starts`, the next whose first folded byte it marks (the others are
    // passed over without their hash being made).
    bool next(TextWord& word, const std::array<bool, 256>* starts = nullptr) {
        std::size_t i = at_;
        for (;;) {
            for (;;) { // to the word's first byte: a quote before a word is not in it
                if (i >= text_.size()) {
                    at_ = i;
                    return false;
                }
                const unsigned char folded = byte_at(i);
                if (folded > ' ' && folded != '\'') // most bytes: a letter
                    break;
                std::size_t after = i;
                if (folded == typographic_mark) {
                    const unsigned char read = typographic(after);
                    if (read > ' ' && read != '\'')
                        break;
                } else {
                    ++after;
                }
                i = after;
            }
            word.begin = i;
            std::size_t after_first = i;
            if (starts == nullptr || (*starts)[folded_at(after_first)])
                break;
            i = word_end<false>(i, word.hash);
        }
        word.end = at_ = word_end<true>(i, word.hash);
        return true;
    }

private:
    // The folded byte at i (a typographic apostrophe or dash read whole), moving i past it.
    unsigned char folded_at(std::size_t& i) const {
        const unsigned char folded = byte_at(i);
        if (folded == typographic_mark)
            return typographic(i);
        ++i;
        return folded;
    }
    // Where the word that begins at i ends; with Hash, the hash of its folded bytes too. An
    // apostrophe is in the word only with a letter after it: "Megan's", not "'sort" or "out'".
    template <bool Hash> std::size_t word_end(std::size_t i, std::uint64_t& hash) const {
        if (Hash)
            hash = hash_start;
        while (i < text_.size()) {
            unsigned char folded = byte_at(i);
            if (folded > ' ' && folded != '\'') { // most bytes: a letter
                if (Hash)
                    hash = hash_byte(hash, static_cast<char>(folded));
                ++i;
                continue;
            }
            std::size_t after = i;
            if (folded == typographic_mark)
                folded = typographic(after);
            else
                ++after;
            if (folded == ' ')
                break;
            if (folded == '\'') {
                std::size_t letter = after;
                unsigned char next = ' ';
                while (letter < text_.size()) {
                    std::size_t past = letter;
                    next = folded_at(past);
                    if (next != '\0' && next != '\'')
                        break;
                    letter = past;
                }
                if (letter >= text_.size() || next == ' ')
                    break; // a closing quote: the word ends before it
                if (Hash)
                    for (std::size_t k = i; k < letter;)
                        if (folded_at(k) == '\'')
                            hash = hash_byte(hash, '\'');
                i = letter;
                continue;
            }
            if (Hash && folded != '\0')
                hash = hash_byte(hash, static_cast<char>(folded));
            i = after;
        }
        return i;
    }
    unsigned char byte_at(std::size_t i) const {
        return reader_bytes[static_cast<unsigned char>(text_[i])];
    }
    // What word_form makes of the typographic_lead byte at i (and the two after it when they
    // are a typographic apostrophe or dash), which it moves past them.
    unsigned char typographic(std::size_t& i) const {
        const WordFormByte byte = word_form_byte(text_, i);
        i += byte.length;
        return static_cast<unsigned char>(byte.folded);
    }

    std::string_view text_;
    std::size_t at_ = 0;
};

// Whether the text's word, folded, is `folded`.
bool spells(std::string_view text, const TextWord& word, std::string_view folded) {
    std::size_t k = 0;
    for (std::size_t i = word.begin; i < word.end;) {
        const WordFormByte byte = word_form_byte(text, i);
        i += byte.length;
        if (byte.folded == '\0')
            continue;
        if (k == folded.size() || folded[k] != byte.folded)
            return false;
        ++k;
    }
    return k == folded.size();
}

// The words of a word_form text (" a b c ").
std::vector<std::string> split_words(std::string_view text) {
    std::vector<std::string> words;
    std::size_t start = 0;
    for (std::size_t i = 0; i <= text.size(); ++i)
        if (i == text.size() || text[i] == ' ') {
            if (i > start)
                words.emplace_back(text.substr(start, i - start));
            start = i + 1;
        }
    return words;
}

} // namespace

void PhraseMatcher::Index::add(std::uint32_t phrase, std::string_view word_form_text) {
    std::vector<std::string> words = split_words(word_form_text);
    if (!words.empty())
        needles_.push_back({phrase, std::move(words)});
}

void PhraseMatcher::Index::build() {
    std::vector<std::pair<std::uint64_t, std::uint32_t>> firsts; // hash, needle
    for (std::uint32_t n = 0; n < needles_.size(); ++n) {
        firsts.emplace_back(word_hash(needles_[n].words.front()), n);
        first_bytes_[static_cast<unsigned char>(needles_[n].words.front().front())] = true;
    }
    std::stable_sort(firsts.begin(), firsts.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    for (const auto& [hash, needle] : firsts)
        by_first_word_.push_back(needle);
    if (firsts.empty())
        return;
    slots_.assign(std::bit_ceil(2 * firsts.size()), Slot{});
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t i = 0; i < firsts.size();) {
        std::size_t end = i;
        while (end < firsts.size() && firsts[end].first == firsts[i].first)
            ++end;
        std::size_t s = firsts[i].first & mask;
        while (slots_[s].begin != slots_[s].end)
            s = (s + 1) & mask;
        slots_[s] = {firsts[i].first, static_cast<std::uint32_t>(i),
                     static_cast<std::uint32_t>(end)};
        i = end;
    }
}

const PhraseMatcher::Index::Slot* PhraseMatcher::Index::slot(std::uint64_t hash) const {
    if (slots_.empty())
        return nullptr;
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t s = hash & mask;; s = (s + 1) & mask) {
        const Slot& candidate = slots_[s];
        if (candidate.begin == candidate.end)
            return nullptr;
        if (candidate.hash == hash)
            return &candidate;
    }
}

void PhraseMatcher::Index::search(std::string_view text, std::size_t& best) const {
    if (slots_.empty())
        return;
    WordReader reader(text);
    TextWord word;
    while (best > 0 && reader.next(word, &first_bytes_)) {
        const Slot* found = slot(word.hash);
        if (found == nullptr)
            continue;
        for (std::uint32_t k = found->begin; k < found->end; ++k) {
            const Needle& needle = needles_[by_first_word_[k]];
            if (needle.phrase >= best)
                break;
            bool match = spells(text, word, needle.words.front());
            WordReader ahead = reader;
            TextWord next;
            for (std::size_t j = 1; j < needle.words.size() && match; ++j)
                match = ahead.next(next) && spells(text, next, needle.words[j]);
            if (match) {
                best = needle.phrase;
                break;
            }
        }
    }
}

PhraseMatcher::PhraseMatcher(std::vector<std::string> phrases) : phrases_(std::move(phrases)) {
    for (std::uint32_t i = 0; i < phrases_.size(); ++i) {
        const std::string plain = word_form(phrases_[i]);
        const std::string joined = word_form(joined_hyphens(phrases_[i]));
        plain_.add(i, plain);
        joined_.add(i, joined);
        either_.add(i, plain);
        // A phrase with a hyphen is also found with it joined; one without is the same joined.
        if (phrases_[i].find('-') != std::string::npos && joined != plain)
            either_.add(i, joined);
    }
    plain_.build();
    joined_.build();
    either_.build();
}

std::optional<std::size_t> PhraseMatcher::first_in(std::string_view text) const {
    std::size_t best = phrases_.size();
    if (text.find('-') == std::string_view::npos) {
        either_.search(text, best);
    } else {
        // Kept from one text to the next: a text is searched without allocating.
        thread_local std::string joined;
        plain_.search(text, best);
        joined_hyphens(text, joined);
        joined_.search(joined, best);
    }
    if (best == phrases_.size())
        return std::nullopt;
    return best;
}

} // namespace cpdoc
