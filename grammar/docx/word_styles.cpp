#include "word_styles.hpp"

#include "grammar/folding.hpp"
#include "grammar/person.hpp"
#include "grammar/placeholders.hpp"
#include "grammar/yes_no.hpp"

#include <charconv>

namespace cpdoc::docx {
namespace {

constexpr int max_chain = 32; // basedOn links followed; more is a cycle or a fuzz

std::optional<int> number(std::string_view text) {
    int value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc() || end != text.data() + text.size())
        return std::nullopt;
    return value;
}

} // namespace

WordStyles::WordStyles(const XmlPart* styles, const XmlPart* numbering) {
    if (styles != nullptr) {
        for (pugi::xml_node style : styles->root().children("w:style")) {
            const std::string id = style.attribute("w:styleId").value();
            styles_.emplace(id, style);
            const std::string_view is_default = style.attribute("w:default").value();
            if (std::string_view(style.attribute("w:type").value()) == "paragraph" &&
                (is_default == "1" || is_default == "true" || is_default == "on"))
                default_paragraph_style_ = id;
        }
        default_run_properties_ =
            styles->root().child("w:docDefaults").child("w:rPrDefault").child("w:rPr");
    }
    if (numbering != nullptr) {
        for (pugi::xml_node abstract : numbering->root().children("w:abstractNum"))
            abstract_numbering_.emplace(abstract.attribute("w:abstractNumId").value(), abstract);
        for (pugi::xml_node num : numbering->root().children("w:num"))
            abstract_of_.emplace(num.attribute("w:numId").value(),
                                 num.child("w:abstractNumId").attribute("w:val").value());
    }
}

template <class Visit> bool WordStyles::in_chain(std::string_view style_id, Visit visit) const {
    for (int depth = 0; depth < max_chain && !style_id.empty(); ++depth) {
        const auto found = styles_.find(style_id);
        if (found == styles_.end())
            return false;
        if (visit(found->second))
            return true;
        style_id = found->second.child("w:basedOn").attribute("w:val").value();
    }
    return false;
}

std::string WordStyles::paragraph_style(pugi::xml_node paragraph_properties) const {
    const pugi::xml_node style = paragraph_properties.child("w:pStyle");
    return style ? style.attribute("w:val").value() : default_paragraph_style_;
}

std::optional<int> WordStyles::outline_level(pugi::xml_node paragraph_properties) const {
    std::optional<int> level;
    auto read = [&](pugi::xml_node properties) {
        const pugi::xml_node outline = properties.child("w:outlineLvl");
        if (!outline)
            return false;
        level = number(outline.attribute("w:val").value());
        return true;
    };
    if (!read(paragraph_properties) &&
        !in_chain(paragraph_style(paragraph_properties),
                  [&](pugi::xml_node style) { return read(style.child("w:pPr")); }))
        // No outline level anywhere (LibreOffice writes none): the built-in heading styles'
        // names, which Word and LibreOffice store in English whatever the language.
        in_chain(paragraph_style(paragraph_properties), [&](pugi::xml_node style) {
            const std::string name =
                ascii_lowercase(style.child("w:name").attribute("w:val").value());
            if (name.size() != 9 || !name.starts_with("heading ") || name[8] < '1' || name[8] > '9')
                return false;
            level = name[8] - '1';
            return true;
        });
    if (level && *level >= 0 && *level <= 8)
        return level;
    return std::nullopt;
}

bool WordStyles::is_title(pugi::xml_node paragraph_properties) const {
    // Built-in style names are stored in English whatever the language of Word; the id of the
    // Title style is "Title" in English Word and translated elsewhere.
    return in_chain(paragraph_style(paragraph_properties), [](pugi::xml_node style) {
        return ascii_lowercase(style.child("w:name").attribute("w:val").value()) == "title";
    });
}

std::optional<bool> WordStyles::run_toggle(pugi::xml_node run_properties,
                                           pugi::xml_node paragraph_properties, const char* name,
                                           std::string_view table_style) const {
    if (const pugi::xml_node own = run_properties.child(name))
        return is_on(own);
    std::optional<bool> found;
    auto read = [&](pugi::xml_node style) {
        if (const pugi::xml_node property = style.child("w:rPr").child(name)) {
            found = is_on(property);
            return true;
        }
        return false;
    };
    if (in_chain(run_properties.child("w:rStyle").attribute("w:val").value(), read))
        return found;
    if (in_chain(paragraph_style(paragraph_properties), read))
        return found;
    // Below the paragraph's style, above the document's defaults: the table's style, whole or
    // in any of its conditional parts.
    if (in_chain(table_style, [&](pugi::xml_node style) {
            if (read(style))
                return true;
            for (pugi::xml_node part : style.children("w:tblStylePr"))
                if (const pugi::xml_node property = part.child("w:rPr").child(name);
                    property && is_on(property)) {
                    found = true;
                    return true;
                }
            return false;
        }))
        return found;
    if (const pugi::xml_node property = default_run_properties_.child(name))
        return is_on(property);
    return std::nullopt;
}

