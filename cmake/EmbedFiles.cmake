# Shared by the embed scripts: appends `{"name", R"(content)"},` for one file to a
# generated C++ source, refusing a file that contains the raw-string delimiter.
function(embed_file_entry out path)
  file(READ "${path}" content)
  get_filename_component(name "${path}" NAME)
  string(FIND "${content}" ")cpdoc_embed\"" clash)
  if(NOT clash EQUAL -1)
    message(FATAL_ERROR "${path} contains the raw-string delimiter")
  endif()
  file(APPEND "${out}" "    {\"${name}\", R\"cpdoc_embed(${content})cpdoc_embed\"},\n")
endfunction()
