#include "body_reader.hpp"

#include "grammar/folding.hpp"
#include "grammar/person.hpp"
#include "grammar/placeholders.hpp"
#include "grammar/source_text.hpp"
#include "grammar/yes_no.hpp"

#include <algorithm>
#include <array>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace cpdoc::docx {
namespace {

// The namespaces of the markup Word (2010 and after) knows, for mc:Choice Requires.
bool word_knows(std::string_view uri) {
    constexpr std::array<std::string_view, 12> known = {
        "http://schemas.microsoft.com/office/word/2010/wordml",
        "http://schemas.microsoft.com/office/word/2012/wordml",
        "http://schemas.microsoft.com/office/word/2015/wordml/symex",
        "http://schemas.microsoft.com/office/word/2016/wordml/cid",
        "http://schemas.microsoft.com/office/word/2018/wordml",
        "http://schemas.microsoft.com/office/word/2018/wordml/cex",
        "http://schemas.microsoft.com/office/word/2010/wordprocessingShape",
        "http://schemas.microsoft.com/office/word/2010/wordprocessingGroup",
        "http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas",
        "http://schemas.microsoft.com/office/word/2010/wordprocessingInk",
        "http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing",
        "http://schemas.microsoft.com/office/drawing/2010/main"};
    return std::find(known.begin(), known.end(), uri) != known.end();
}

// The namespace a prefix names where the node is: its own declaration or its nearest
// ancestor's.
std::string_view namespace_of(pugi::xml_node node, std::string_view prefix) {
    const std::string attribute = "xmlns:" + std::string(prefix);
    for (; node; node = node.parent())
        if (const pugi::xml_attribute declared = node.attribute(attribute.c_str()))
            return declared.value();
    return {};
}

// What Word shows of an mc:AlternateContent: the first mc:Choice whose Requires prefixes all
// name namespaces it knows ("wps", not a made-up "zz"), else the mc:Fallback.
pugi::xml_node alternative_shown(pugi::xml_node alternate) {
    for (pugi::xml_node choice : alternate.children("mc:Choice")) {
        const std::string_view requires_ = choice.attribute("Requires").value();
        bool known = !requires_.empty();
        for (std::size_t at = 0; known && at < requires_.size();) {
            const std::size_t end = std::min(requires_.find(' ', at), requires_.size());
            if (end > at)
                known = word_knows(namespace_of(choice, requires_.substr(at, end - at)));
            at = end + 1;
        }
        if (known)
            return choice;
    }
    return alternate.child("mc:Fallback");
}

// Containers nested deeper than this (tables in tables, controls in controls) are not read
// as text; their hazards still are.
constexpr int max_depth = 48;

const Hazard insertion{WordHazard::Kind::tracked_change, "a tracked insertion"};
const Hazard deletion{WordHazard::Kind::tracked_change, "a tracked deletion"};
const Hazard move{WordHazard::Kind::tracked_change, "a tracked move"};
const Hazard formatting{WordHazard::Kind::tracked_change, "a tracked formatting change"};
const Hazard comment{WordHazard::Kind::comment, "a comment"};
const Hazard hidden{WordHazard::Kind::hidden_text, "hidden text"};
const Hazard embedded{WordHazard::Kind::embedded, "an embedded object"};
const Hazard embedded_document{WordHazard::Kind::embedded, "an embedded document (altChunk)"};

void note(std::vector<Hazard>& hazards, const Hazard& hazard) {
    for (const Hazard& known : hazards)
        if (known.kind == hazard.kind && known.what == hazard.what)
            return;
    hazards.push_back(hazard);
}

bool named(pugi::xml_node node, std::string_view name) {
    return name == node.name();
}

// The hazard an element is by itself, if any.
const Hazard* hazard_of(pugi::xml_node node) {
    const std::string_view name = node.name();
    if (name == "w:ins")
        return &insertion;
    if (name == "w:del" || name == "w:delText" || name == "w:delInstrText")
        return &deletion;
    if (name == "w:moveFrom" || name == "w:moveTo")
        return &move;
    if (name == "w:rPrChange" || name == "w:pPrChange" || name == "w:tblPrChange" ||
        name == "w:trPrChange" || name == "w:tcPrChange" || name == "w:sectPrChange" ||
        name == "w:numberingChange" || name == "w:cellIns" || name == "w:cellDel" ||
        name == "w:cellMerge")
        return &formatting;
    if (name == "w:commentReference" || name == "w:commentRangeStart")
        return &comment;
    if (name == "w:vanish" || name == "w:specVanish")
        return &hidden;
    if (name == "w:object" || name == "o:OLEObject" || name == "w:control" ||
        name == "w:objectEmbed" || name == "w:objectLink")
        return &embedded;
    if (name == "w:altChunk")
        return &embedded_document;
    return nullptr;
}

// Every hazard in a subtree that is not read as text, without recursion.
void scan_hazards(pugi::xml_node subtree, std::vector<Hazard>& hazards) {
    std::vector<pugi::xml_node> pending{subtree};
    while (!pending.empty()) {
        const pugi::xml_node node = pending.back();
        pending.pop_back();
        if (const Hazard* hazard = hazard_of(node)) {
            // Hidden text is a hazard only where it hides text, not a hidden paragraph mark.
            if (hazard != &hidden || !named(node.parent().parent(), "w:pPr"))
                note(hazards, *hazard);
        }
        for (pugi::xml_node child = node.first_child(); child; child = child.next_sibling())
            if (child.type() == pugi::node_element)
                pending.push_back(child);
    }
}

bool has_text(pugi::xml_node run) {
    for (pugi::xml_node child : run.children())
        if (named(child, "w:t") && *child.child_value() != '\0')
            return true;
    return false;
}

// Text collected from a paragraph's runs.
struct Inline {
    pugi::xml_node paragraph_properties;
    bool in_cell = false;
    std::string text;
    bool any_letter = false;
    bool all_bold = true;
    bool lead_open = true;
    std::string bold_lead;
    std::optional<bool> checkbox;
    std::vector<Hazard> hazards;
};

class BodyReader {
public:
    BodyReader(const WordStyles& styles) : styles_(styles) {}