bool WordStyles::is_bold(pugi::xml_node run_properties, pugi::xml_node paragraph_properties) const {
    return run_toggle(run_properties, paragraph_properties, "w:b").value_or(false);
}

bool WordStyles::is_hidden(pugi::xml_node run_properties, pugi::xml_node paragraph_properties,
                           std::string_view table_style) const {
    return run_toggle(run_properties, paragraph_properties, "w:vanish", table_style)
               .value_or(false) ||
           is_on(run_properties.child("w:specVanish"));
}

pugi::xml_node WordStyles::numbering_of(pugi::xml_node paragraph_properties) const {
    pugi::xml_node numbering = paragraph_properties.child("w:numPr");
    if (!numbering)
        in_chain(paragraph_style(paragraph_properties), [&](pugi::xml_node style) {
            numbering = style.child("w:pPr").child("w:numPr");
            return static_cast<bool>(numbering);
        });
    const std::string_view num_id = numbering.child("w:numId").attribute("w:val").value();
    if (num_id.empty() || num_id == "0")
        return {}; // none, or numbering removed
    return numbering;
}

// The w:lvl of the abstract numbering a w:numPr is on, if the numbering part defines it.
pugi::xml_node WordStyles::numbering_level(pugi::xml_node numbering) const {
    const auto level = number(numbering.child("w:ilvl").attribute("w:val").value()).value_or(0);
    if (const auto abstract =
            abstract_of_.find(numbering.child("w:numId").attribute("w:val").value());
        abstract != abstract_of_.end())
        if (const auto definition = abstract_numbering_.find(abstract->second);
            definition != abstract_numbering_.end())
            for (pugi::xml_node lvl : definition->second.children("w:lvl"))
                if (number(lvl.attribute("w:ilvl").value()) == level)
                    return lvl;
    return {};
}

std::optional<ListLevel> WordStyles::list_level(pugi::xml_node paragraph_properties) const {
    const pugi::xml_node numbering = numbering_of(paragraph_properties);
    if (!numbering)
        return std::nullopt;
    ListLevel level;
    level.list = numbering.child("w:numId").attribute("w:val").value();
    level.level = number(numbering.child("w:ilvl").attribute("w:val").value()).value_or(0);
    if (level.level < 0 || level.level > 8)
        level.level = 0;
    const std::string_view format =
        numbering_level(numbering).child("w:numFmt").attribute("w:val").value();
    level.ordered = !format.empty() && format != "bullet" && format != "none";
    return level;
}

ListPlacement WordStyles::placement(pugi::xml_node paragraph_properties) const {
    ListPlacement placement;
    auto indent_in = [&](pugi::xml_node properties) {
        const pugi::xml_node indent = properties.child("w:ind");
        for (const char* side : {"w:left", "w:start"})
            if (const auto twips = number(indent.attribute(side).value())) {
                placement.indent = twips;
                return true;
            }
        return false;
    };
    // Word's order: the paragraph's own indent, its numbering level's, its style's.
    if (!indent_in(paragraph_properties))
        if (const pugi::xml_node numbering = numbering_of(paragraph_properties);
            !numbering || !indent_in(numbering_level(numbering).child("w:pPr")))
            in_chain(paragraph_style(paragraph_properties),
                     [&](pugi::xml_node style) { return indent_in(style.child("w:pPr")); });
    // The built-in list styles' names, stored in English whatever the language of Word.
    in_chain(paragraph_style(paragraph_properties), [&](pugi::xml_node style) {
        const std::string name = ascii_lowercase(style.child("w:name").attribute("w:val").value());
        for (const std::string_view family :
             {"list bullet", "list number", "list continue", "list"})
            if (name.starts_with(family)) {
                const std::string_view rest = std::string_view(name).substr(family.size());
                if (rest.empty())
                    placement.style_level = 0;
                else if (rest.size() == 2 && rest[0] == ' ' && rest[1] >= '2' && rest[1] <= '9')
                    placement.style_level = rest[1] - '1';
                else
                    continue;
                return true;
            }
        return false;
    });
    return placement;
}

} // namespace cpdoc::docx
