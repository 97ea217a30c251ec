# Compiler settings: ccache, sanitizers, and warnings-as-errors for project code only.

# ccache with paths relative to the source tree, so that build trees in different folders
# (several build dirs, a fresh CI clone) share cache entries.
find_program(CCACHE_PROGRAM ccache)
if(CCACHE_PROGRAM)
  set(CMAKE_CXX_COMPILER_LAUNCHER ${CMAKE_COMMAND} -E env CCACHE_BASEDIR=${PROJECT_SOURCE_DIR}
      CCACHE_NOHASHDIR=1 ${CCACHE_PROGRAM})
endif()

if(STARGRAPH_SANITIZE STREQUAL "address")
  add_compile_options(-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
  add_link_options(-fsanitize=address,undefined)
elseif(STARGRAPH_SANITIZE STREQUAL "thread")
  add_compile_options(-fsanitize=thread -fno-omit-frame-pointer)
  add_link_options(-fsanitize=thread)
elseif(NOT STARGRAPH_SANITIZE STREQUAL "")
  message(FATAL_ERROR "STARGRAPH_SANITIZE must be empty, 'address' or 'thread'")
endif()

# Applied per target by stargraph_project_target(); generated ANTLR code does not get them.
set(STARGRAPH_WARNINGS -Wall -Wextra -Wpedantic -Werror -Wno-unused-parameter)

function(stargraph_project_target target)
  target_compile_options(${target} PRIVATE ${STARGRAPH_WARNINGS})
endfunction()
