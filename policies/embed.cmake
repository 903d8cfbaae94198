# Writes a C++ source that holds the policy schema, the shipped packs and the calendars, so
# the binary needs no data files at run time. Run at build time by policies/CMakeLists.txt.
include(${CMAKE_CURRENT_LIST_DIR}/../cmake/EmbedFiles.cmake)

file(WRITE "${OUT}" "// Generated from policies/ by embed.cmake; do not edit.\n#include \"embedded_data.hpp\"\n\nnamespace cpdoc::embedded {\n\n")
file(READ "${SCHEMA}" schema)
file(APPEND "${OUT}" "std::string_view pack_schema() {\n    return R\"cpdoc_embed(${schema})cpdoc_embed\";\n}\n\n")

string(REPLACE "|" ";" PACKS "${PACKS}")
string(REPLACE "|" ";" CALENDARS "${CALENDARS}")
foreach(group packs calendars)
  string(TOUPPER "${group}" upper)
  file(APPEND "${OUT}" "const std::vector<File>& ${group}() {\n    static const std::vector<File> files = {\n")
  foreach(path ${${upper}})
    embed_file_entry("${OUT}" "${path}")
  endforeach()
  file(APPEND "${OUT}" "    };\n    return files;\n}\n\n")
endforeach()
file(APPEND "${OUT}" "} // namespace cpdoc::embedded\n")
