# Compiler settings: ccache, sanitizers, and warnings-as-errors for project code only.

# ccache with paths relative to the source tree, so that build trees in different folders
# (several build dirs, a fresh CI clone) share cache entries.
find_program(CCACHE_PROGRAM ccache)
if(CCACHE_PROGRAM)
  set(CMAKE_CXX_COMPILER_LAUNCHER ${CMAKE_COMMAND} -E env CCACHE_BASEDIR=${PROJECT_SOURCE_DIR}
      CCACHE_NOHASHDIR=1 ${CCACHE_PROGRAM})
endif()

# Fuzz builds: every object gets coverage instrumentation plus ASan+UBSan; only the fuzz targets
# link the libFuzzer driver (tests/fuzz/CMakeLists.txt).
if(STARGRAPH_FUZZ)
  if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
    message(FATAL_ERROR "STARGRAPH_FUZZ needs clang: -DCMAKE_CXX_COMPILER=clang++")
  endif()
  if(NOT STARGRAPH_SANITIZE STREQUAL "" AND NOT STARGRAPH_SANITIZE STREQUAL "address")
    message(FATAL_ERROR "STARGRAPH_FUZZ builds with ASan+UBSan; leave STARGRAPH_SANITIZE empty")
  endif()
  set(STARGRAPH_SANITIZE "address")
  add_compile_options(-fsanitize=fuzzer-no-link)
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
