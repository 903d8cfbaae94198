#include "policies/phrase_matcher.hpp"

#include "grammar/folding.hpp"

#include <algorithm>

namespace cpdoc {

std::string joined_hyphens(std::string_view text) {
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i)
        if (!(text[i] == '-' && i > 0 && i + 1 < text.size() && text[i - 1] != ' ' &&
              text[i + 1] != ' '))
            out += text[i];
    return out;
}

namespace {

// The words of a word_form text (" a b c "), into `words`.
// Byte by byte: words are a few bytes long, too short for a memchr per word to pay.
void split_words(std::string_view text, std::vector<std::string_view>& words) {
    words.clear();
    std::size_t start = 0;
    for (std::size_t i = 0; i <= text.size(); ++i)
        if (i == text.size() || text[i] == ' ') {
            if (i > start)
                words.push_back(text.substr(start, i - start));
            start = i + 1;
        }
}

} // namespace

std::size_t PhraseMatcher::Index::filter_bit(std::string_view word) {
    return static_cast<unsigned char>(word.front()) * 16 + std::min<std::size_t>(word.size(), 15);
}

void PhraseMatcher::Index::add(std::size_t phrase, std::string_view word_form_text) {
    std::vector<std::string_view> split;
    split_words(word_form_text, split);
    words.emplace_back(split.begin(), split.end());
    if (split.empty())
        return;
    by_first_word[std::string(split.front())].push_back(static_cast<std::uint32_t>(phrase));
    const std::size_t bit = filter_bit(split.front());
    first_word_filter[bit / 64] |= std::uint64_t{1} << (bit % 64);
}

void PhraseMatcher::Index::search(const std::vector<std::string_view>& text_words,
                                  const std::vector<char>* eligible, std::size_t& best) const {
    for (std::size_t k = 0; k < text_words.size() && best > 0; ++k) {
        if (!may_begin(text_words[k]))
            continue;
        const auto it = by_first_word.find(text_words[k]);
        if (it == by_first_word.end())
            continue;
        for (const std::uint32_t phrase : it->second) {
            if (phrase >= best)
                break;
            if (eligible != nullptr && !(*eligible)[phrase])
                continue;
            const std::vector<std::string>& needle = words[phrase];
            if (needle.size() > text_words.size() - k)
                continue;
            bool match = true;
            for (std::size_t j = 1; j < needle.size() && match; ++j)
                match = text_words[k + j] == needle[j];
            if (match) {
                best = phrase;
                break;
            }
        }
    }
}

PhraseMatcher::PhraseMatcher(std::vector<std::string> phrases) : phrases_(std::move(phrases)) {
    for (std::size_t i = 0; i < phrases_.size(); ++i) {
        const std::string words = word_form(phrases_[i]);
        // A phrase without words is never found, not even with its hyphens joined.
        const bool wordless = words == " ";
        plain_.add(i, words);
        joined_.add(i, wordless ? std::string(" ") : word_form(joined_hyphens(phrases_[i])));
        hyphenated_.push_back(phrases_[i].find('-') != std::string::npos);
        any_hyphenated_ = any_hyphenated_ || hyphenated_.back();
    }
}

std::optional<std::size_t> PhraseMatcher::first_in(std::string_view text) const {
    if (phrases_.empty())
        return std::nullopt;
    // Kept from one text to the next: a text is searched for a vocabulary without allocating.
    thread_local std::vector<std::string_view> text_words;
    thread_local std::string words;
    std::size_t best = phrases_.size();
    word_form(text, words);
    split_words(words, text_words);
    plain_.search(text_words, nullptr, best);
    if (text.find('-') != std::string_view::npos) {
        word_form(joined_hyphens(text), words);
        split_words(words, text_words);
        joined_.search(text_words, nullptr, best);
    } else if (any_hyphenated_) {
        joined_.search(text_words, &hyphenated_, best);
    }
    if (best == phrases_.size())
        return std::nullopt;
    return best;
}

} // namespace cpdoc
