// CHAIR-MISSING, CHAIR-NOT-MANAGER, ACTION-OWNER-MISSING, ACTION-OWNER-NOT-PERSON,
// ACTION-OWNER-UNKNOWN, ACTION-DUE-MISSING: meetings chaired by a manager, and a named,
// accountable person and a date for every action.
#include "checker/declarative.hpp"
#include "checker/rule_families.hpp"
#include "checker/rule_support.hpp"
#include "checker/source_wording.hpp"
#include "grammar/folding.hpp"
#include "grammar/person.hpp"
#include "grammar/placeholders.hpp"
#include "view/text_match.hpp"

#include <algorithm>
#include <optional>

namespace cpdoc {
namespace {

constexpr std::string_view attendance = "Attendance";
constexpr std::string_view actions = "Actions";
constexpr std::string_view objectives = "Objectives";
constexpr std::string_view contingency = "Contingency plan";

const Field* chair_field(const CheckContext& context) {
    const Section* section = context.view.section(attendance);
    if (section == nullptr)
        return nullptr;
    return context.view.field(section->fields, attendance, "Chair");
}

// The chair field when it names someone: not empty, "TBC" or "Social Work".
const Field* named_chair(const CheckContext& context) {
    const Field* chair = chair_field(context);
    if (chair == nullptr || trim(chair->value.text).empty())
        return nullptr;
    if (is_placeholder(chair->value.text))
        return chair;
    if (is_placeholder_phrase(context, chair->value.text) ||
        not_a_named_person(context, chair->value.text))
        return nullptr;
    return chair;
}

class ChairMissing : public Rule {
public:
    const RuleInfo& info() const override {
        static const RuleInfo info{
            .id = "CHAIR-MISSING",
            .summary = "Minutes with no chair.",
            .rationale = "The chair is accountable for the meeting's decisions and for "
                         "making sure every action has an owner; minutes must say who it was.",
            .passing = "## Attendance\n- Chair: Alison Reid, Team Manager, Social Work",
            .failing = "## Attendance\n- Present: Alison Reid, Team Manager, Social Work",
            .fix = "Record who chaired the meeting, with their role.",
            .content = false,
            .reads = {"Attendance"}};
        return info;
    }
    void check(const CheckContext& context, const FindingSink& report) const override {
        if (context.view.spec(attendance) == nullptr ||
            context.view.spec(attendance)->field_named("Chair") == nullptr ||
            named_chair(context) != nullptr)
            return;
        if (const Field* chair = chair_field(context); chair && !trim(chair->value.text).empty()) {
            report(chair->value.pos, wording(context).typed(trim(chair->value.text)) +
                                         " does not name who chaired the meeting: write " +
                                         wording(context).typed("Chair: Name, Role, Agency"));
            return;
        }
        const Section* section = context.view.section(attendance);
        report(section != nullptr ? section->heading.pos
                                  : missing_section_position(context.document()),
               "the minutes do not say who chaired the meeting: add " +
                   wording(context).field_line("Chair", "Name, Role, Agency") +
                   " under Attendance" + misplaced_heading_hint(context, attendance));
    }
};

class ChairNotManager : public Rule {
public:
    const RuleInfo& info() const override {
        static const RuleInfo info{
            .id = "CHAIR-NOT-MANAGER",
            .summary = "A chair whose role is not a manager role in the policy.",
            .rationale = "Meetings about resistant families are chaired by a manager, who can "
                         "commit resources and escalate; a practitioner chairing their own "
                         "case cannot offer that oversight.",
            .passing = "- Chair: Alison Reid, Team Manager, Social Work",
            .failing = "- Chair: Jo Bell, Social Worker, Social Work",
            .fix = "The policy asks for a manager to chair: record the chair's manager role, or "
                   "have a "
                   "manager chair.",
            .reads = {"Attendance"}};
        return info;
    }
    void check(const CheckContext& context, const FindingSink& report) const override {
        const Field* chair = named_chair(context);
        if (chair == nullptr || is_placeholder(chair->value.text))
            return;
        Person person = parse_person(chair->value.text);
        if (person.role.empty())
            if (const Person* named = context.view.person(person.name))
                person = *named;
        if (person.role.empty()) {
            // "Rachel Osei Team Manager": the role is there, run into the name.
            const bool run_in = is_manager_role(context, person.name);
            report(
                chair->value.pos,
                std::string(run_in ? "the chair's role is not separated from the name"
                                   : "the chair's role is not recorded") +
                    ": write " + wording(context).typed("Chair: Name, Role, Agency") +
                    (run_in ? ", with commas between them" : " so it is clear a manager chaired"));
            return;
        }
        if (is_manager_role(context, person.role))
            return;
        report(chair->value.pos, "the chair, " + person.name + ", is " + with_article(person.role) +
                                     ", not a manager: the policy asks for a manager "
                                     "(e.g. Team Manager) to chair");
    }
};

template <class Check> void for_each_action(const CheckContext& context, Check check) {
    if (const Section* section = context.view.section(actions))
        for (const Record& record : section->records)
            check(record, context.view.field(record.fields, actions, "Owner"));
}

bool has_value(const Field* field) {
    return field != nullptr && !trim(field->value.text).empty();
}

class ActionOwnerMissing : public Rule {
public:
    const RuleInfo& info() const override {
        static const RuleInfo info{
            .id = "ACTION-OWNER-MISSING",
            .summary = "An action with no owner.",
            .rationale = "An action nobody owns does not happen; the minutes are how the "
                         "core group holds each other to account.",
            .passing = "- Book a joint visit with police\n  - Owner: Alison Reid\n"
                       "  - Due: 2026-11-27",
            .failing = "- Book a joint visit with police\n  - Due: 2026-11-27",
            .fix = "Name the person accountable for each action.",
            .reads = {"Actions"}};
        return info;
    }
    void check(const CheckContext& context, const FindingSink& report) const override {
        for_each_action(context, [&](const Record& record, const Field* owner) {
            if (!has_value(owner))
                report(record.title.pos, "this action has no " + wording(context).field("Owner") +
                                             ": name the one person who "
                                             "will do it");
        });
    }
};

class ActionOwnerNotPerson : public Rule {
public:
    const RuleInfo& info() const override {
        static const RuleInfo info{
            .id = "ACTION-OWNER-NOT-PERSON",
            .summary = "An owner that is an agency, a role, \"all\" or \"TBC\" rather than a "
                       "named person.",
            .rationale = "\"Health\" or \"all agencies\" cannot be asked at the next meeting "
                         "why an action was not done; a named person can.",
            .passing = "  - Owner: Jane Doe",
            .failing = "  - Owner: Health",
            .fix = "Name one person accountable for the action, not an agency, a role or \"all\".",
            .reads = {"Actions"}};
        return info;
    }
    void check(const CheckContext& context, const FindingSink& report) const override {
        for_each_action(context, [&](const Record&, const Field* owner) {
            if (!has_value(owner) || is_placeholder(owner->value.text))
                return;
            if (auto why = not_a_named_person(context, owner->value.text))
                report(owner->value.pos, "the action's owner is not one named person (" + *why +
                                             "): name the person accountable for it");
        });
    }
};

// The people an owner's name could be: the one named so, or everyone whose first name or
// surname it is ("Alison", "Dr Khan", "Khan").
std::vector<const Person*> people_called(const CheckContext& context, const std::string& name) {
    if (const Person* exact = context.view.person(name))
        return {exact};
    const std::string key = person_key(name);
    const auto space = key.find(' ');
    if (key.empty())
        return {};
    if (space == std::string::npos)
        return context.view.people_called(key);
    const auto without_stop = [](std::string word) {
        if (word.ends_with('.'))
            word.pop_back();
        return word;
    };
    const std::string first = without_stop(key.substr(0, space));
    const std::string second = without_stop(key.substr(space + 1));
    if (second.find(' ') != std::string::npos)
        return {};
    std::vector<const Person*> found;
    if (first.size() == 1) { // an initial and a surname: "D. Ross", "Mr D Ross"
        for (const Person* person : context.view.people_called(second)) {
            const std::string full = person_key(person->name);
            if (full.starts_with(first) && full.ends_with(" " + second))
                found.push_back(person);
        }
    } else if (second.size() == 1) { // a first name and an initial: "Sue P", "Sue P."
        for (const Person* person : context.view.people_called(first)) {
            const std::string full = person_key(person->name);
            const auto last_space = full.rfind(' ');
            if (full.starts_with(first + " ") && last_space != std::string::npos &&
                full.compare(last_space + 1, 1, second) == 0)
                found.push_back(person);
        }
    }
    return found;
}

class ActionOwnerUnknown : public Rule {
public:
    const RuleInfo& info() const override {
        static const RuleInfo info{
            .id = "ACTION-OWNER-UNKNOWN",
            .summary = "An owner not named in the attendance or named people.",
            .rationale = "An action given to someone who was not at the meeting, or a "
                         "misspelt name, may never reach them.",
            .passing = "## Attendance\n- Present: Jane Doe, Health Visitor, NHS\n...\n"
                       "  - Owner: Jane Doe",
            .failing = "  - Owner: Jane Dow",
            .fix =
                "Name an owner recorded in the attendance or the named people, or add them there.",
            .reads = {"Actions", "Objectives", "Contingency plan"}};
        return info;
    }
    void check(const CheckContext& context, const FindingSink& report) const override {
        // Made for the first owner no one is named as: most documents have none.
        std::vector<std::string> known;
        std::optional<Suggester> suggester;
        const auto suggest = [&](std::string_view name) {
            if (!suggester) {
                for (const auto& [key, person] : context.view.people())
                    known.push_back(key); // person_key(person.name)
                suggester.emplace(known);
            }
            return (*suggester)(person_key(name));
        };
        auto check_owner = [&](const Field* owner) {
            if (!has_value(owner) || is_placeholder(owner->value.text) ||
                not_a_named_person(context, owner->value.text))
                return;
            const std::string name = owner_person(context, owner->value.text).name;
            const auto matches = people_called(context, name);
            if (matches.size() == 1)
                return;
            std::string message;
            if (matches.size() > 1) {
                message = wording(context).typed(name) + " could be ";
                for (std::size_t i = 0; i < matches.size(); ++i)
                    message += (i == 0                    ? ""
                                : i + 1 == matches.size() ? " or "
                                                          : ", ") +
                               matches[i]->name;
                message += ": write the owner's full name";
            } else {
                message = wording(context).typed(name) + " is not named in the " +
                          where_people_are(context);
                if (const auto near = suggest(name))
                    message += ": did you mean " +
                               wording(context).typed(display_name(context, *near)) + "?";
                else
                    message += ": add them there, with their role and agency";
            }
            report(owner->value.pos, message);
        };
        for_each_action(context, [&](const Record&, const Field* owner) { check_owner(owner); });
        // A child's plan names its people under Named people; its objectives are its actions.
        // The contingency plan's owners, in plans and minutes, must be named there too (spec
        // section 3). Without the people's section there is nothing to check them against.
        const bool plan = context.view.kind() == "child-plan";
        if (context.view.section(plan ? "Named people" : "Attendance") == nullptr)
            return;
        for (const std::string_view owned : {objectives, contingency})
            if (const Section* section = context.view.section(owned))
                for (const Record& record : section->records)
                    check_owner(context.view.field(record.fields, owned, "Owner"));
    }

private:
    static std::string where_people_are(const CheckContext& context) {
        return context.view.kind() == "child-plan" ? "named people" : "attendance";
    }
    // The name as the document writes it, for a person key.
    static std::string display_name(const CheckContext& context, const std::string& key) {
        const Person* person = context.view.person(key);
        return person != nullptr ? person->name : key;
    }
};

class ActionDueMissing : public Rule {
public:
    const RuleInfo& info() const override {
        static const RuleInfo info{
            .id = "ACTION-DUE-MISSING",
            .summary = "An action with no due date, or one before the meeting that set it.",
            .rationale = "Without a date an action cannot be late, so nobody notices when it "
                         "has not been done.",
            .passing = "  - Due: 2026-11-27",
            .failing = "(an action with no `Due:`)",
            .fix = "Give each action a due date after the meeting that set it.",
            .reads = {"Actions"}};
        return info;
    }
    void check(const CheckContext& context, const FindingSink& report) const override {
        const Section* section = context.view.section(actions);
        if (section == nullptr)
            return;
        const auto meeting = context.view.front_date("date");
        for (const Record& record : section->records) {
            const Field* due = context.view.field(record.fields, actions, "Due");
            if (!has_value(due)) {
                report(record.title.pos, "this action has no " + wording(context).field("Due") +
                                             " date: give the date "
                                             "it will be done by");
                continue;
            }
            const std::string_view text = trim(due->value.text);
            const auto date = parse_date(text);
            if (!date) {
                if (!date_slip_reported(context, text) && is_no_date(context, text))
                    report(due->value.pos, wording(context).typed(text) +
                                               " is not a due date, so nobody can tell when the "
                                               "action is late: give the date it will be done by");
                continue;
            }
            // A date before the meeting that agreed the action is a slip, most often of the
            // year, and the action would be overdue from the day it was set.
            if (meeting && *date < *meeting)
                report(due->value.pos,
                       "due " + date->long_form() + ", before the meeting that agreed it on " +
                           meeting->long_form() + ": check the date it will be done by");
        }
    }

private:
    // "ASAP", "ongoing", "TBC", "next meeting": words where a date should be, in text that is
    // not a date. A date written the wrong way (20/11/26) is a date, which DATE-INVALID asks
    // to be rewritten.
    static bool is_no_date(const CheckContext& context, std::string_view text) {
        if (is_placeholder(text))
            return false;
        if (is_one_of(text, context.folded_vocabulary(Vocab::unrealistic_due)) ||
            is_placeholder_phrase(context, text))
            return true;
        return std::none_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
    }
};

} // namespace

void add_meeting_rules(RuleList& rules) {
    rules.push_back(std::make_unique<ChairMissing>());
    rules.push_back(std::make_unique<ChairNotManager>());
    rules.push_back(std::make_unique<ActionOwnerMissing>());
    rules.push_back(std::make_unique<ActionOwnerNotPerson>());
    rules.push_back(std::make_unique<ActionOwnerUnknown>());
    rules.push_back(std::make_unique<ActionDueMissing>());
}

} // namespace cpdoc
