#include "document_writer.hpp"

#include "grammar/folding.hpp"
#include "grammar/yes_no.hpp"
#include "policies/finding_place.hpp"
#include "section_blocks.hpp"
#include "text_inlines.hpp"
#include "view/document_view.hpp"

namespace cpdoc {
namespace {

using pandoc::Blocks;
using pandoc::Inlines;

std::string front_value(const Document& document, std::string_view key) {
    const FrontMatterEntry* entry = document.front_matter.find(key);
    return entry == nullptr ? "" : std::string(trim(entry->value.text));
}

// "next-review" -> "Next review"
std::string key_label(std::string_view key) {
    if (key == "cso")
        return "Compulsory Supervision Order";
    std::string label(key);
    for (char& c : label)
        if (c == '-')
            c = ' ';
    if (!label.empty() && label[0] >= 'a' && label[0] <= 'z')
        label[0] = static_cast<char>(label[0] - 'a' + 'A');
    return label;
}

// A front matter value as the reader should see it: a date in long form, a plain answer as
// Yes or No, anything else as written.
Inlines display_value(const Located& value) {
    if (auto date = date_inlines(value))
        return std::move(*date);
    if (const auto answer = parse_yes_no(value.text); answer && answer->reason.empty())
        return pandoc::text(answer->yes ? "Yes" : "No");
    return text_inlines(value);
}

std::string policy_name(const CheckResult& result) {
    if (!result.policy)
        return "no policy pack";
    return result.policy->title + " (" + result.policy->id + ", version " + result.policy->version +
           ", " + result.policy->provenance() + ")";
}

// The kind as its pack names it to a reader ("Core group minutes"), or `unknown` when the
// document gives none.
std::string kind_title(const CheckResult& result, const std::string& unknown) {
    if (result.kind.empty())
        return unknown;
    return result.policy != nullptr ? result.policy->kind_title(result.kind) : result.kind;
}

} // namespace

std::string document_title(const Document& document, const CheckResult& result) {
    if (document.title && !trim(document.title->text).empty())
        return std::string(trim(document.title->text));
    const std::string child = front_value(document, "child");
    return kind_title(result, "document") + (child.empty() ? "" : " \u2014 " + child);
}

namespace {

// Document kind, child, date, everything else the front matter says, and the pack; a row
// only for what is said.
std::string title_block(const Document& document, const CheckResult& result) {
    pandoc::Table table;
    table.classes = {"title-block"};
    table.widths = {0.3, 0.7};
    const auto row = [&table](const std::string& label, const Inlines& value) {
        if (!value.empty())
            table.rows.push_back(
                {{pandoc::plain({pandoc::strong(pandoc::text(label))})}, {pandoc::plain(value)}});
    };
    const auto entry = [&document](std::string_view key) {
        const FrontMatterEntry* found = document.front_matter.find(key);
        return found == nullptr ? Inlines{} : display_value(found->value);
    };
    row("Document", pandoc::text(kind_title(result, "")));
    row("Child reference", entry("child"));
    row(result.kind == "child-plan" ? "Plan agreed" : "Date", entry("date"));
    for (const FrontMatterEntry& other : document.front_matter.entries) {
        const std::string key = front_matter_key(other.key);
        if (key != "document" && key != "child" && key != "date" && key != "policy" &&
            key != "marking")
            row(key_label(key), display_value(other.value));
    }
    row("Policy", pandoc::text(policy_name(result)));
    const FrontMatterEntry* marking = document.front_matter.find("marking");
    row("Protective marking", marking != nullptr && !marking->value.text.empty()
                                  ? text_inlines(marking->value)
                                  : pandoc::text(protective_marking(document)));
    return pandoc::table(table);
}

std::string draft_banner(const CheckResult& result) {
    Inlines content{pandoc::strong(pandoc::text(draft_marking))};
    pandoc::append(content, pandoc::text(" This document has " +
                                         counted(result.count(Severity::error), "error") +
                                         " against its policy and must not be circulated as "
                                         "final. The findings are listed at the end."));
    return pandoc::div("draft", {"draft-banner"}, {pandoc::para(content)});
}

// "Notify the case conference chair by 19 November 2026: done on 16 November 2026."
Blocks deadline_blocks(const CheckResult& result, const Date& today) {
    if (result.deadlines.empty())
        return {};
    std::vector<Blocks> items;
    for (const Deadline& deadline : result.deadlines) {
        Inlines content{
            pandoc::strong(pandoc::text(deadline.what + " by " + deadline.due.long_form()))};
        std::string status;
        if (deadline.met_on)
            status = (*deadline.met_on <= deadline.due ? ": done on " : ": done late, on ") +
                     deadline.met_on->long_form() + ".";
        else if (today <= deadline.due)
            status = ": not yet done.";
        else
            status = ": not done, and the date has passed.";
        pandoc::append(content, pandoc::text(status));
        items.push_back({pandoc::plain(content)});
    }
    return {pandoc::header(2, "timescales", pandoc::text("Timescales")),
            pandoc::bullet_list(items)};
}

// A fact, never a claim: the pack, its version, the date and the number of errors.
Blocks check_statement(const CheckResult& result, const RenderOptions& options) {
    return {pandoc::header(2, "check", pandoc::text("Policy check")),
            pandoc::para(pandoc::text(check_sentence(result, options.checked_on) + " (cpdoc " +
                                      options.cpdoc_version + ")."))};
}

// "Line 12, error: …"; a Word document has no lines: "Actions, table 1, row 3, error: …",
// without the first words, which may quote a note or comment the rendering leaves out.
std::string finding_line(const Finding& finding) {
    return (finding.place ? place_text({finding.place->section, finding.place->where, ""})
                          : "Line " + std::to_string(finding.pos.line)) +
           ", " + std::string(to_string(finding.severity)) + ": " + finding.message + " [" +
           finding.rule_id + "]";
}

// Every finding left, and every one the author suppressed with the reason given.
Blocks findings_blocks(const CheckResult& result) {
    std::vector<Blocks> open, suppressed;
    for (const Finding& finding : result.findings) {
        if (finding.suppressed)
            suppressed.push_back({pandoc::plain(pandoc::text(
                finding_line(finding) + " \u2014 suppressed: " + finding.suppression_reason))});
        else
            open.push_back({pandoc::plain(pandoc::text(finding_line(finding)))});
    }
    Blocks blocks;
    if (!open.empty()) {
        blocks.push_back(pandoc::header(2, "findings", pandoc::text("Findings")));
        blocks.push_back(pandoc::bullet_list(open));
    }
    if (!suppressed.empty()) {
        blocks.push_back(
            pandoc::header(2, "suppressed-findings", pandoc::text("Suppressed findings")));
        blocks.push_back(pandoc::bullet_list(suppressed));
    }
    return blocks;
}

} // namespace

std::string case_line(const Document& document, const CheckResult& result) {
    std::string line;
    if (const std::string child = front_value(document, "child"); !child.empty())
        line = "Case " + child;
    if (const auto date = parse_date(front_value(document, "date"))) {
        const std::string label = result.kind == "child-plan"                        ? "Plan agreed"
                                  : result.kind.find("minutes") != std::string::npos ? "Meeting"
                                                                                     : "Dated";
        line += (line.empty() ? "" : " \u00b7 ") + label + " " + date->long_form();
    }
    return line;
}

std::vector<std::string> header_lines(const Document& document, const CheckResult& result,
                                      const RenderOptions& options) {
    std::vector<std::string> lines{protective_marking(document)};
    if (std::string line = case_line(document, result); !line.empty())
        lines.push_back(std::move(line));
    if (options.draft)
        lines.emplace_back(draft_marking);
    else if (options.for_accuracy)
        lines.emplace_back(accuracy_marking);
    return lines;
}

std::string protective_marking(const Document& document) {
    const std::string marking = front_value(document, "marking");
    return marking.empty() ? "OFFICIAL-SENSITIVE" : marking;
}

std::string pandoc_document(const Document& document, const CheckResult& result,
                            const RenderOptions& options) {
    const std::string title = document_title(document, result);
    // The title is metadata: Pandoc writes it as the DOCX's Title (a level-1 outline entry
    // in cpdoc's styles, and the document property) and the HTML template as its <h1>.
    Blocks blocks{title_block(document, result)};
    if (options.draft)
        blocks.push_back(draft_banner(result));

    const DocumentView view(document, result.policy.get());
    int index = 0;
    for (const Section* section : view.sections()) {
        if (!section->is_preamble())
            blocks.push_back(pandoc::header(2, "section-" + std::to_string(++index),
                                            text_inlines(section->heading)));
        const Blocks content = section_blocks(*section, view.spec_of(*section), view);
        blocks.insert(blocks.end(), content.begin(), content.end());
    }
    const auto add = [&blocks](const Blocks& more) {
        blocks.insert(blocks.end(), more.begin(), more.end());
    };
    add(deadline_blocks(result, options.checked_on));
    // Recipients are told of the check only when the author asks (--statement); a draft
    // lists what is wrong with it; attendees checking for accuracy are told neither.
    if (options.statement)
        add(check_statement(result, options));
    if (options.statement || options.draft)
        add(findings_blocks(result));

    std::map<std::string, std::string> meta =
        document_properties(result, options.checked_on, options.label);
    meta.insert({{"title", title},
                 {"subject", kind_title(result, "")},
                 {"description", check_sentence(result, options.checked_on)},
                 // PDF keywords, as WeasyPrint reads them (Pandoc's DOCX takes only a list)
                 {"keywords", "cpdoc, " + meta["cpdoc-pack"] + " " + meta["cpdoc-pack-version"] +
                                  ", " + meta["cpdoc-result"]},
                 {"lang", "en-GB"},
                 {"marking", protective_marking(document)}});
    if (std::string line = case_line(document, result); !line.empty())
        meta.emplace("case-line", std::move(line));
    if (options.draft || options.for_accuracy)
        meta.emplace("draft", header_lines(document, result, options).back());
    return pandoc::document(meta, blocks);
}

} // namespace cpdoc
