// The folding that makes two spellings of a name, a key or a heading the same.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace cpdoc {

// ASCII letters lower-cased, everything else kept.
std::string ascii_lowercase(std::string_view text);

// Lower case (ASCII), inline emphasis removed, runs of spaces folded to one, trimmed.
// "Alison  REID" and "alison reid" fold to the same text.
std::string fold_name(std::string_view text);

// fold_name, when the folded text is at most `limit` bytes long; nullopt, without folding
// the rest, when it is longer (it cannot then be any of the short texts it is compared with).
std::optional<std::string> fold_name_within(std::string_view text, std::size_t limit);

// Like fold_name, and punctuation dropped: "Child's views", "Childs Views:" and
// "child’s views" fold to the same key. Used for section names and field keys.
std::string fold_key(std::string_view text);

// The words of a text as one string to search for whole words in: folded (fold_name),
// everything but letters, digits and apostrophes made a space, runs of spaces made one, a
// space either side. "Sam's  *plan*." is " sam's plan ".
std::string word_form(std::string_view text);
// The same into `out`, whose capacity a caller in a loop keeps from one text to the next.
void word_form(std::string_view text, std::string& out);

// The key a section heading is matched by: fold_key without leading numbering, so
// "## 3. Contingency plan:" is the `Contingency plan` section.
std::string heading_key(std::string_view heading);

// The key of the heading's name before a qualifier that follows a dash, a colon or a slash:
// "Contingency plan – if things go wrong" and "Views of the Child / Young Person" are the
// `Contingency plan` and `Views of the child` sections. Empty when there is no qualifier.
std::string heading_stem_key(std::string_view heading);

// Without spaces, tabs and line endings at either end. Inline: rules and readers call it
// hundreds of times a document, mostly on texts with nothing to trim.
inline std::string_view trim(std::string_view text) {
    const auto space = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
    while (!text.empty() && space(text.front()))
        text.remove_prefix(1);
    while (!text.empty() && space(text.back()))
        text.remove_suffix(1);
    return text;
}

// A front-matter key as the dialect spells it: "Next_Review" and "next review" are
// "next-review".
std::string front_matter_key(std::string_view key);
// Whether front_matter_key(key) is `canonical`, without writing it.
bool is_front_matter_key(std::string_view key, std::string_view canonical);

} // namespace cpdoc
