#include "docx_reference.hpp"

#include "grammar/docx/fetching_fields.hpp"
#include "grammar/docx/package_parts.hpp"
#include "grammar/docx/xml_part.hpp"
#include "grammar/docx/zip_package.hpp"
#include "templates.hpp"
#include "xml_text.hpp"

#include <pugixml.hpp>
#include <zip.h>

#include <ctime>
#include <list>
#include <map>
#include <memory>
#include <set>
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
pugi::xml_document page_part(std::string_view template_name,
                             const std::vector<std::string>& lines) {
    auto document = parse(std::string(render_template(template_name)));
    pugi::xml_node root = document->first_child();
    const pugi::xml_node model = root.child("w:p");
    for (const std::string& line : lines) {
        pugi::xml_node paragraph = root.insert_copy_before(model, model);
        set_xml_text(paragraph.select_node(".//w:t[.='LINE']").node(), line);
    }
    root.remove_child(model);
    return std::move(*document);
}

// The package's parts by name, in the order stored.
struct Parts {
    std::vector<std::string> order;
    std::map<std::string, std::string> content;
};

// Why a part of the reference document may not be copied into every DOCX rendered with it:
// a DOCTYPE (entities a reader of the DOCX might fetch or expand), text that is not XML, or a
// relationship to something outside the package (a template on a web server).
std::optional<std::string> why_not_copied(const std::string& name, const std::string& content) {
    const bool xml = name.ends_with(".xml") || name.ends_with(".rels");
    if (!xml)
        return std::nullopt;
    if (docx::has_doctype(content))
        return "holds a DOCTYPE, which no Word document has";
    if (auto why = docx::why_not_xml_text(content))
        return "is not well-formed XML (" + *why + ")";
    if (!name.ends_with(".rels"))
        if (const auto part = parse(content))
            if (auto fetching = docx::fetching_content(part->document_element()))
                return "holds " + *fetching;
    if (name.ends_with(".rels")) {
        const auto rels = parse(content);
        if (!rels)
            return "is not well-formed XML";
        // A hyperlink is followed only when clicked; an attached template, a frame or an
        // image outside the package Word fetches when the document opens.
        for (const pugi::xpath_node& node : rels->select_nodes("//*[@Target]"))
            if (docx::outside_package(node.node().attribute("TargetMode").value(),
                                      node.node().attribute("Target").value()) &&
                !std::string_view(node.node().attribute("Type").value()).ends_with("/hyperlink"))
                return "links to " + std::string(node.node().attribute("Target").value()) +
                       ", outside the document, for Word to fetch";
    }
    return std::nullopt;
}

std::optional<Parts> read_parts(const std::string& bytes, std::string& error) {
    SourceError zip_error;
    auto package = docx::ZipPackage::open(bytes, {}, zip_error);
    if (!package) {
        error = zip_error.message;
        return std::nullopt;
    }
    Parts parts;
    for (const std::string& name : package->names()) {
        std::optional<SourceError> read_error;
        auto content = package->read(name, read_error);
        if (!content || read_error) {
            error = read_error ? read_error->message : "entry " + name + " cannot be read";
            return std::nullopt;
        }
        if (const auto why = why_not_copied(name, *content)) {
            error = "its part " + name + " " + *why + ": it is not used";
            return std::nullopt;
        }
        if (parts.content.emplace(name, std::move(*content)).second)
            parts.order.push_back(name);
    }
    return parts;
}

// The parsed XML parts cpdoc changes, written back into `Parts` at the end.
class Reference {
public:
    explicit Reference(Parts& parts) : parts_(parts) {}

    pugi::xml_document* part(const std::string& name) {
        if (auto it = parsed_.find(name); it != parsed_.end())
            return &it->second;
        const auto text = parts_.content.find(name);
        if (text == parts_.content.end())
            return nullptr;
        auto document = parse(text->second);
        if (!document)
            return nullptr;
        return &parsed_.emplace(name, std::move(*document)).first->second;
    }

