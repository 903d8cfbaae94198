// CPCC-NOTIFY, DEFAULTED-VISITS, SCRA-NOTIFY: the clocks in the guidance, counted in
// calendar or working days on the pack's jurisdiction's calendar. Every deadline computed is
// recorded in the result; one not yet reached (by --today) is a note, not an error.
#include "checker/declarative.hpp"
#include "checker/rule_families.hpp"
#include "checker/rule_support.hpp"
#include "checker/source_wording.hpp"
#include "grammar/person.hpp"
#include "grammar/placeholders.hpp"
#include "policies/calendar.hpp"
#include "view/chronology_view.hpp"
#include "view/text_match.hpp"

#include <map>
#include <tuple>

namespace cpdoc {
namespace {

constexpr std::string_view notifications = "Notifications";

struct Notification {
    const Record* record;
    std::optional<Date> date;
};

// Notification records whose `To:` (or, without one, title) names the recipient, leaving out
// those dated before `not_before`: a notification sent before the events it is about does not
// tell anyone of them.
template <class Recipient>
std::vector<Notification> notifications_to(const CheckContext& context, Recipient is_recipient,
                                           std::optional<Date> not_before) {
    std::vector<Notification> found;
    const Section* section = context.view.section(notifications);
    if (section == nullptr)
        return found;
    for (const Record& record : section->records) {
        std::string_view to = context.view.value(record.fields, notifications, "To");
        if (to.empty())
            to = record.title.text;
        if (!is_recipient(to))
            continue;
        const auto date = parse_date(context.view.value(record.fields, notifications, "Date"));
        if (date && not_before && *date < *not_before)
            continue;
        found.push_back({&record, date});
    }
    return found;
}

// "Graham Tennant", "Mr Tennant", "Graham": one person, written fully or in part.
bool same_person(const std::string& written, const std::string& full) {
    const std::string part = person_key(written), whole = person_key(full);
    if (part == whole)
        return true;
    const auto first = whole.find(' '), last = whole.rfind(' ');
    return !part.empty() && part.find(' ') == std::string::npos && first != std::string::npos &&
           (whole.compare(0, first, part) == 0 || whole.substr(last + 1) == part);
}

// "case conference chair", "chair of the child protection case conference", "CPCC chair".
bool is_conference_chair(std::string_view to) {
    if (contains_phrase(to, "cpcc"))
        return true;
    if (!contains_phrase(to, "chair"))
        return false;
    for (const std::string_view conference : {"conference", "child protection", "cp"})
        if (contains_phrase(to, conference))
            return true;
    return false;
}

// "Children's Reporter", "the Reporter", "SCRA", "Scottish Children's Reporter Administration".
bool is_reporter(std::string_view to) {
    return contains_phrase(to, "reporter") || contains_phrase(to, "scra");
}

bool reached(const CheckContext& context, Date due) {
    return !context.options.today || *context.options.today > due;
}

Calendar calendar_of(const CheckContext& context) {
    return Calendar::for_jurisdiction(context.policy()->jurisdiction, context.policy()->holidays);
}

class CpccNotify : public Rule {
public:
    const RuleInfo& info() const override {
        static const RuleInfo info{
            .id = "CPCC-NOTIFY",
            .summary = "A core group with significant issues and no notification of the case "
                       "conference chair within 3 calendar days.",
            .rationale = "Issues that significantly affect the assessment and plan may need a "
                         "case conference; the chair can only decide if told promptly.",
            .passing = "significant-issues: yes\n...\n## Notifications\n- Case conference "
                       "chair told\n  - To: case conference chair\n  - By: Alison Reid\n"
                       "  - Date: 2026-11-18",
            .failing = "significant-issues: yes\n(no notification of the case conference chair)",
            .fix = "Notify the case conference chair within the timescale, and record by whom and "
                   "when.",
            .reads = {"Notifications"}};
        return info;
    }
    void check(const CheckContext& context, const FindingSink& report) const override {
        if (context.view.kind() != "core-group-minutes" ||
            !context.view.front_yes("significant-issues"))
            return;
        const FrontMatterEntry* flag = context.view.front("significant-issues");
        const auto meeting = context.view.front_date("date");
        if (!meeting) {
            const FrontMatterEntry* date = context.view.front("date");
            if (date == nullptr || !date_slip_reported(context, date->value.text))
                report(flag->value.pos, "significant issues are recorded but the meeting has no "
                                        "`date:`, so the deadline to notify the case conference "
                                        "chair cannot be counted");
            return;
        }
        const long days = context.param("calendar-days", 3);
        const Date due = meeting->plus_days(days);
        const auto told = notifications_to(context, is_conference_chair, meeting);
        Deadline deadline{std::string(info().id), "Notify the case conference chair", due,
                          std::nullopt, flag->value.pos};
        for (const Notification& notification : told)
            if (notification.date && (!deadline.met_on || *notification.date < *deadline.met_on))
                deadline.met_on = notification.date;
        report.deadline(deadline);
        if (deadline.met_on && *deadline.met_on <= due) {
            check_notified_by_chair(context, told, report);
            return;
        }
        const std::string required = "the chair of the core group notifies the case conference "
                                     "chair within " +
                                     std::to_string(days) + " calendar days of the meeting, by " +
                                     due.long_form();
        if (deadline.met_on)
            report(told.front().record->title.pos, "the case conference chair was told on " +
                                                       deadline.met_on->long_form() +
                                                       ", too late: " + required);
        else if (!told.empty())
            report_undated(context, told, required, report);
        else if (reached(context, due))
            report(flag->value.pos, "significant issues are recorded but the case conference "
                                    "chair was not notified: " +
                                        required);
        else
            report.note(flag->value.pos, "Notify the case conference chair by " + due.long_form());
    }

private:
    // The chair was told, on no date cpdoc can read. A date written but unreadable is
    // reported at the value; a notification with no date at all is reported here.
    static void report_undated(const CheckContext& context, const std::vector<Notification>& told,
                               const std::string& required, const FindingSink& report) {
        for (const Notification& notification : told)
            if (!date_slip_reported(context, context.view.value(notification.record->fields,
                                                                notifications, "Date"))) {
                report(notification.record->title.pos,
                       "the notification of the case conference chair has no " +
                           wording(context).field("Date") + ": " + required);
                return;
            }
    }

