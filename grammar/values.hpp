// The dialect's value forms other than dates: yes/no with a reason, persons, and the
// folding that makes two spellings of a name or a heading the same.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cpdoc {

struct YesNo {
    bool yes = false;
    std::string reason; // text after the separator, may be empty
};

// "yes", "No — telling the family would put Megan at risk", "no; ..." (any case); "not yet",
// "not informed" and "not told" are a no.
std::optional<YesNo> parse_yes_no(std::string_view text);

// "Name, Role, Agency" or "Name (Role, Agency)"; role and agency may be empty.
struct Person {
    std::string name;
    std::string role;
    std::string agency;
};

Person parse_person(std::string_view text);

// The people a value lists when it names several, each as `Name (Role)`, separated by commas
// or semicolons: "Jo Bell (SW), Jane Doe (HV); Tom Price (DHT)"; or each as `Name, Role,
// Agency`, separated by semicolons. Otherwise the whole value, which is one person ("Jo Bell,
// Social Worker, Social Work").
std::vector<std::string_view> listed_people(std::string_view text);

// The key that identifies a person across a document: the folded name without a title
// ("Dr Sam Khan" and "sam khan" are the same person).
std::string person_key(std::string_view name);

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

// The key a section heading is matched by: fold_key without leading numbering, so
// "## 3. Contingency plan:" is the `Contingency plan` section.
std::string heading_key(std::string_view heading);

std::string_view trim(std::string_view text);

// A front-matter key as the dialect spells it: "Next_Review" and "next review" are
// "next-review".
std::string front_matter_key(std::string_view key);

// Drops one leading separator (, ; : - . em or en dash) and the spaces around it.
std::string_view strip_separator(std::string_view text);

// The whole value is one `{{ ... }}` placeholder.
bool is_placeholder(std::string_view text);

// The text with every `{{ ... }}` placeholder made spaces, so offsets still point into the
// original: what the author wrote, without a template's guidance.
std::string without_placeholders(std::string_view text);

// How a document kind is named to a reader: "core-group-minutes" -> "Core group minutes".
std::string kind_title(std::string_view kind);

} // namespace cpdoc
