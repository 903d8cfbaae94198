// The parts of a Word package cpdoc reads, found as Open Packaging Conventions say: the main
// document through the package relationships (_rels/.rels) and its content type in
// [Content_Types].xml; its styles and numbering through the document's own relationships;
// its headers, footers, footnotes, endnotes, comments and glossary (building blocks) through
// the document's own relationships; the core and custom properties through the package
// relationships. External targets (TargetMode="External") are never followed, nor are targets
// that leave the package.
#pragma once

#include "word_blocks.hpp"
#include "xml_part.hpp"
#include "zip_package.hpp"

#include <optional>
#include <string>
#include <vector>

namespace cpdoc::docx {

// A header or footer part (w:hdr, w:ftr), the part holding every footnote or endnote, or the
// glossary (w:glossaryDocument). Read once however many relationships name it.
struct StoryPart {
    WordStory::Kind kind;
    XmlPart part;
    std::string name;                          // "word/header1.xml"
    std::vector<std::string> relationship_ids; // the document's, that name it: sections refer
                                               // to their headers and footers by these
    std::optional<XmlPart> styles;             // its own (the glossary has them)
    bool in_glossary = false;                  // a header, footer or notes of the glossary's
};

struct PackageParts {
    XmlPart document;
    std::vector<StoryPart> stories;
    // A comments part holding a comment, related from the document or its glossary
    bool has_comments_part = false;
    std::optional<XmlPart> styles;
    std::optional<XmlPart> numbering;
    std::optional<XmlPart> core_properties;
    std::optional<XmlPart> custom_properties;
    // oleObject or package relationships from the document or its headers, footers, notes and
    // glossary
    bool has_embedded_parts = false;
    std::string main_part; // the main document part's name: "word/document.xml"
    // What Word fetches from outside the package when the document opens (an attached
    // template on a server, a linked image): the targets as written
    std::vector<std::string> fetched_when_opened;
    // The settings ask Word to update every field when the document opens (w:updateFields)
    bool updates_fields = false;
};

// Whether a relationship's target is outside the package: TargetMode External, however it
// is spelt, or a target no part could be named ("http://...", "file:...", "\\\\server\\x",
// "//host/x"), which some reader may fetch whatever the TargetMode says.
bool outside_package(std::string_view target_mode, std::string_view target);

// The parts, or an error saying why the package is not a Word document cpdoc reads.
std::optional<PackageParts> read_package_parts(ZipPackage& package, SourceError& error);

} // namespace cpdoc::docx
