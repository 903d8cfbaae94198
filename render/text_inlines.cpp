#include "text_inlines.hpp"

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

} // namespace cpdoc