    WordBody read(pugi::xml_node container) {
        number_elements(part_root(container));
        std::vector<Hazard> pending;
        read_blocks(container, body_.blocks, pending, false, 0);
        body_.trailing_hazards = std::move(pending);
        return std::move(body_);
    }

    // Every building block's body in turn, as one story; what is not a body (a block's
    // properties, anything unknown) is scanned for hazards.
    WordBody read_glossary(pugi::xml_node glossary) {
        number_elements(glossary);
        std::vector<Hazard> pending;
        for (pugi::xml_node node : glossary.children()) {
            if (!named(node, "w:docParts")) {
                scan_hazards(node, pending);
                continue;
            }
            for (pugi::xml_node part : node.children()) {
                if (!named(part, "w:docPart")) {
                    scan_hazards(part, pending);
                    continue;
                }
                for (pugi::xml_node child : part.children())
                    if (named(child, "w:docPartBody"))
                        read_blocks(child, body_.blocks, pending, false, 0);
                    else
                        scan_hazards(child, pending);
            }
        }
        body_.trailing_hazards = std::move(pending);
        return std::move(body_);
    }

private:
    const WordStyles& styles_;
    WordBody body_;
    // Each paragraph's and cell's index among the part's elements in document order (the
    // part's root is 0), which a writer counts the same way to find the element again.
    std::unordered_map<pugi::xml_node_struct*, int> element_index_;
    // Complex fields open: false while in the instruction, true once in the result.
    std::vector<bool> fields_;
    // The style ids of the tables being read, the innermost last.
    std::vector<std::string_view> table_styles_;

    // The part's root element (w:document, w:hdr, w:footnotes), from which elements are counted.
    static pugi::xml_node part_root(pugi::xml_node node) {
        for (const pugi::xml_node child : node.root().children())
            if (child.type() == pugi::node_element)
                return child;
        return node;
    }

    void number_elements(pugi::xml_node root) {
        int index = 0;
        std::vector<pugi::xml_node> pending{root};
        while (!pending.empty()) {
            const pugi::xml_node node = pending.back();
            pending.pop_back();
            if (named(node, "w:p") || named(node, "w:tc"))
                element_index_.emplace(node.internal_object(), index);
            ++index;
            for (pugi::xml_node child = node.last_child(); child; child = child.previous_sibling())
                if (child.type() == pugi::node_element)
                    pending.push_back(child);
        }
    }

    int element_index(pugi::xml_node node) const {
        return element_index_.at(node.internal_object());
    }

