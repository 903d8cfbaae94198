# Writes a C++ source that holds the policy schema, the shipped packs and the calendars, so
# the binary needs no data files at run time. Run at build time by policies/CMakeLists.txt.
include(${CMAKE_CURRENT_LIST_DIR}/../cmake/EmbedFiles.cmake)

file(WRITE "${OUT}" "// Generated from policies/ by embed.cmake; do not edit.\n#include \"embedded_data.hpp\"\n\nnamespace cpdoc::embedded {\n\n")
file(READ "${SCHEMA}" schema)
file(APPEND "${OUT}" "std::string_view pack_schema() {\n    return R\"cpdoc_embed(${schema})cpdoc_embed\";\n}\n\n")

string(REPLACE "|" ";" PACKS "${PACKS}")
string(REPLACE "|" ";" CALENDARS "${CALENDARS}")

# The packs as arrays of bytes: the base pack is longer than the 65,536 characters C++
# compilers must support in a string literal (-Woverlength-strings).
set(pack_entries "")
set(index 0)
foreach(path ${PACKS})
  file(READ "${path}" hex HEX)
  string(REGEX REPLACE "([0-9a-f][0-9a-f])" "0x\\1," bytes "${hex}")
  get_filename_component(name "${path}" NAME)
  file(APPEND "${OUT}" "static const unsigned char pack_${index}[] = {${bytes}};\n")
  string(APPEND pack_entries "        {\"${name}\", {reinterpret_cast<const char*>(pack_${index}), sizeof(pack_${index})}},\n")
  math(EXPR index "${index} + 1")
endforeach()
file(APPEND "${OUT}" "\nconst std::vector<File>& packs() {\n    static const std::vector<File> files = {\n${pack_entries}    };\n    return files;\n}\n\n")

file(APPEND "${OUT}" "const std::vector<File>& calendars() {\n    static const std::vector<File> files = {\n")
foreach(path ${CALENDARS})
  embed_file_entry("${OUT}" "${path}")
endforeach()
file(APPEND "${OUT}" "    };\n    return files;\n}\n\n")
file(APPEND "${OUT}" "} // namespace cpdoc::embedded\n")
