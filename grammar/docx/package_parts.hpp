// The parts of a Word package cpdoc reads, found as Open Packaging Conventions say: the main
// document through the package relationships (_rels/.rels) and its content type in
// [Content_Types].xml; its styles and numbering through the document's own relationships;
// the core and custom properties through the package relationships. External targets
// (TargetMode="External") are never followed, nor are targets that leave the package.
#pragma once

#include "xml_part.hpp"
#include "zip_package.hpp"

#include <optional>
#include <string>

namespace cpdoc::docx {

struct PackageParts {
    XmlPart document;
    std::optional<XmlPart> styles;
    std::optional<XmlPart> numbering;
    std::optional<XmlPart> core_properties;
    std::optional<XmlPart> custom_properties;
    bool has_embedded_parts = false; // oleObject or package relationships from the document
    std::string main_part;           // the main document part's name: "word/document.xml"
};

// The parts, or an error saying why the package is not a Word document cpdoc reads.
std::optional<PackageParts> read_package_parts(ZipPackage& package, SourceError& error);

} // namespace cpdoc::docx
