# Each layer's library exposes its own directory only: `#include "checker/engine.hpp"` resolves
# through ${CMAKE_BINARY_DIR}/layers/checker, which holds nothing but a link named checker to
# the source directory. A layer sees the layers it links (docs/architecture.md), so an include
# that reaches up fails to compile; scripts/check-layers still reads the sources for what a
# compiler cannot see (an include written with ../, a layer's header that no target compiles).
function(cpdoc_layer_includes target layer)
  set(root ${CMAKE_BINARY_DIR}/layers/${layer})
  file(MAKE_DIRECTORY ${root})
  file(CREATE_LINK ${PROJECT_SOURCE_DIR}/${layer} ${root}/${layer} SYMBOLIC)
  target_include_directories(${target} PUBLIC ${root})
endfunction()
