#include "pack_validator.hpp"

#include "embedded_data.hpp"

#include <libxml/parser.h>
#include <libxml/xmlschemas.h>

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
        xmlSchemaFreeValidCtxt(validator);
        xmlFreeDoc(doc);
    }
    xmlSetStructuredErrorFunc(nullptr, nullptr);
    xmlFreeParserCtxt(context);
    return result;
}

} // namespace cpdoc