    // Lanarkshire asks the chair of the core group to tell the case conference chair: a
    // notification by someone else is a warning, naming the chair.
    static void check_notified_by_chair(const CheckContext& context,
                                        const std::vector<Notification>& told,
                                        const FindingSink& report) {
        const Section* attendance = context.view.section("Attendance");
        const Field* chair = attendance == nullptr
                                 ? nullptr
                                 : context.view.field(attendance->fields, "Attendance", "Chair");
        if (chair == nullptr)
            return;
        const std::string chair_name = parse_person(chair->value.text).name;
        for (const Notification& notification : told) {
            const Field* by = context.view.field(notification.record->fields, notifications, "By");
            if (by == nullptr || is_placeholder(by->value.text))
                continue;
            if (same_person(parse_person(by->value.text).name, chair_name))
                return;
        }
        for (const Notification& notification : told)
            if (const Field* by =
                    context.view.field(notification.record->fields, notifications, "By")) {
                report.warning(by->value.pos,
                               "the case conference chair was told by " +
                                   parse_person(by->value.text).name +
                                   "; the guidance asks the chair of the core group, " +
                                   chair_name + ", to notify them");
                return;
            }
    }
};

class DefaultedVisits : public Rule {
public:
    const RuleInfo& info() const override {
        static const RuleInfo info{
            .id = "DEFAULTED-VISITS",
            .summary = "More than three defaulted visits with no multi-agency meeting (7 working "
                       "days) or, for a registered child, core group (3 working days).",
            .rationale = "Repeated no-access visits are how a child disappears from view; the "
                         "guidance sets a clock for bringing the agencies together.",
            .passing = "| 2026-11-02 | visit-no-access | ... |\n(4th on 2026-11-12)\n"
                       "| 2026-11-17 | multi-agency-meeting | ... |",
            .failing = "(a 4th defaulted visit and no meeting within 7 working days)",
            .fix = "Convene the multi-agency meeting (or, for a registered child, the core group) "
                   "within "
                   "the timescale, and record it.",
            .reads = {"Chronology"}};
        return info;
    }
    void check(const CheckContext& context, const FindingSink& report) const override {
        const bool registered = context.view.front_yes("registered");
        const long threshold = context.param("threshold", 3);
        const long working_days = registered ? context.param("registered-working-days", 3)
                                             : context.param("working-days", 7);
        const std::string meeting = registered ? "core group" : "multi-agency meeting";
        const auto& defaulted_types = context.folded_vocabulary(Vocab::defaulted_visit_types);
        const Calendar calendar = calendar_of(context);

        const auto& types = context.vocabulary(Vocab::event_types);
        const auto& folded_types = context.folded_vocabulary(Vocab::event_types);

        const Chronology& chronology = context.view.chronology();
        std::vector<TypedEntry> dated;
        for (const ChronologyEntry& entry : chronology.entries)
            if (entry.when && entry.type_cell != nullptr)
                dated.push_back(
                    {&entry, read_event_type(entry.type_cell->text, types, folded_types)});
        std::stable_sort(dated.begin(), dated.end(), [](const auto& a, const auto& b) {
            return *a.entry->when < *b.entry->when;
        });

        long count = 0;
        SharedEvents shared;
        for (std::size_t i = 0; i < dated.size(); ++i) {
            const ChronologyEntry& entry = *dated[i].entry;
            if (is_meeting(dated[i].type)) {
                count = 0;
                continue;
            }
            if (!is_one_of(dated[i].type, defaulted_types) ||
                !shared.first_record(entry, dated[i].type) || ++count != threshold + 1)
                continue;
            const Date due = calendar.add_working_days(*entry.when, static_cast<int>(working_days));
            if (!calendar.covers(*entry.when) || !calendar.covers(due)) {
                const int year = calendar.covers(*entry.when) ? due.year : entry.when->year;
                report.warning(
                    entry.date_cell->pos,
                    "the bank holidays of " + std::to_string(year) +
                        " are not in cpdoc's calendar (" + std::to_string(calendar.first_year()) +
                        "-" + std::to_string(calendar.last_year()) + "): the deadline, " +
                        due.long_form() + ", counts only weekends in " + std::to_string(year));
            }
            Deadline deadline{std::string(info().id), "Hold a " + meeting, due, std::nullopt,
                              entry.date_cell->pos};
            for (std::size_t j = i + 1; j < dated.size() && !deadline.met_on; ++j)
                if (meets_deadline(dated[j].type, registered))
                    deadline.met_on = dated[j].entry->when;
            report.deadline(deadline);
            const std::string rule = std::to_string(threshold + 1) + " defaulted visits by " +
                                     entry.when->long_form() + ": a " + meeting +
                                     " must be held within " + std::to_string(working_days) +
                                     " working days, by " + due.long_form();
            if (deadline.met_on && *deadline.met_on <= due)
                continue;
            const std::string other = other_forum(dated, i, due, meeting);
            if (deadline.met_on)
                report(entry.date_cell->pos,
                       rule + "; it was held on " + deadline.met_on->long_form() + ", " +
                           std::to_string(
                               calendar.working_days_between(*entry.when, *deadline.met_on)) +
                           " working days after" + other);
            else if (reached(context, due))
                report(entry.date_cell->pos, rule + "; none is recorded" + other);
            else
                report.note(entry.date_cell->pos,
                            capitalised(meeting) + " due by " + due.long_form());
        }
    }

private:
    struct TypedEntry {
        const ChronologyEntry* entry;
        std::string type; // read_event_type
    };
    // The count runs "since the last multi-agency meeting or core group" (spec section 8); a
    // case conference is neither, as the guidance words it.
    static bool is_meeting(const std::string& type) {
        return type == "multi-agency-meeting" || type == "core-group";
    }
    // One visit k + 1 agencies recorded is k + 1 rows of one day and type, each naming the k
    // others in "Also reported by" (as `cpdoc chronology merge` marks them): counted once.
    class SharedEvents {
    public:
        bool first_record(const ChronologyEntry& entry, const std::string& type) {
            const std::size_t others = entry.other_reporters();
            if (others == 0)
                return true;
            return seen_[std::make_tuple(*entry.when, type, others)]++ % (others + 1) == 0;
        }

