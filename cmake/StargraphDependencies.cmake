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
add_library(stargraph_antlr4_runtime INTERFACE)
target_include_directories(stargraph_antlr4_runtime SYSTEM INTERFACE ${ANTLR4_RUNTIME_INCLUDE_DIR})
target_link_libraries(stargraph_antlr4_runtime INTERFACE ${ANTLR4_RUNTIME_LIBRARY})

pkg_check_modules(UTF8PROC REQUIRED IMPORTED_TARGET libutf8proc)
pkg_check_modules(ICU REQUIRED IMPORTED_TARGET icu-uc icu-i18n)
pkg_check_modules(LIBEDIT REQUIRED IMPORTED_TARGET libedit)
