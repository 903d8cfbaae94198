// CHRONOLOGY-DATE, CHRONOLOGY-SOURCE, CHRONOLOGY-ORDER, CHRONOLOGY-TYPE: every entry of a
// chronology is dated, sourced, in order and of a known type.
#include "checker/declarative.hpp"
#include "checker/rule_families.hpp"
#include "checker/rule_support.hpp"
#include "checker/source_wording.hpp"
#include "grammar/folding.hpp"
#include "grammar/placeholders.hpp"
#include "view/chronology_view.hpp"
#include "view/text_match.hpp"

namespace cpdoc {
namespace {

class ChronologyDate : public Rule {
public:
    const RuleInfo& info() const override {
        static const RuleInfo info{
            .id = "CHRONOLOGY-DATE",
            .summary = "A chronology entry with no valid date (or a chronology with no table).",
            .rationale = "A chronology is read for patterns over time; an undated entry cannot "
                         "be placed in the pattern, and timescales cannot be counted from it.",
            .passing = "| 2026-11-03 | visit-no-access | No answer at 10:00 | Social Work |",
            .failing = "| early Nov | visit-no-access | No answer | Social Work |",
            .fix = "Give every chronology entry a valid date.",
            .reads = {"Chronology"}};
        return info;
    }
    void check(const CheckContext& context, const FindingSink& report) const override {
        const Chronology& chronology = context.view.chronology();
        if (chronology.tables.empty()) {
            report(missing_section_position(context.document()),
                   "there is no chronology table: add a table with the columns Date, Type, "
                   "Event and Source, one row per event");
            return;
        }
        for (const ChronologyEntry& entry : chronology.entries) {
            if (entry.date_cell == nullptr || entry.date)
                continue;
            const std::string_view text = trim(entry.date_cell->text);
            if (text.empty())
                report(entry.date_cell->pos, "this entry has no date");
            else if (!is_placeholder(text))
                report(entry.date_cell->pos,
                       why_not_a_date(text, std::nullopt, context.document().source_format) +
                           (entry.when ? "; the timescale rules read it as " +
                                             entry.when->long_form() + " until it is corrected"
                                       : ""));
        }
    }
};

class ChronologySource : public Rule {
public:
    const RuleInfo& info() const override {
        static const RuleInfo info{
            .id = "CHRONOLOGY-SOURCE",
            .summary = "A chronology entry with no source.",
            .rationale = "Every entry must say which agency and record it comes from, so it "
                         "can be checked and so the same event from two agencies is seen as "
                         "one.",
            .passing = "| 2026-11-03 | visit-no-access | No answer | Social Work (case note 14) |",
            .failing = "| 2026-11-03 | visit-no-access | No answer | |",
            .fix = "Name the agency and the record each entry comes from.",
            .reads = {"Chronology"}};
        return info;
    }
    void check(const CheckContext& context, const FindingSink& report) const override {
        for (const ChronologyEntry& entry : context.view.chronology().entries) {
            if (entry.source_cell == nullptr)
                return; // FIELD-MISSING reports the missing column
            const std::string_view source = trim(entry.source_cell->text);
            if (source.empty() || is_placeholder_phrase(context, source))
                report(entry.source_cell->pos,
                       "this entry has no source: say which agency and record it comes from");
        }
    }
};

class ChronologyOrder : public Rule {
public:
    const RuleInfo& info() const override {
        static const RuleInfo info{
            .id = "CHRONOLOGY-ORDER",
            .summary = "A chronology entry out of date order.",
            .rationale = "Readers scan a chronology top to bottom for patterns; an entry out "
                         "of order hides the sequence that matters.",
            .passing = "| 2026-11-03 | ... |\n| 2026-11-05 | ... |",
            .failing = "| 2026-11-05 | ... |\n| 2026-11-03 | ... |",
            .fix = "Put the chronology's entries in date order.",
            .reads = {"Chronology"}};
        return info;
    }
    void check(const CheckContext& context, const FindingSink& report) const override {
        std::optional<Date> latest;
        for (const ChronologyEntry& entry : context.view.chronology().entries) {
            if (!entry.date)
                continue;
            if (latest && *entry.date < *latest)
                report(entry.date_cell->pos, entry.date->long_form() +
                                                 " is out of order: it "
                                                 "comes after an entry dated " +
                                                 latest->long_form());
            else
                latest = entry.date;
        }
    }
};

class ChronologyType : public Rule {
public:
    const RuleInfo& info() const override {
        static const RuleInfo info{
            .id = "CHRONOLOGY-TYPE",
            .summary = "A chronology entry whose type is not in the policy's event vocabulary.",
            .rationale = "Types are what lets cpdoc count defaulted visits and find meetings; "
                         "an unknown type is an event no timescale can see.",
            .passing = "| 2026-11-03 | visit-no-access | ... |",
            .failing = "| 2026-11-03 | no access visit | ... |",
            .fix = "Use an event type from the policy's vocabulary.",
            .reads = {"Chronology"}};
        return info;
    }
    void check(const CheckContext& context, const FindingSink& report) const override {
        const auto& types = context.vocabulary(Vocab::event_types);
        const auto& folded_types = context.folded_vocabulary(Vocab::event_types);
        for (const ChronologyEntry& entry : context.view.chronology().entries) {
            if (entry.type_cell == nullptr)
                return;
            const std::string_view type = trim(entry.type_cell->text);
            if (is_placeholder(type) || is_one_of(type, folded_types))
                continue;
            if (type.empty()) {
                report(entry.type_cell->pos, "this entry has no type");
                continue;
            }
            const SourceWording words = wording(context);
            std::string message = words.typed(type) + " is not an event type of this policy";
            if (const auto near = event_type_meant(type, types))
                message += ": did you mean " + words.typed(*near) +
                           "? The timescale rules read it as " + words.typed(*near) +
                           " until it is corrected";
            else
                message += ": `cpdoc policies show " + context.policy()->id + "` lists the types";
            report(entry.type_cell->pos, message);
        }
    }
};

} // namespace

void add_chronology_rules(RuleList& rules) {
    rules.push_back(std::make_unique<ChronologyDate>());
    rules.push_back(std::make_unique<ChronologySource>());
    rules.push_back(std::make_unique<ChronologyOrder>());
    rules.push_back(std::make_unique<ChronologyType>());
}

} // namespace cpdoc
