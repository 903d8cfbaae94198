// What a Word document's styles and numbering say about a paragraph or run: its outline level
// (from w:outlineLvl in the style or the styles it is based on, never the style's name, so a
// Welsh "Pennawd1" is a heading), whether it is the Title, whether its text is bold or
// hidden, and which list level it is on.
#pragma once

#include "xml_part.hpp"

#include <map>
#include <optional>
#include <string>

namespace cpdoc::docx {

struct ListLevel {
    std::string list; // which list: items of one list continue each other
    int level = 0;    // 0 for the outermost
    bool ordered = false;
};

// Where a paragraph stands as a reader sees a list: how far it is indented (twips from the
// margin, its own, its numbering level's or its style's) and, for Word's built-in list
// styles, the level their names say ("List Bullet 2", "List Continue 2": 1).
struct ListPlacement {
    std::optional<int> indent;
    std::optional<int> style_level;
};

class WordStyles {
public:
    WordStyles(const XmlPart* styles, const XmlPart* numbering);

    // 0 to 8 for a heading level (0 the outermost), nullopt for body text.
    std::optional<int> outline_level(pugi::xml_node paragraph_properties) const;
    bool is_title(pugi::xml_node paragraph_properties) const;
    // Run formatting, from the run's own properties, its character style and its paragraph's
    // style, each with the styles they are based on.
    bool is_bold(pugi::xml_node run_properties, pugi::xml_node paragraph_properties) const;
    // Hidden also by the style of the table the paragraph is in (`table_style`, its id), as
    // Word applies a table style's run properties; a vanish in any of its conditional parts
    // (first row, banded rows) is taken to hide, whichever cells it applies to.
    bool is_hidden(pugi::xml_node run_properties, pugi::xml_node paragraph_properties,
                   std::string_view table_style = {}) const;
    // The list level of a numbered or bulleted paragraph, from its own numbering or its style's.
    std::optional<ListLevel> list_level(pugi::xml_node paragraph_properties) const;
    ListPlacement placement(pugi::xml_node paragraph_properties) const;

private:
    std::map<std::string, pugi::xml_node, std::less<>> styles_; // styleId -> w:style
    std::string default_paragraph_style_;
    pugi::xml_node default_run_properties_;
    std::map<std::string, std::string, std::less<>> abstract_of_; // numId -> abstractNumId
    std::map<std::string, pugi::xml_node, std::less<>> abstract_numbering_; // id -> abstractNum

    // Walks a style and its basedOn chain (bounded, so a cycle ends), calling `visit` on each
    // until it returns true.
    template <class Visit> bool in_chain(std::string_view style_id, Visit visit) const;
    std::string paragraph_style(pugi::xml_node paragraph_properties) const;
    pugi::xml_node numbering_of(pugi::xml_node paragraph_properties) const;
    pugi::xml_node numbering_level(pugi::xml_node numbering) const;
    std::optional<bool> run_toggle(pugi::xml_node run_properties,
                                   pugi::xml_node paragraph_properties, const char* name,
                                   std::string_view table_style = {}) const;
};

} // namespace cpdoc::docx