    void add(const std::string& name, const pugi::xml_document& document) {
        parts_.order.push_back(name);
        parts_.content[name] = xml_text(document);
    }

    bool has(const std::string& name) const { return parts_.content.count(name) != 0; }

    void save() {
        for (const auto& [name, document] : parsed_)
            parts_.content[name] = xml_text(document);
    }

private:
    Parts& parts_;
    std::map<std::string, pugi::xml_document> parsed_;
};

// "header1.xml" or "/word/header1.xml", as a relationship of word/document.xml names it.
std::string part_name(std::string_view target) {
    return target.starts_with("/") ? std::string(target.substr(1)) : "word/" + std::string(target);
}

struct PageKind {
    const char* element;   // "header"
    const char* file;      // "header1.xml"
    const char* id;        // the relationship id of cpdoc's part
    const char* template_; // "docx-header.xml"
};

// Adds cpdoc's lines to the end of every header (or footer) the section refers to, and
// cpdoc's own part where it has no default one; a first or even page without a part of its
// own gets the default one, so no page goes unmarked.
std::optional<std::string> mark_pages(Reference& reference, pugi::xml_node section,
                                      const PageKind& kind, const std::vector<std::string>& lines,
                                      bool even_pages) {
    pugi::xml_document* rels = reference.part("word/_rels/document.xml.rels");
    pugi::xml_document* types = reference.part("[Content_Types].xml");
    if (rels == nullptr || types == nullptr)
        return std::string("the document has no readable relationships or content types");
    const std::string reference_name = std::string("w:") + kind.element + "Reference";
    const pugi::xml_document ours = page_part(kind.template_, lines);

    std::map<std::string, std::string> ids_by_type;
    std::set<std::string> marked;
    for (pugi::xml_node ref : section.children(reference_name.c_str())) {
        const std::string id = ref.attribute("r:id").value();
        ids_by_type[ref.attribute("w:type").as_string("default")] = id;
        const pugi::xml_node rel =
            rels->child("Relationships").find_child_by_attribute("Relationship", "Id", id.c_str());
        const std::string name = part_name(rel.attribute("Target").value());
        if (!marked.insert(name).second)
            continue;
        pugi::xml_document* part = reference.part(name);
        if (rel.empty() || part == nullptr)
            return "its " + std::string(kind.element) + " " + id + " cannot be read";
        for (pugi::xml_node line : ours.first_child().children("w:p"))
            part->first_child().append_copy(line);
    }

    if (!ids_by_type.count("default")) {
        std::string name = std::string("word/") + kind.file;
        if (reference.has(name))
            name = std::string("word/cpdoc-") + kind.element + ".xml";
        reference.add(name, ours);
        pugi::xml_node rel = rels->child("Relationships").append_child("Relationship");
        rel.append_attribute("Type") = (std::string(relationships_ns) + "/" + kind.element).c_str();
        rel.append_attribute("Id") = kind.id;
        rel.append_attribute("Target") = name.substr(5).c_str();
        pugi::xml_node override_node = types->child("Types").append_child("Override");
        override_node.append_attribute("PartName") = ("/" + name).c_str();
        override_node.append_attribute("ContentType") =
            (std::string("application/vnd.openxmlformats-officedocument.wordprocessingml.") +
             kind.element + "+xml")
                .c_str();
        ids_by_type["default"] = kind.id;
        pugi::xml_node ref = section.prepend_child(reference_name.c_str());
        ref.append_attribute("w:type") = "default";
        ref.append_attribute("r:id") = kind.id;
    }
    const bool first_page =
        !section.child("w:titlePg").empty() &&
        section.child("w:titlePg").attribute("w:val").as_string("1") != std::string("0");
    const std::pair<const char*, bool> other_pages[] = {{"first", first_page},
                                                        {"even", even_pages}};
    for (const auto& [type, wanted] : other_pages)
        if (wanted && !ids_by_type.count(type)) {
            pugi::xml_node ref = section.prepend_child(reference_name.c_str());
            ref.append_attribute("w:type") = type;
            ref.append_attribute("r:id") = ids_by_type["default"].c_str();
        }
    return std::nullopt;
}

