# Generates C++ sources from grammar/*.g4 into the build tree at build time (never committed).
# Debian's antlr4 tool is 4.7.2 and the runtime 4.9; the generated code compiles against 4.9.

find_program(ANTLR4_TOOL antlr4 REQUIRED)

# stargraph_antlr_generate(<out-var-sources> <out-var-dir> LEXER <file> PARSER <file> PACKAGE <ns>)
function(stargraph_antlr_generate out_sources out_dir)
  cmake_parse_arguments(ARG "" "LEXER;PARSER;PACKAGE" "" ${ARGN})
  set(gen_dir ${CMAKE_CURRENT_BINARY_DIR}/antlr_generated)
  get_filename_component(lexer_name ${ARG_LEXER} NAME_WE)
  get_filename_component(parser_name ${ARG_PARSER} NAME_WE)
  set(outputs
    ${gen_dir}/${lexer_name}.cpp ${gen_dir}/${lexer_name}.h
    ${gen_dir}/${parser_name}.cpp ${gen_dir}/${parser_name}.h
    ${gen_dir}/${parser_name}Visitor.cpp ${gen_dir}/${parser_name}Visitor.h
    ${gen_dir}/${parser_name}BaseVisitor.cpp ${gen_dir}/${parser_name}BaseVisitor.h)
  add_custom_command(
    OUTPUT ${outputs}
    COMMAND ${CMAKE_COMMAND} -E make_directory ${gen_dir}
    COMMAND ${ANTLR4_TOOL} -Werror -Dlanguage=Cpp -package ${ARG_PACKAGE} -o ${gen_dir} -Xexact-output-dir
            ${ARG_LEXER}
    COMMAND ${ANTLR4_TOOL} -Werror -Dlanguage=Cpp -visitor -no-listener -package ${ARG_PACKAGE}
            -o ${gen_dir} -Xexact-output-dir -lib ${gen_dir} ${ARG_PARSER}
    DEPENDS ${ARG_LEXER} ${ARG_PARSER}
    COMMENT "Generating the Cypher parser with ANTLR"
    VERBATIM)
  set(${out_sources} ${outputs} PARENT_SCOPE)
  set(${out_dir} ${gen_dir} PARENT_SCOPE)
endfunction()
