# Third-party libraries, all from Debian packages (see tools/setup.sh).

find_package(Threads REQUIRED)
find_package(nlohmann_json 3.10 REQUIRED)
find_package(fmt 9 REQUIRED)
find_package(CLI11 REQUIRED)
find_package(PkgConfig REQUIRED)

find_path(ROCKSDB_INCLUDE_DIR rocksdb/db.h REQUIRED)
find_library(ROCKSDB_LIBRARY rocksdb REQUIRED)
add_library(stargraph_rocksdb INTERFACE)
target_include_directories(stargraph_rocksdb SYSTEM INTERFACE ${ROCKSDB_INCLUDE_DIR})
target_link_libraries(stargraph_rocksdb INTERFACE ${ROCKSDB_LIBRARY} Threads::Threads)

find_path(ANTLR4_RUNTIME_INCLUDE_DIR antlr4-runtime.h PATH_SUFFIXES antlr4-runtime REQUIRED)
find_library(ANTLR4_RUNTIME_LIBRARY antlr4-runtime REQUIRED)
# Debian's ANTLR 4.9 headers declare `InterpreterData() {}` over a Vocabulary whose default
# constructor is deleted (const members); g++ accepts it, clang++ rejects it. Clang builds use a
# copy of the headers with that constructor defaulted (it is never called from our code).
if(CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
  set(antlr_copy ${CMAKE_BINARY_DIR}/antlr4-runtime-clang/antlr4-runtime)
  file(COPY ${ANTLR4_RUNTIME_INCLUDE_DIR}/ DESTINATION ${antlr_copy})
  file(READ ${antlr_copy}/misc/InterpreterDataReader.h antlr_header)
  string(REPLACE "InterpreterData() {};" "InterpreterData() = default;" antlr_header
         "${antlr_header}")
  file(WRITE ${antlr_copy}/misc/InterpreterDataReader.h "${antlr_header}")
  set(ANTLR4_RUNTIME_INCLUDE_DIR "$<BUILD_INTERFACE:${antlr_copy}>")
endif()
add_library(stargraph_antlr4_runtime INTERFACE)
target_include_directories(stargraph_antlr4_runtime SYSTEM INTERFACE ${ANTLR4_RUNTIME_INCLUDE_DIR})
target_link_libraries(stargraph_antlr4_runtime INTERFACE ${ANTLR4_RUNTIME_LIBRARY})

pkg_check_modules(UTF8PROC REQUIRED IMPORTED_TARGET libutf8proc)
pkg_check_modules(ICU REQUIRED IMPORTED_TARGET icu-uc icu-i18n)
pkg_check_modules(LIBEDIT REQUIRED IMPORTED_TARGET libedit)
