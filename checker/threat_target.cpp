#include "threat_target.hpp"
#include "grammar/folding.hpp"

#include "view/text_match.hpp"

#include <algorithm>

namespace cpdoc {
namespace {

enum class Who { worker, family };

struct Mention {
    std::size_t at;
    Who who;
};

// Words a family member is written with in the attendance ("Chelsea Barrow (Mum)").
bool family_role(const CheckContext& context, std::string_view role) {
    return context.first_term_in(Vocab::family_words, role).has_value();
}

enum class Which { first, last };

// The first (or last) person the text names, and whether a worker or one of the family.
std::optional<Mention> mention(const CheckContext& context, std::string_view text,
                               Which which = Which::first) {
    std::optional<Mention> first;
    const TextWords words(text); // found once for the many names looked for
    const auto consider = [&](std::string_view phrase, Who who) {
        const auto at = words.find(phrase);
        if (at && (!first || (which == Which::first ? *at < first->at : *at > first->at)))
            first = Mention{*at, who};
    };
    for (const std::string& word : context.vocabulary(Vocab::worker_words)) {
        consider(word, Who::worker);
        consider(word + "'s", Who::worker); // "the social worker's car"
    }
    for (const std::string& word : context.vocabulary(Vocab::family_words))
        consider(word, Who::family);
    for (const auto& [key, person] : context.view.people()) {
        if (person.role.empty() && person.agency.empty())
            continue;
        const Who who = family_role(context, person.role) ? Who::family : Who::worker;
        consider(person.name, who);
        const auto space = person.name.rfind(' ');
        if (space != std::string::npos) { // "Jo" or "Bell" for Jo Bell, and "Jo's"
            const std::string first = person.name.substr(0, person.name.find(' '));
            consider(first, who);
            consider(first + "'s", who);
            consider(std::string_view(person.name).substr(space + 1), who);
        }
    }
    return first;
}

// The first `count` words of the text.
std::string_view first_words(std::string_view text, std::size_t count) {
    std::size_t words = 0;
    for (std::size_t i = 0; i < text.size(); ++i)
        if (text[i] == ' ' && i > 0 && text[i - 1] != ' ' && ++words == count)
            return text.substr(0, i);
    return text;
}

// The words after a threat up to where the sentence moves on (a comma, a bracket, "and",
// "but"): who was threatened is named there, not in what follows ("a conviction for assault
// (2023) and two police call-outs" threatens no police officer).
std::string_view up_to_next_part(std::string_view after) {
    std::size_t end = std::min(after.find_first_of(",()"), after.size());
    for (const std::string_view joint : {" and ", " but ", " because ", " when ", " while "})
        end = std::min(end, after.find(joint));
    return after.substr(0, end);
}

// Whether the word form of the text ends with one of the words.
bool ends_with_word(std::string_view before, std::initializer_list<std::string_view> endings) {
    const std::string words = word_form(before);
    for (const std::string_view ending : endings)
        if (words.ends_with(ending))
            return true;
    return false;
}

bool denied(std::string_view before) {
    if (ends_with_word(before, {" no ", " not ", " never ", " denied ", " nor ", " without "}))
        return true;
    // "no threats or aggressive behaviour": the denial carries over "or" to the next thing
    // listed, a few words back.
    const std::string words = word_form(before);
    if (!words.ends_with(" or ") && !words.ends_with(" and "))
        return false;
    std::size_t start = words.size() - 1;
    for (int count = 0; count < 5 && start > 0; ++count)
        start = words.rfind(' ', start - 1);
    const std::string_view recent = std::string_view(words).substr(start);
    for (const std::string_view denial : {" no ", " not ", " never ", " without "})
        if (recent.find(denial) != std::string_view::npos)
            return true;
    return false;
}

// "The HV was assaulted by Mum's partner": the one threatened is the clause's subject.
bool passive(std::string_view before) {
    return ends_with_word(before, {" was ", " were ", " been ", " got ", " being "});
}

bool has_pronoun(std::string_view words) {
    return words.find(" him ") != std::string_view::npos ||
           words.find(" her ") != std::string_view::npos ||
           words.find(" them ") != std::string_view::npos;
}

// A threat whose words hold whom it is against: "sort her out", "watch himself", "knows where
// you live".
bool names_its_target(std::string_view threat_words) {
    for (const std::string_view target : {" himself ", " herself ", " themselves ", " yourself ",
                                          " you ", " your ", " she ", " he ", " they "})
        if (threat_words.find(target) != std::string_view::npos)
            return true;
    return has_pronoun(threat_words);
}

// The words after the last word that opens a clause of its own: "Police attended on 28/11
// after Kirsten's ex-partner" is "Kirsten's ex-partner"; the whole text when none does.
std::string_view own_clause(std::string_view before) {
    const std::string lower = ascii_lowercase(before);
    std::size_t start = 0;
    for (const std::string_view opener : {" after ", " when ", " because ", " since ", " while ",
                                          " whilst ", " until ", " before ", " once ", " where "})
        if (const auto at = lower.rfind(opener); at != std::string::npos)
            start = std::max(start, at + opener.size());
    return before.substr(start);
}

// Whether the threat at `at` in the clause is against a worker.
bool against_worker(const CheckContext& context, std::string_view clause, std::size_t at,
                    std::size_t threat_length) {
    // The phrase as the pack spells it may be longer than the words found (a pack's quoted
    // term "'kill'" is the word kill): what follows starts no later than the clause's end.
    threat_length = std::min(threat_length, clause.size() - at);
    const std::string_view before = clause.substr(0, at);
    if (denied(before))
        return false;
    const auto is_worker = [](const std::optional<Mention>& named) {
        return named && named->who == Who::worker;
    };
    // A threat in a clause of its own ("after Kirsten's ex-partner assaulted her") has its
    // subject there, when the clause names anyone; and when it names two, the one a pronoun
    // after the threat means is the first, not the one who did it.
    const std::string_view own = own_clause(before);
    const bool subordinate = own.size() < before.size();
    const auto subject = [&] {
        if (subordinate)
            if (auto named = mention(context, own))
                return named;
        return mention(context, before);
    };
    const auto pronoun_means_worker = [&] {
        if (subordinate) {
            const auto first = mention(context, own);
            const auto last = mention(context, own, Which::last);
            if (first && last && first->at != last->at)
                return first->who == Who::worker;
        }
        return is_worker(mention(context, before)) ||
               is_worker(mention(context, before, Which::last));
    };
    // "knows where social workers live": the threat names them; "would 'sort her out'",
    // "should 'watch himself'": the one it is against is the clause's subject or named last
    // before it.
    const std::string_view threat = clause.substr(at, threat_length);
    if (is_worker(mention(context, threat)))
        return true;
    const std::string after_words = word_form(clause.substr(at + threat_length));
    // "threatened to make a complaint about the social worker": no threat of harm.
    for (const std::string_view no_harm :
         {" to complain ", " to make a complaint ", " a complaint ", " to report ",
          " legal action ", " to contact ", " to go to the ", " to sue ", " to withdraw ",
          " to move "})
        if (after_words.starts_with(no_harm))
            return false;
    // "felt intimidated by the number of professionals": they are who did it, not to whom; the
    // one it was done to is the clause's subject.
    if (after_words.starts_with(" by "))
        return is_worker(subject());
    // "told Tom he would regret it", "said the HV would be sorry": the one told, before it.
    const std::string threat_form = word_form(threat);
    if (threat_form.find(" regret ") != std::string::npos ||
        threat_form.find(" sorry ") != std::string::npos || names_its_target(threat_form))
        return pronoun_means_worker();
    if (passive(before))
        return is_worker(subject());
    const std::string_view after =
        first_words(up_to_next_part(clause.substr(at + threat_length)), 8);
    // "When Jo visited, Mr Barrow swore at her and threatened her": the clause's subject;
    // "aggressive toward the SW and threatened him": the one named last before the threat.
    if (has_pronoun(word_form(first_words(after, 1))))
        return pronoun_means_worker();
    if (const auto object = mention(context, after))
        return object->who == Who::worker;
    // "threatened to put him through the window": the one named last before the threat.
    return has_pronoun(word_form(after)) && is_worker(mention(context, before, Which::last));
}

} // namespace

std::optional<Position> threat_to_worker_in(const CheckContext& context, const Located& located) {
    const PhraseMatcher& threat_words = context.vocabulary_matcher(Vocab::threat_words);
    const std::string_view text = located.text;
    if (!threat_words.first_in(text)) // most texts: one search, no clauses
        return std::nullopt;
    for (std::size_t start = 0; start < text.size();) {
        const std::size_t end = std::min(text.find_first_of(".;!?", start), text.size());
        const std::string_view clause = text.substr(start, end - start);
        // Every threat the clause tells, not only the vocabulary's first: "he had better
        // watch herself and he knows where she lives".
        if (threat_words.first_in(clause)) {
            const TextWords words(clause);
            for (const std::string& threat : threat_words.phrases())
                if (const auto at = words.find(threat);
                    at && against_worker(context, clause, *at, threat.size()))
                    return located.position_at(start + *at);
        }
        start = end + 1;
    }
    return std::nullopt;
}

std::optional<Position> threat_to_worker_told(const CheckContext& context,
                                              const std::vector<std::string_view>& skip_sections) {
    // By their specs: the view may read a section in another shape (a contingency plan
    // written as the section's own fields), and the document's own is walked here.
    std::vector<const SectionSpec*> skipped;
    for (const std::string_view name : skip_sections)
        if (const SectionSpec* spec = context.view.spec(name))
            skipped.push_back(spec);
    std::optional<Position> found;
    const auto look_in = [&](const Located& located, const Section&) {
        if (!found)
            found = threat_to_worker_in(context, located);
    };
    for (const Section& section : context.document().sections)
        if (const SectionSpec* spec = context.view.spec_of(section);
            !found &&
            (spec == nullptr || std::find(skipped.begin(), skipped.end(), spec) == skipped.end()))
            DocumentView::for_each_text_in(section, look_in);
    return found;
}

} // namespace cpdoc
