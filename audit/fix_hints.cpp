#include "audit/fix_hints.hpp"

#include <algorithm>
#include <array>
#include <utility>

namespace cpdoc {
namespace {

// By rule id, sorted. A test holds it to the catalogue: every rule has one.
constexpr std::array<std::pair<std::string_view, std::string_view>, 46> hints = {{
    {"ACTION-DUE-MISSING", "Give each action a due date after the meeting that set it."},
    {"ACTION-OWNER-MISSING", "Name the person accountable for each action."},
    {"ACTION-OWNER-NOT-PERSON",
     "Name one person accountable for the action, not an agency, a role or \"all\"."},
    {"ACTION-OWNER-UNKNOWN",
     "Name an owner recorded in the attendance or the named people, or add them there."},
    {"ASSESSMENT-GAPS", "Record which areas of the assessment could not be completed, and why."},
    {"CHAIR-MISSING", "Record who chaired the meeting, with their role."},
    {"CHAIR-NOT-MANAGER",
     "The policy asks for a manager to chair: record the chair's manager role, or have a "
     "manager chair."},
    {"CHILD-SEEN-MISSING", "Record when the child was last seen, whether alone, and by whom."},
    {"CHILD-VIEWS-MISSING", "Record what the child said or showed, and how it was sought."},
    {"CHRONOLOGY-DATE", "Give every chronology entry a valid date."},
    {"CHRONOLOGY-ORDER", "Put the chronology's entries in date order."},
    {"CHRONOLOGY-SOURCE", "Name the agency and the record each entry comes from."},
    {"CHRONOLOGY-TYPE", "Use an event type from the policy's vocabulary."},
    {"CLOSURE-WITHOUT-DISCUSSION", "Record the multi-agency discussion of the proposal to close."},
    {"CONTINGENCY-MISSING",
     "Add a contingency plan: for each sign that the plan is not working, what will happen "
     "and who will act."},
    {"CONTINGENCY-VAGUE",
     "Give each contingency a trigger anyone would recognise, a response and a named owner."},
    {"CPCC-NOTIFY",
     "Notify the case conference chair within the timescale, and record by whom and when."},
    {"DATE-INVALID", "Write the date as 2026-11-25 or 25 November 2026."},
    {"DEFAULTED-VISITS",
     "Convene the multi-agency meeting (or, for a registered child, the core group) within "
     "the timescale, and record it."},
    {"FIELD-MISSING", "Add the field the policy requires, and fill it in."},
    {"FRONT-MATTER-KEY", "Give each front-matter key a value the dialect allows."},
    {"FRONT-MATTER-MISSING",
     "Start the document with front matter between `---` lines naming its kind and policy."},
    {"FRONT-MATTER-UNKNOWN-KEY", "Correct the key's spelling, or remove it."},
    {"INFO-SHARING-DECISION", "Record the decision: share, or do not share."},
    {"INFO-SHARING-FAMILY", "Record whether the family was told, and if not, why not."},
    {"INFO-SHARING-REASON", "Record why the information is, or is not, shared."},
    {"MARKING-INVALID", "Use a protective marking the policy accepts."},
    {"PARSE-ERROR", "Correct the text so it can be read: close the front matter, comments "
                    "and tables."},
    {"PLACEHOLDER-UNFILLED", "Fill in every placeholder before the document circulates."},
    {"RESISTANCE-CAUSE", "Say who resists, how and why, and the impact on the child."},
    {"REVIEW-DATE-MISSING",
     "Record when the plan will next be reviewed, or the group will next meet."},
    {"SCRA-NOTIFY", "Notify the Children's Reporter, and record by whom and when."},
    {"SECTION-MISSING", "Add the section the policy requires, and fill it in."},
    {"SMART-ACHIEVABLE", "Name the one person accountable for the objective."},
    {"SMART-MEASURABLE",
     "Say how anyone will know the objective has been met: what will be seen, counted or "
     "recorded."},
    {"SMART-RELEVANT", "Say which need or risk to the child the objective meets."},
    {"SMART-SPECIFIC",
     "Say what will be different for the child when the objective is met, in terms anyone "
     "could see."},
    {"SMART-TIMEBOUND", "Give a due date after the plan and before its next review."},
    {"SUPPRESSION-NO-REASON", "Say in the comment why the rule does not apply."},
    {"SUPPRESSION-UNKNOWN-RULE", "Name a rule cpdoc has (`cpdoc rules` lists them)."},
    {"TERM-DISGUISED-COMPLIANCE",
     "Describe the behaviour that was seen, or say \"apparent cooperation\"."},
    {"WORD-COMMENTS", "Resolve and delete every comment before the document circulates."},
    {"WORD-EMBEDDED", "Remove embedded files and objects; attach what is needed separately."},
    {"WORD-HIDDEN-TEXT", "Delete hidden text, or show it if it belongs in the record."},
    {"WORD-TRACKED-CHANGES", "Accept or reject every tracked change, then turn tracking off."},
    {"WORKER-SAFETY",
     "Record that the threat was shared with a manager, and the safety plan made."},
}};

} // namespace

std::optional<std::string_view> fix_hint(std::string_view rule_id) {
    const auto it = std::lower_bound(hints.begin(), hints.end(), rule_id,
                                     [](const std::pair<std::string_view, std::string_view>& hint,
                                        std::string_view id) { return hint.first < id; });
    if (it == hints.end() || it->first != rule_id)
        return std::nullopt;
    return it->second;
}

} // namespace cpdoc
