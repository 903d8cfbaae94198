# Writes a C++ source holding templates/render/ and the WeasyPrint driver, so rendering needs
# no data files at run time. Run at build time by render/CMakeLists.txt.
include(${CMAKE_CURRENT_LIST_DIR}/../cmake/EmbedFiles.cmake)
string(REPLACE "|" ";" FILES "${FILES}")
file(WRITE "${OUT}" "// Generated from templates/render/ and render/weasyprint_driver.py by render/embed.cmake; do not edit.\n#include \"templates.hpp\"\n\n#include <map>\n#include <string>\n\nnamespace cpdoc {\n\nstd::string_view render_template(std::string_view name) {\n    static const std::map<std::string, std::string_view, std::less<>> files = {\n")
foreach(path ${FILES})
  embed_file_entry("${OUT}" "${path}")
endforeach()
file(APPEND "${OUT}" "    };\n    const auto it = files.find(name);\n    return it == files.end() ? std::string_view() : it->second;\n}\n\n} // namespace cpdoc\n")