    bool field_result_visible() const {
        return std::all_of(fields_.begin(), fields_.end(), [](bool result) { return result; });
    }

    // Paragraphs, tables and the containers around them.
    void read_blocks(pugi::xml_node container, std::vector<WordBlock>& out,
                     std::vector<Hazard>& pending, bool in_cell, int depth) {
        if (depth > max_depth) {
            scan_hazards(container, pending);
            return;
        }
        for (pugi::xml_node node : container.children()) {
            if (node.type() != pugi::node_element)
                continue;
            const std::string_view name = node.name();
            if (name == "w:p") {
                WordParagraph paragraph = read_paragraph(node, in_cell, depth);
                for (const Hazard& hazard : pending)
                    note(paragraph.hazards, hazard);
                pending.clear();
                out.emplace_back(std::move(paragraph));
                continue;
            }
            if (name == "w:tbl") {
                WordTable table = read_table(node, depth + 1);
                if (!pending.empty() && !table.rows.empty())
                    for (const Hazard& hazard : pending)
                        note(table.rows.front().hazards, hazard);
                if (!table.rows.empty())
                    pending.clear();
                out.emplace_back(std::move(table));
                continue;
            }
            if (name == "w:sdt") {
                read_blocks(node.child("w:sdtContent"), out, pending, in_cell, depth + 1);
                continue;
            }
            if (name == "w:customXml" || name == "w:smartTag") {
                read_blocks(node, out, pending, in_cell, depth + 1);
                continue;
            }
            if (name == "w:ins" || name == "w:moveTo") {
                note(pending, *hazard_of(node));
                read_blocks(node, out, pending, in_cell, depth + 1);
                continue;
            }
            if (name == "w:sectPr")
                note_header_footer_references(node);
            // Deleted or moved-away blocks, comments' anchors, embedded documents, anything
            // else: not text, but their hazards count.
            scan_hazards(node, pending);
        }
    }

    WordParagraph read_paragraph(pugi::xml_node node, bool in_cell, int depth) {
        Inline state;
        state.paragraph_properties = node.child("w:pPr");
        state.in_cell = in_cell;
        scan_hazards(state.paragraph_properties, state.hazards);
        note_header_footer_references(state.paragraph_properties.child("w:sectPr"));
        read_inline(node, state, depth + 1);

        WordParagraph paragraph;
        paragraph.element = element_index(node);
        std::string text = without_lookalikes(state.text);
        paragraph.text = std::string(trim(text));
        paragraph.bold = state.any_letter && state.all_bold;
        paragraph.bold_lead = std::string(trim(state.bold_lead));
        paragraph.checkbox = state.checkbox;
        paragraph.hazards = std::move(state.hazards);
        if (!in_cell) {
            paragraph.title = styles_.is_title(state.paragraph_properties);
            paragraph.outline_level = styles_.outline_level(state.paragraph_properties);
            paragraph.list = styles_.list_level(state.paragraph_properties);
            paragraph.placement = styles_.placement(state.paragraph_properties);
        }
        read_checkbox_glyph(paragraph);
        if (!in_cell)
            mark_line_starts(paragraph);
        return paragraph;
    }

    static void mark_line_starts(WordParagraph& paragraph) {
        for (std::size_t at = paragraph.text.find('\n'); at != std::string::npos;
             at = paragraph.text.find('\n', at + 1)) {
            paragraph.text[at] = ' ';
            paragraph.line_starts.push_back(at + 1);
        }
    }

    // "☒ text", as Pandoc writes a task item and people type one.
    static void read_checkbox_glyph(WordParagraph& paragraph) {
        for (const auto& [glyph, checked] : {std::pair<std::string_view, bool>{"\u2610", false},
                                             {"\u2611", true},
                                             {"\u2612", true}})
            if (std::string_view(paragraph.text).starts_with(glyph)) {
                if (!paragraph.checkbox)
                    paragraph.checkbox = checked;
                paragraph.text =
                    std::string(trim(std::string_view(paragraph.text).substr(glyph.size())));
                return;
            }
    }

    void append(Inline& state, std::string_view text, bool bold) {
        if (text.empty() || !field_result_visible())
            return;
        const bool blank = trim(text).empty();
        if (!blank) {
            state.any_letter = true;
            if (!bold)
                state.all_bold = false;
        }
        if (state.lead_open) {
            if (bold)
                state.bold_lead += text;
            else if (!blank)
                state.lead_open = false;
        }
        state.text += text;
    }

