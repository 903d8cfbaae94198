#include "docx_reference.hpp"

#include "templates.hpp"
#include "xml_text.hpp"

#include <pugixml.hpp>
#include <zip.h>

#include <ctime>
#include <list>
#include <memory>
#include <sstream>

namespace cpdoc {
namespace {

constexpr std::string_view relationships_ns =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
// 1980-01-01 00:00, the earliest time a zip can hold. A zip stores local time, which libzip
// takes from a time_t by the machine's time zone: the moment is made from local time too,
// so every machine writes the same bytes.
std::time_t fixed_time() {
    std::tm start{};
    start.tm_year = 80;
    start.tm_mday = 1;
    start.tm_isdst = -1;
    return std::mktime(&start);
}

std::string xml_text(const pugi::xml_document& document) {
    std::ostringstream out;
    document.save(out, "", pugi::format_raw);
    return out.str();
}

std::optional<pugi::xml_document> parse(const std::string& text) {
    pugi::xml_document document;
    if (!document.load_buffer(text.data(), text.size()))
        return std::nullopt;
    return document;
}

// A header or footer part: one centred paragraph per line, cloned from the template's.
std::string page_part(std::string_view template_name, const std::vector<std::string>& lines) {
    auto document = parse(std::string(render_template(template_name)));
    pugi::xml_node root = document->first_child();
    const pugi::xml_node model = root.child("w:p");
    for (const std::string& line : lines) {
        pugi::xml_node paragraph = root.insert_copy_before(model, model);
        set_xml_text(paragraph.select_node(".//w:t[.='LINE']").node(), line);
    }
    root.remove_child(model);
    return xml_text(*document);
}

void add_relationship(pugi::xml_document& rels, const char* id, const char* type,
                      const char* target) {
    pugi::xml_node relationship = rels.child("Relationships").append_child("Relationship");
    relationship.append_attribute("Type") = (std::string(relationships_ns) + "/" + type).c_str();
    relationship.append_attribute("Id") = id;
    relationship.append_attribute("Target") = target;
}

void add_override(pugi::xml_document& types, const char* part, const char* type) {
    pugi::xml_node override_node = types.child("Types").append_child("Override");
    override_node.append_attribute("PartName") = part;
    override_node.append_attribute("ContentType") =
        (std::string("application/vnd.openxmlformats-officedocument.wordprocessingml.") + type +
         "+xml")
            .c_str();
}

// The body's section properties: A4, margins, and the header and footer on every page.
void set_page_setup(pugi::xml_document& document) {
    pugi::xml_node body = document.child("w:document").child("w:body");
    body.remove_child("w:sectPr");
    auto section = parse(std::string(render_template("docx-section.xml")));
    body.append_copy(section->first_child());
}

// Entry name -> new content, for the parts cpdoc changes; nullopt when one cannot be read.
std::optional<std::string> changed_part(const std::string& name, const std::string& content) {
    if (name == "word/styles.xml")
        return std::string(render_template("docx-styles.xml"));
    auto document = parse(content);
    if (!document)
        return std::nullopt;
    if (name == "word/document.xml")
        set_page_setup(*document);
    else if (name == "word/_rels/document.xml.rels") {
        add_relationship(*document, "rIdCpdocHeader", "header", "header1.xml");
        add_relationship(*document, "rIdCpdocFooter", "footer", "footer1.xml");
    } else if (name == "[Content_Types].xml") {
        add_override(*document, "/word/header1.xml", "header");
        add_override(*document, "/word/footer1.xml", "footer");
    } else
        return content;
    return xml_text(*document);
}

struct ZipCloser {
    void operator()(zip_t* archive) const { zip_discard(archive); }
};

std::string zip_message(zip_t* archive) {
    return zip_strerror(archive);
}

} // namespace

std::optional<std::string> write_reference_docx(const std::string& pandoc_reference,
                                                const DocxPageText& text, const std::string& path) {
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t* source =
        zip_source_buffer_create(pandoc_reference.data(), pandoc_reference.size(), 0, &error);
    std::unique_ptr<zip_t, ZipCloser> in(
        source == nullptr ? nullptr : zip_open_from_source(source, ZIP_RDONLY, &error));
    if (!in) {
        if (source != nullptr)
            zip_source_free(source);
        const std::string message = zip_error_strerror(&error);
        zip_error_fini(&error);
        return "Pandoc's reference document cannot be read: " + message;
    }
    int open_error = 0;
    zip_t* out = zip_open(path.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &open_error);
    if (out == nullptr)
        return "cannot write the reference document " + path;

    std::list<std::string> contents; // must live until zip_close
    auto add = [&](const std::string& name, std::string content) -> bool {
        contents.push_back(std::move(content));
        zip_source_t* data =
            zip_source_buffer(out, contents.back().data(), contents.back().size(), 0);
        const zip_int64_t index =
            data == nullptr ? -1 : zip_file_add(out, name.c_str(), data, ZIP_FL_ENC_UTF_8);
        if (index < 0) {
            zip_source_free(data);
            return false;
        }
        return zip_file_set_mtime(out, static_cast<zip_uint64_t>(index), fixed_time(), 0) == 0;
    };

    const zip_int64_t entries = zip_get_num_entries(in.get(), 0);
    for (zip_int64_t i = 0; i < entries; ++i) {
        zip_stat_t stat;
        zip_file_t* file = zip_stat_index(in.get(), static_cast<zip_uint64_t>(i), 0, &stat) == 0
                               ? zip_fopen_index(in.get(), static_cast<zip_uint64_t>(i), 0)
                               : nullptr;
        std::string content(file == nullptr ? 0 : stat.size, '\0');
        const bool read = file != nullptr && zip_fread(file, content.data(), content.size()) ==
                                                 static_cast<zip_int64_t>(content.size());
        if (file != nullptr)
            zip_fclose(file);
        std::optional<std::string> changed;
        if (read)
            changed = changed_part(stat.name, content);
        if (!changed || !add(stat.name, std::move(*changed))) {
            zip_discard(out);
            return "Pandoc's reference document cannot be read (entry " + std::to_string(i) + ")";
        }
    }
    if (!add("word/header1.xml", page_part("docx-header.xml", text.header_lines)) ||
        !add("word/footer1.xml", page_part("docx-footer.xml", {text.footer_marking}))) {
        const std::string message = zip_message(out);
        zip_discard(out);
        return "cannot write the reference document: " + message;
    }
    if (zip_close(out) != 0) {
        const std::string message = zip_message(out);
        zip_discard(out);
        return "cannot write the reference document: " + message;
    }
    return std::nullopt;
}

} // namespace cpdoc