    private:
        std::map<std::tuple<Date, std::string, std::size_t>, std::size_t> seen_;
    };
    // A case conference or strategy discussion held by the deadline, which is not the meeting
    // the guidance asks for: said, so the chair sees why it did not count.
    static std::string other_forum(const std::vector<TypedEntry>& dated, std::size_t i,
                                   const Date& due, const std::string& meeting) {
        for (std::size_t j = i + 1; j < dated.size() && *dated[j].entry->when <= due; ++j)
            for (const auto& [type, name] : {std::pair<std::string_view, std::string_view>{
                                                 "case-conference", "a case conference"},
                                             {"strategy-discussion", "a strategy discussion"}})
                if (dated[j].type == type)
                    return " (" + std::string(name) + " was held on " +
                           dated[j].entry->when->long_form() + ", which is not a " + meeting + ")";
        return {};
    }
    // Portsmouth: for a child subject to a plan "the Core Group should be convened"; otherwise
    // a multi-agency meeting (a core group brings the same agencies together).
    static bool meets_deadline(const std::string& type, bool registered) {
        return registered ? type == "core-group" : is_meeting(type);
    }
    static std::string capitalised(std::string text) {
        if (!text.empty() && text[0] >= 'a' && text[0] <= 'z')
            text[0] = static_cast<char>(text[0] - 'a' + 'A');
        return text;
    }
};

class ScraNotify : public Rule {
public:
    const RuleInfo& info() const override {
        static const RuleInfo info{
            .id = "SCRA-NOTIFY",
            .summary = "A child under a CSO who is not being seen, with no notification of the "
                       "Children's Reporter.",
            .rationale = "A Compulsory Supervision Order is the Children's Hearing's decision; "
                         "when a family's resistance stops the child being seen, the Reporter "
                         "must know so the order can be reviewed.",
            .passing = "cso: yes\n...\n## Notifications\n- Reporter told Megan is not being "
                       "seen\n  - To: Children's Reporter\n  - By: Alison Reid\n"
                       "  - Date: 2026-11-17",
            .failing = "cso: yes\n- Last seen: 2026-10-01\n(resistance recorded, no notification "
                       "of the Reporter)",
            .fix = "Notify the Children's Reporter, and record by whom and when.",
            .reads = {"Notifications", "Chronology"}};
        return info;
    }
    void check(const CheckContext& context, const FindingSink& report) const override {
        const std::string& kind = context.view.kind();
        if (!context.view.front_yes("cso"))
            return;
        if (kind == "chronology") {
            check_chronology(context, report);
            return;
        }
        if (kind != "core-group-minutes" && kind != "multi-agency-minutes")
            return;
        const Section* seen = context.view.section("Child seen");
        const auto meeting = context.view.front_date("date");
        if (seen == nullptr || !meeting || !resistance_recorded(context))
            return;
        // In a sibling group, the child unseen longest.
        const Field* last_seen = nullptr;
        std::optional<Date> last;
        for (const ChildSeen& child : children_seen(context, *seen)) {
            const Field* field = context.view.field(*child.fields, "Child seen", "Last seen");
            const auto date = field == nullptr ? std::nullopt : parse_date(field->value.text);
            if (date && (!last || *date < *last)) {
                last = date;
                last_seen = field;
            }
        }
        if (!last)
            return; // CHILD-SEEN-MISSING or DATE-INVALID says so
        const long unseen_days = context.param("unseen-days", 14);
        if (meeting->days() - last->days() <= unseen_days)
            return;
        if (!notifications_to(context, is_reporter, last).empty())
            return;
        report(last_seen->value.pos,
               "the child is under a Compulsory Supervision Order, resistance is recorded, and "
               "the child has not been seen for " +
                   std::to_string(meeting->days() - last->days()) +
                   " days: notify the Children's Reporter and record it under Notifications");
    }

private:
    // In a Resistance section, or told anywhere in the minutes' words ("apparent cooperation",
    // "not engaging", "hostile"): the resistance the guidance means.
    static bool resistance_recorded(const CheckContext& context) {
        if (const Section* resistance = context.view.section("Resistance");
            resistance != nullptr && !resistance->empty())
            return true;
        bool told = false;
        context.view.for_each_text([&](const Located& located, const Section&) {
            told = told || context.first_term_in(Vocab::resistance_labels, located.text);
        });
        return told;
    }

