# `cmake --install` puts the engine libraries, the public headers and a package config in place,
# so that a consumer can `find_package(stargraph)` and link `stargraph::graphdb`.
include(GNUInstallDirs)
include(CMakePackageConfigHelpers)

set_target_properties(stargraph_api PROPERTIES EXPORT_NAME graphdb)
install(TARGETS stargraph_api stargraph_query stargraph_cypher_grammar stargraph_catalog
                stargraph_storage stargraph_common stargraph_rocksdb stargraph_antlr4_runtime
        EXPORT stargraphTargets
        ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR}
        LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR})
install(DIRECTORY ${PROJECT_SOURCE_DIR}/graphdb/api/include/stargraph
        DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
# The public headers include these from common/.
install(FILES ${PROJECT_SOURCE_DIR}/graphdb/common/status.h
              ${PROJECT_SOURCE_DIR}/graphdb/common/value.h
              ${PROJECT_SOURCE_DIR}/graphdb/common/temporal.h
        DESTINATION ${CMAKE_INSTALL_INCLUDEDIR}/stargraph/common)
install(EXPORT stargraphTargets NAMESPACE stargraph::
        DESTINATION ${CMAKE_INSTALL_LIBDIR}/cmake/stargraph)
configure_package_config_file(${PROJECT_SOURCE_DIR}/cmake/stargraphConfig.cmake.in
  ${PROJECT_BINARY_DIR}/stargraphConfig.cmake
  INSTALL_DESTINATION ${CMAKE_INSTALL_LIBDIR}/cmake/stargraph)
write_basic_package_version_file(${PROJECT_BINARY_DIR}/stargraphConfigVersion.cmake
  COMPATIBILITY SameMinorVersion)
install(FILES ${PROJECT_BINARY_DIR}/stargraphConfig.cmake
              ${PROJECT_BINARY_DIR}/stargraphConfigVersion.cmake
        DESTINATION ${CMAKE_INSTALL_LIBDIR}/cmake/stargraph)
# The seed graph and lexicon, for the shell's default database.
install(DIRECTORY ${PROJECT_SOURCE_DIR}/seed/ DESTINATION ${CMAKE_INSTALL_DATADIR}/stargraph/seed
        PATTERN "tools" EXCLUDE)
if(TARGET stargraph)
  install(TARGETS stargraph RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
endif()