// The council's styles, and cpdoc's for the ones it lacks (a template without a `Table` style
// would otherwise give tables without borders, one without `Heading2` plain section headings).
std::optional<std::string> add_missing_styles(Reference& reference) {
    pugi::xml_document* theirs = reference.part("word/styles.xml");
    if (theirs == nullptr)
        return std::string("it has no readable word/styles.xml");
    pugi::xml_node styles = theirs->child("w:styles");
    const auto ours = parse(std::string(render_template("docx-styles.xml")));
    for (pugi::xml_node style : ours->child("w:styles").children("w:style")) {
        const char* id = style.attribute("w:styleId").value();
        if (styles.find_child_by_attribute("w:style", "w:styleId", id).empty())
            styles.append_copy(style);
    }
    return std::nullopt;
}

std::optional<std::string> make_reference(Parts& parts, bool house, const DocxPageText& text) {
    if (!house)
        parts.content["word/styles.xml"] = std::string(render_template("docx-styles.xml"));
    Reference reference(parts);
    if (house)
        if (auto e = add_missing_styles(reference))
            return e;
    pugi::xml_document* document = reference.part("word/document.xml");
    if (document == nullptr)
        return std::string("it has no readable word/document.xml");
    pugi::xml_node body = document->child("w:document").child("w:body");
    if (body.empty())
        return std::string("its word/document.xml has no body");
    // The council's page setup stays; a document without one gets cpdoc's A4 pages.
    if (!house || body.child("w:sectPr").empty()) {
        body.remove_child("w:sectPr");
        body.append_copy(parse(std::string(render_template("docx-section.xml")))->first_child());
    }
    pugi::xml_node section = body.child("w:sectPr");
    pugi::xml_document* settings = reference.part("word/settings.xml");
    const bool even_pages =
        settings != nullptr && !settings->child("w:settings").child("w:evenAndOddHeaders").empty();
    if (auto e = mark_pages(reference, section,
                            {"header", "header1.xml", "rIdCpdocHeader", "docx-header.xml"},
                            text.header_lines, even_pages))
        return e;
    if (auto e = mark_pages(reference, section,
                            {"footer", "footer1.xml", "rIdCpdocFooter", "docx-footer.xml"},
                            {text.footer_marking}, even_pages))
        return e;
    reference.save();
    return std::nullopt;
}

struct ZipCloser {
    void operator()(zip_t* archive) const { zip_discard(archive); }
};

std::optional<std::string> write_zip(const Parts& parts, const std::string& path) {
    std::unique_ptr<zip_t, ZipCloser> out;
    int open_error = 0;
    out.reset(zip_open(path.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &open_error));
    if (!out)
        return "cannot write the reference document " + path;
    for (const std::string& name : parts.order) {
        const std::string& content = parts.content.at(name);
        zip_source_t* data = zip_source_buffer(out.get(), content.data(), content.size(), 0);
        const zip_int64_t index =
            data == nullptr ? -1 : zip_file_add(out.get(), name.c_str(), data, ZIP_FL_ENC_UTF_8);
        if (index < 0)
            zip_source_free(data);
        if (index < 0 ||
            zip_file_set_mtime(out.get(), static_cast<zip_uint64_t>(index), fixed_time(), 0) != 0)
            return "cannot write the reference document: " + std::string(zip_strerror(out.get()));
    }
    if (zip_close(out.get()) != 0)
        return "cannot write the reference document: " + std::string(zip_strerror(out.get()));
    out.release(); // closed
    return std::nullopt;
}

} // namespace

std::optional<std::string> write_reference_docx(const std::string& base, bool house,
                                                const DocxPageText& text, const std::string& path) {
    const std::string whose = house ? "the reference document" : "Pandoc's reference document";
    std::string error;
    auto parts = read_parts(base, error);
    if (!parts)
        return whose + " cannot be read: " + error;
    if (auto e = make_reference(*parts, house, text))
        return whose + " cannot be used: " + *e;
    return write_zip(*parts, path);
}

} // namespace cpdoc