    // A chronology tells the same: the child last seen at a visit, visits with no access or
    // cancelled by the family, threats or non-compliance since, and no notification of the
    // Reporter after it, by the chronology's date (or its last entry).
    static void check_chronology(const CheckContext& context, const FindingSink& report) {
        const auto& types = context.vocabulary(Vocab::event_types);
        const auto& folded_types = context.folded_vocabulary(Vocab::event_types);
        const auto& defaulted = context.folded_vocabulary(Vocab::defaulted_visit_types);
        const auto& resistance = context.folded_vocabulary(Vocab::resistance_types);
        const ChronologyEntry* seen = nullptr;
        std::optional<Date> latest;
        for (const ChronologyEntry& entry : context.view.chronology().entries) {
            if (!entry.when || entry.type_cell == nullptr)
                continue;
            if (!latest || *entry.when > *latest)
                latest = entry.when;
            const std::string type = read_event_type(entry.type_cell->text, types, folded_types);
            if ((type == "visit-seen" || type == "visit-seen-alone") &&
                (seen == nullptr || *entry.when > *seen->when))
                seen = &entry;
        }
        const auto as_of =
            context.view.front_date("date") ? context.view.front_date("date") : latest;
        if (seen == nullptr || !as_of || seen->date_cell == nullptr)
            return;
        bool resisted = false;
        bool reporter_told = false;
        for (const ChronologyEntry& entry : context.view.chronology().entries) {
            if (!entry.when || entry.type_cell == nullptr || *entry.when < *seen->when)
                continue;
            const std::string type = read_event_type(entry.type_cell->text, types, folded_types);
            resisted = resisted || defaulted.contains(type) || resistance.contains(type) ||
                       type == "threat-to-worker";
            if (type == "notification" && entry.event_cell != nullptr &&
                is_reporter(entry.event_cell->text))
                reporter_told = true;
        }
        const long unseen_days = context.param("unseen-days", 14);
        const long days = as_of->days() - seen->when->days();
        if (!resisted || reporter_told || days <= unseen_days)
            return;
        report(seen->date_cell->pos,
               "the child is under a Compulsory Supervision Order and was last seen on " +
                   seen->when->long_form() + ", " + std::to_string(days) +
                   " days before, with visits refused or missed since: notify the Children's "
                   "Reporter and record it as a notification");
    }
};

} // namespace

void add_timescale_rules(RuleList& rules) {
    rules.push_back(std::make_unique<CpccNotify>());
    rules.push_back(std::make_unique<DefaultedVisits>());
    rules.push_back(std::make_unique<ScraNotify>());
}

} // namespace cpdoc
