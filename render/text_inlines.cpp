#include "text_inlines.hpp"

#include "grammar/date.hpp"

namespace cpdoc {
namespace {

pandoc::Inlines to_pandoc(const Inlines& inlines) {
    pandoc::Inlines out;
    for (const Inline& element : inlines)
        switch (element.kind) {
        case Inline::Kind::text:
            pandoc::append(out, pandoc::text(element.text));
            break;
        case Inline::Kind::code:
            out.push_back(pandoc::code(element.text));
            break;
        case Inline::Kind::strong:
            out.push_back(pandoc::strong(to_pandoc(element.children)));
            break;
        case Inline::Kind::emph:
            out.push_back(pandoc::emph(to_pandoc(element.children)));
            break;
        }
    return out;
}

} // namespace

pandoc::Inlines text_inlines(const Located& text) {
    return text.inlines.empty() ? pandoc::text(text.text) : to_pandoc(text.inlines);
}

std::optional<pandoc::Inlines> date_inlines(const Located& value) {
    const auto date = parse_date(value.text);
    if (!date)
        return std::nullopt;
    std::string written = date->long_form();
    // A value that is the date and a note or a time (parse_date allows them after it).
    if (const auto leading = parse_leading_date(value.text); leading && !leading->rest.empty()) {
        std::string_view rest = leading->rest;
        if (rest.ends_with('.') && !rest.ends_with(".)"))
            rest.remove_suffix(1);
        written += (rest.front() == '(' ? " " : ", ") + std::string(rest);
    }
    return pandoc::text(written);
}

} // namespace cpdoc
