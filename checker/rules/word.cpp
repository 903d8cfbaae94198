// WORD-TRACKED-CHANGES, WORD-COMMENTS, WORD-HIDDEN-TEXT, WORD-EMBEDDED: what must not
// circulate in a Word document (spec section 9). The reader records each at its place, by
// kind only and without its text; these rules say where.
#include "checker/rule_families.hpp"

namespace cpdoc {
namespace {

constexpr std::string_view word_section = "9. Word documents";
constexpr std::string_view word_quote =
    "unaccepted tracked changes (`WORD-TRACKED-CHANGES`: deleted text is still in the"
    " file), comments (`WORD-COMMENTS`), hidden text (`WORD-HIDDEN-TEXT`), and "
    "embedded files or OLE objects (`WORD-EMBEDDED`) are errors, each at its place.";

// What every Word rule shares: an error of the format itself, on in every pack, run on
// templates too, citing spec section 9.
RuleInfo word_rule(RuleInfo info) {
    info.dialect = true;
    info.dialect_severity = Severity::error;
    info.content = false;
    info.word_only = true;
    info.spec_section = word_section;
    info.spec_quote = word_quote;
    return info;
}

class WordHazardRule : public Rule {
public:
    WordHazardRule(WordHazard::Kind kind, std::string_view advice) : kind_(kind), advice_(advice) {}

    void check(const CheckContext& context, const FindingSink& report) const override {
        for (const WordHazard& hazard : context.document().word_hazards)
            if (hazard.kind == kind_)
                report(hazard.pos,
                       hazard.what + ": " +
                           (hazard.advice.empty() ? std::string(advice_) : hazard.advice));
    }

private:
    WordHazard::Kind kind_;
    std::string_view advice_;
};

class TrackedChanges : public WordHazardRule {
public:
    TrackedChanges()
        : WordHazardRule(
              WordHazard::Kind::tracked_change,
              "accept or reject every tracked change before circulating: until then the file "
              "keeps what was deleted or changed, and Show Markup brings it back") {}
    const RuleInfo& info() const override {
        static const RuleInfo info = word_rule({
            .id = "WORD-TRACKED-CHANGES",
            .summary =
                "A Word document with unaccepted tracked changes (insertions, deletions, moves or"
                " formatting changes).",
            .rationale =
                "A tracked deletion is not deleted: the words are still in the file, and Show "
                "Markup brings them back. cpdoc reads the text as if every change were accepted "
                "and never shows what was deleted. Deleted text left in tracked changes, comments"
                " and hidden notes in circulated minutes are a known way such records leak: "
                "whoever receives the file can show them in Word.",
            .passing =
                "Karen to arrange a core group meeting by 2026-12-04. (every change accepted: "
                "Review, Accept All Changes)",
            .failing =
                "Karen to arrange a core group meeting by 2026-12-04. (with a tracked deletion of"
                " a sentence naming the father's new address still in the file)",
            .fix = "Accept or reject every tracked change, then turn tracking off.",
        });
        return info;
    }
};

class Comments : public WordHazardRule {
public:
    Comments()
        : WordHazardRule(WordHazard::Kind::comment,
                         "delete every comment before circulating (Review, Delete All Comments in "
                         "Document)") {}
    const RuleInfo& info() const override {
        static const RuleInfo info = word_rule({
            .id = "WORD-COMMENTS",
            .summary = "A Word document with comments.",
            .rationale =
                "Comments are working notes between authors (\"is this right about dad?\") that "
                "travel with the file to every agency and family member who receives it. Deleted "
                "text left in tracked changes, comments and hidden notes in circulated minutes "
                "are a known way such records leak: whoever receives the file can show them in "
                "Word.",
            .passing = "Mum said she would attend the next meeting. (no comments)",
            .failing =
                "Mum said she would attend the next meeting. (with a comment from the chair: "
                "\"check what the health visitor told us about the partner\")",
            .fix = "Resolve and delete every comment before the document circulates.",
        });
        return info;
    }
};

class HiddenText : public WordHazardRule {
public:
    HiddenText()
        : WordHazardRule(WordHazard::Kind::hidden_text,
                         "remove hidden text before circulating; anyone can show it in Word") {}
    const RuleInfo& info() const override {
        static const RuleInfo info = word_rule({
            .id = "WORD-HIDDEN-TEXT",
            .summary = "A Word document with text formatted as hidden, or text Word shows in place "
                       "of what the file holds (a content control bound to data, a field Word "
                       "updates when the document opens).",
            .rationale =
                "Hidden text is not shown or printed, but it is in the file and one click shows "
                "it; it is sometimes used to keep notes out of a printed copy. Deleted text left "
                "in tracked changes, comments and hidden notes in circulated minutes are a known "
                "way such records leak: whoever receives the file can show them in Word.",
            .passing = "Social Work will visit weekly. (no text formatted as hidden)",
            .failing =
                "Social Work will visit weekly. (followed by a hidden note about a referral the "
                "family were not told of)",
            .fix = "Delete hidden text, or show it if it belongs in the record.",
        });
        return info;
    }
};

class Embedded : public WordHazardRule {
public:
    Embedded()
        : WordHazardRule(
              WordHazard::Kind::embedded,
              "remove the embedded file or object before circulating; it travels with the "
              "document and cpdoc cannot read it") {}
    const RuleInfo& info() const override {
        static const RuleInfo info = word_rule({
            .id = "WORD-EMBEDDED",
            .summary =
                "A Word document with an embedded file or OLE object (a spreadsheet, another "
                "document, a package).",
            .rationale =
                "An embedded spreadsheet or document carries everything it holds, unread and "
                "unchecked, to everyone the minutes go to. Deleted text left in tracked changes, "
                "comments and hidden notes in circulated minutes are a known way such records "
                "leak: whoever receives the file can show them in Word.",
            .passing = "The chronology is attached as a separate, checked document.",
            .failing = "The chronology is embedded as a spreadsheet object in the minutes.",
            .fix = "Remove embedded files and objects; attach what is needed separately.",
        });
        return info;
    }
};

} // namespace

void add_word_rules(RuleList& rules) {
    rules.push_back(std::make_unique<TrackedChanges>());
    rules.push_back(std::make_unique<Comments>());
    rules.push_back(std::make_unique<HiddenText>());
    rules.push_back(std::make_unique<Embedded>());
}

} // namespace cpdoc