    void line_break(Inline& state) {
        if (field_result_visible())
            state.text += '\n';
    }

    void read_run(pugi::xml_node run, Inline& state) {
        const pugi::xml_node properties = run.child("w:rPr");
        scan_hazards_except_hidden(properties, state);
        if (styles_.is_hidden(properties, state.paragraph_properties,
                              table_styles_.empty() ? std::string_view() : table_styles_.back())) {
            if (has_text(run))
                note(state.hazards, hidden);
            return;
        }
        const bool bold = styles_.is_bold(properties, state.paragraph_properties);
        for (pugi::xml_node child : run.children()) {
            const std::string_view name = child.name();
            if (name == "w:t")
                append(state, child.child_value(), bold);
            else if (name == "w:tab" || name == "w:ptab")
                append(state, " ", bold);
            else if (name == "w:br" || name == "w:cr")
                line_break(state);
            else if (name == "w:noBreakHyphen")
                append(state, "-", bold);
            else if (name == "w:footnoteReference")
                note_reference(body_.footnote_references, child);
            else if (name == "w:endnoteReference")
                note_reference(body_.endnote_references, child);
            else if (name == "w:fldChar") {
                const std::string_view type = child.attribute("w:fldCharType").value();
                if (type == "begin")
                    read_form_checkbox(child, state, bold);
                if (type == "begin")
                    fields_.push_back(false);
                else if (type == "separate" && !fields_.empty())
                    fields_.back() = true;
                else if (type == "end" && !fields_.empty())
                    fields_.pop_back();
            } else if (name != "w:rPr" && name != "w:instrText")
                scan_hazards(child, state.hazards); // drawings, pictures, objects
        }
    }

    // A legacy form's check box (FORMCHECKBOX), which shows no text, only its box: read as
    // the glyph Word draws, so that "☐ Yes ☒ No" answers as typed boxes do. Its state is
    // w:checked when set, else w:default.
    void read_form_checkbox(pugi::xml_node field_begin, Inline& state, bool bold) {
        const pugi::xml_node box = field_begin.child("w:ffData").child("w:checkBox");
        if (!box)
            return;
        const pugi::xml_node checked = box.child("w:checked");
        const bool ticked = checked ? is_on(checked) : is_on(box.child("w:default"));
        append(state, ticked ? "\u2612 " : "\u2610 ", bold);
    }

    // A section's (its properties end it: in its last paragraph, or the body's last).
    void note_header_footer_references(pugi::xml_node section_properties) {
        for (pugi::xml_node child : section_properties.children())
            if (named(child, "w:headerReference") || named(child, "w:footerReference"))
                body_.header_footer_references.push_back(
                    {child.attribute("w:type").value(), child.attribute("r:id").value()});
    }

    // A visible reference to a note; the reference mark itself is not text.
    void note_reference(std::vector<std::string>& references, pugi::xml_node reference) {
        if (!field_result_visible())
            return;
        const std::string id = reference.attribute("w:id").value();
        if (std::find(references.begin(), references.end(), id) == references.end())
            references.push_back(id);
    }

    // Hazards in run properties other than hiding, which is judged with the styles.
    static void scan_hazards_except_hidden(pugi::xml_node properties, Inline& state) {
        for (pugi::xml_node child : properties.children())
            if (!named(child, "w:vanish") && !named(child, "w:specVanish"))
                scan_hazards(child, state.hazards);
    }

    void read_content_control(pugi::xml_node sdt, Inline& state, int depth) {
        const pugi::xml_node properties = sdt.child("w:sdtPr");
        const pugi::xml_node checkbox = properties.child("w14:checkbox");
        if (checkbox && trim(state.text).empty()) {
            const pugi::xml_node checked = checkbox.child("w14:checked");
            const std::string_view value = checked.attribute("w14:val").value();
            state.checkbox = checked && value != "0" && value != "false";
            return; // the glyph it shows is its answer, now read
        }
        const bool prompt =
            properties.child("w:showingPlcHdr") && is_on(properties.child("w:showingPlcHdr"));
        if (!prompt) {
            read_inline(sdt.child("w:sdtContent"), state, depth + 1);
            return;
        }
        // An unfilled control shows its prompt ("Click or tap here to enter text."): a
        // placeholder, as `{{ }}` is in the dialect.
        Inline inner;
        inner.paragraph_properties = state.paragraph_properties;
        inner.in_cell = state.in_cell;
        read_inline(sdt.child("w:sdtContent"), inner, depth + 1);
        for (const Hazard& hazard : inner.hazards)
            note(state.hazards, hazard);
        const std::string_view shown = trim(inner.text);
        if (!shown.empty())
            append(state, "{{ " + std::string(shown) + " }}", inner.any_letter && inner.all_bold);
    }

