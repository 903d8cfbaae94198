#include "pack_validator.hpp"

#include "embedded_data.hpp"

#include <libxml/parser.h>
#include <libxml/xmlschemas.h>

#include <map>
#include <memory>
#include <mutex>

namespace cpdoc {
namespace {

int line_of_offset(std::string_view text, std::size_t offset) {
    int line = 1;
    for (std::size_t i = 0; i < offset && i < text.size(); ++i)
        if (text[i] == '\n')
            ++line;
    return line;
}

struct ErrorCollector {
    int line = 0;
    std::string message;
    static void on_error(void* self, xmlErrorPtr error) {
        auto* collector = static_cast<ErrorCollector*>(self);
        if (!collector->message.empty() || error == nullptr || error->message == nullptr)
            return;
        collector->line = error->line;
        collector->message = error->message;
        while (!collector->message.empty() && collector->message.back() == '\n')
            collector->message.pop_back();
    }
};

struct SchemaDeleter {
    void operator()(xmlSchema* schema) const { xmlSchemaFree(schema); }
};

const xmlSchema* compiled_schema() {
    static std::unique_ptr<xmlSchema, SchemaDeleter> schema;
    static std::once_flag once;
    std::call_once(once, [] {
        const std::string_view xsd = embedded::pack_schema();
        xmlSchemaParserCtxtPtr parser =
            xmlSchemaNewMemParserCtxt(xsd.data(), static_cast<int>(xsd.size()));
        schema.reset(xmlSchemaParse(parser));
        xmlSchemaFreeParserCtxt(parser);
    });
    return schema.get();
}

std::optional<PackError> too_many_elements(xmlDocPtr doc, const std::string& file_name) {
    std::map<std::string, std::size_t, std::less<>> counts;
    const xmlNodePtr root = xmlDocGetRootElement(doc);
    // Document order, without recursion: the first element past the limit is the one named.
    for (xmlNodePtr node = root; node != nullptr;) {
        if (node->type == XML_ELEMENT_NODE) {
            const std::string_view name(reinterpret_cast<const char*>(node->name));
            auto it = counts.find(name);
            if (it == counts.end())
                it = counts.emplace(std::string(name), 0).first;
            if (++it->second > max_pack_elements_of_a_name)
                return PackError{file_name, static_cast<int>(xmlGetLineNo(node)),
                                 "a policy pack may have at most " +
                                     std::to_string(max_pack_elements_of_a_name) + " <" +
                                     std::string(name) + "> elements"};
        }
        if (node->children != nullptr) {
            node = node->children;
            continue;
        }
        while (node != root && node->next == nullptr)
            node = node->parent;
        node = node == root ? nullptr : node->next;
    }
    return std::nullopt;
}

} // namespace

std::optional<PackError> validate_pack(std::string_view xml, const std::string& file_name) {
    if (xml.size() > max_pack_bytes)
        return PackError{file_name, 0,
                         "policy pack is larger than " + std::to_string(max_pack_bytes) +
                             " bytes; refused without reading it"};
    // UTF-16 or UTF-32 would hide a DOCTYPE from the search below: packs are UTF-8 only.
    if (const auto nul = xml.find('\0');
        nul != std::string_view::npos || xml.starts_with("\xFE\xFF") || xml.starts_with("\xFF\xFE"))
        return PackError{file_name, nul == std::string_view::npos ? 1 : line_of_offset(xml, nul),
                         "policy packs must be UTF-8 text (this one is UTF-16 or binary)"};
    for (const std::string_view forbidden : {"<!DOCTYPE", "<!ENTITY"}) {
        if (const auto at = xml.find(forbidden); at != std::string_view::npos)
            return PackError{file_name, line_of_offset(xml, at),
                             "policy packs may not contain a DOCTYPE or entity declarations"};
    }

    ErrorCollector errors;
    xmlParserCtxtPtr context = xmlNewParserCtxt();
    if (context == nullptr)
        return PackError{file_name, 0, "out of memory"};
    xmlSetStructuredErrorFunc(&errors, &ErrorCollector::on_error);
    // NONET: never touch the network. No NOENT, DTDLOAD, DTDATTR or XINCLUDE.
    const int options = XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING;
    xmlDocPtr doc = xmlCtxtReadMemory(context, xml.data(), static_cast<int>(xml.size()),
                                      file_name.c_str(), "UTF-8", options);
    std::optional<PackError> result;
    if (doc == nullptr) {
        result =
            PackError{file_name, errors.line,
                      "not well-formed XML: " +
                          (errors.message.empty() ? std::string("unreadable") : errors.message)};
    } else {
        const xmlSchema* schema = compiled_schema();
        xmlSchemaValidCtxtPtr validator = xmlSchemaNewValidCtxt(const_cast<xmlSchema*>(schema));
        xmlSchemaSetValidStructuredErrors(validator, &ErrorCollector::on_error, &errors);
        if (xmlSchemaValidateDoc(validator, doc) != 0)
            result = PackError{file_name, errors.line,
                               "does not follow the policy pack schema: " + errors.message};
        else
            result = too_many_elements(doc, file_name);
        xmlSchemaFreeValidCtxt(validator);
        xmlFreeDoc(doc);
    }
    xmlSetStructuredErrorFunc(nullptr, nullptr);
    xmlFreeParserCtxt(context);
    return result;
}

} // namespace cpdoc
