// The render templates and styles (templates/render/) and the WeasyPrint driver
// (render/weasyprint_driver.py), compiled into cpdoc so a rendering reads nothing but the
// document the user named.
#pragma once

#include <string_view>

namespace cpdoc {

// The file's content; empty for a name that is not one of them.
std::string_view render_template(std::string_view name);

} // namespace cpdoc