    void read_inline(pugi::xml_node container, Inline& state, int depth) {
        if (depth > max_depth) {
            scan_hazards(container, state.hazards);
            return;
        }
        for (pugi::xml_node node : container.children()) {
            if (node.type() != pugi::node_element)
                continue;
            const std::string_view name = node.name();
            if (name == "w:pPr")
                continue;
            if (name == "w:r") {
                read_run(node, state);
            } else if (name == "w:ins" || name == "w:moveTo") {
                note(state.hazards, *hazard_of(node));
                read_inline(node, state, depth + 1);
            } else if (name == "w:sdt") {
                read_content_control(node, state, depth);
            } else if (name == "w:hyperlink" || name == "w:smartTag" || name == "w:customXml" ||
                       name == "w:fldSimple" || name == "w:bdo" || name == "w:dir" ||
                       name == "w:sdtContent") {
                read_inline(node, state, depth + 1);
            } else if (name == "mc:AlternateContent") {
                // Word shows the first choice whose required namespaces it knows, else the
                // fallback. The ones not shown are scanned all the same.
                const pugi::xml_node shown = alternative_shown(node);
                read_inline(shown, state, depth + 1);
                for (pugi::xml_node other : node.children())
                    if (other != shown)
                        scan_hazards(other, state.hazards);
            } else {
                // w:del, w:moveFrom, comment anchors, math, anything unknown: not text.
                scan_hazards(node, state.hazards);
            }
        }
    }

    WordTable read_table(pugi::xml_node table, int depth) {
        WordTable out;
        if (depth > max_depth) {
            // Too deep to read as text, as other containers are: one row holds its hazards,
            // so hidden or deleted text in it is still reported, never passed over.
            WordRow row;
            scan_hazards(table, row.hazards);
            out.rows.push_back(std::move(row));
            return out;
        }
        // Its style hides what it says to in every cell, nested tables aside (their own).
        table_styles_.push_back(
            table.child("w:tblPr").child("w:tblStyle").attribute("w:val").value());
        std::vector<pugi::xml_node> rows;
        collect(table, "w:tr", rows, depth);
        std::vector<WordCell> above; // the last row's cells, for merges down into this one
        for (pugi::xml_node row : rows) {
            WordRow word_row;
            const pugi::xml_node row_properties = row.child("w:trPr");
            scan_hazards(row_properties, word_row.hazards);
            if (row_properties.child("w:del")) {
                // Gone once changes are accepted, but Word shows it where it was: its place
                // holds its hazards, never its text.
                scan_hazards(row, word_row.hazards);
                word_row.deleted = true;
                out.rows.push_back(std::move(word_row));
                continue;
            }
            word_row.header = is_on(row_properties.child("w:tblHeader"));
            const int before =
                std::clamp(row_properties.child("w:gridBefore").attribute("w:val").as_int(), 0, 64);
            for (int i = 0; i < before; ++i)
                word_row.cells.emplace_back();
            std::vector<pugi::xml_node> cells;
            collect(row, "w:tc", cells, depth);
            for (pugi::xml_node cell : cells) {
                const pugi::xml_node cell_properties = cell.child("w:tcPr");
                scan_hazards(cell_properties, word_row.hazards);
                const int span = std::clamp(
                    cell_properties.child("w:gridSpan").attribute("w:val").as_int(1), 1, 64);
                const pugi::xml_node merge = cell_properties.child("w:vMerge");
                const bool continued =
                    merge && std::string_view(merge.attribute("w:val").value()) != "restart";
                WordCell word_cell;
                if (continued) {
                    // Read once, in the cell the merge starts from; its text stands in every
                    // row it spans, as Word shows it ("Jo Bell" owning two actions).
                    scan_hazards(cell, word_row.hazards);
                    if (const std::size_t column = word_row.cells.size(); column < above.size()) {
                        word_cell.text = above[column].text;
                        word_cell.bold = above[column].bold;
                    }
                } else {
                    word_cell = read_cell(cell, word_row.hazards, depth + 1);
                    word_cell.element = element_index(cell);
                }
                word_row.cells.push_back(std::move(word_cell));
                for (int i = 1; i < span; ++i)
                    word_row.cells.emplace_back();
            }
            above = word_row.cells;
            out.rows.push_back(std::move(word_row));
        }
        table_styles_.pop_back();
        return out;
    }

    // Rows of a table or cells of a row, through the content controls and custom XML that
    // may wrap them; rows inside a tracked deletion are dropped.
    static void collect(pugi::xml_node parent, std::string_view name,
                        std::vector<pugi::xml_node>& out, int depth) {
        if (depth > max_depth)
            return;
        for (pugi::xml_node node : parent.children()) {
            if (name == node.name())
                out.push_back(node);
            else if (named(node, "w:sdt"))
                collect(node.child("w:sdtContent"), name, out, depth + 1);
            else if (named(node, "w:customXml"))
                collect(node, name, out, depth + 1);
        }
    }

    WordCell read_cell(pugi::xml_node cell, std::vector<Hazard>& hazards, int depth) {
        std::vector<WordBlock> blocks;
        std::vector<Hazard> pending;
        read_blocks(cell, blocks, pending, true, depth);
        for (const Hazard& hazard : pending)
            note(hazards, hazard);
        WordCell out;
        bool all_bold = true, any = false;
        std::vector<std::string> lines;
        flatten(blocks, lines, hazards, all_bold, any);
        // Lines join with "; ", but for a bracket on a line of its own, which goes on the one
        // before ("Ben Carver↵(SW)" is one person).
        for (const std::string& line : lines)
            out.text += (out.text.empty() ? "" : line.starts_with('(') ? " " : "; ") + line;
        out.bold = any && all_bold;
        return out;
    }

    // A cell's paragraphs and the cells of tables inside it, as lines of text.
    static void flatten(const std::vector<WordBlock>& blocks, std::vector<std::string>& lines,
                        std::vector<Hazard>& hazards, bool& all_bold, bool& any) {
        auto add_lines = [&](std::string_view text) {
            std::size_t start = 0;
            while (start <= text.size()) {
                const auto end = std::min(text.find('\n', start), text.size());
                const std::string_view line = trim(text.substr(start, end - start));
                if (!line.empty())
                    lines.emplace_back(line);
                start = end + 1;
            }
        };
        for (const WordBlock& block : blocks) {
            if (const auto* paragraph = std::get_if<WordParagraph>(&block)) {
                for (const Hazard& hazard : paragraph->hazards)
                    note(hazards, hazard);
                // A tick box alone in its cell ("Yes" above it) is its answer: shown as the box.
                if (paragraph->text.empty() && paragraph->checkbox) {
                    any = true;
                    all_bold = false;
                    add_lines(*paragraph->checkbox ? "\u2612" : "\u2610");
                    continue;
                }
                if (paragraph->text.empty())
                    continue;
                any = true;
                all_bold = all_bold && paragraph->bold;
                std::string text = paragraph->text;
                if (paragraph->checkbox)
                    text = (*paragraph->checkbox ? "[x] " : "[ ] ") + text;
                add_lines(text);
            } else {
                for (const WordRow& row : std::get<WordTable>(block).rows) {
                    for (const Hazard& hazard : row.hazards)
                        note(hazards, hazard);
                    for (const WordCell& cell : row.cells)
                        if (!cell.text.empty()) {
                            any = true;
                            all_bold = all_bold && cell.bold;
                            add_lines(cell.text);
                        }
                }
            }
        }
    }
};

} // namespace

WordBody read_body(pugi::xml_node document_root, const WordStyles& styles) {
    return BodyReader(styles).read(document_root.child("w:body"));
}

WordBody read_story(pugi::xml_node story_root, const WordStyles& styles) {
    return BodyReader(styles).read(story_root);
}

WordBody read_glossary(pugi::xml_node glossary_root, const WordStyles& styles) {
    return BodyReader(styles).read_glossary(glossary_root);
}

} // namespace cpdoc::docx
