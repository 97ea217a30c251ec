// Cypher lexer (placeholder; the full openCypher 9 grammar replaces it).
lexer grammar CypherLexer;

MATCH : [Mm][Aa][Tt][Cc][Hh] ;
RETURN : [Rr][Ee][Tt][Uu][Rr][Nn] ;
INTEGER : [0-9]+ ;
IDENT : [a-zA-Z_][a-zA-Z_0-9]* ;
LPAREN : '(' ;
RPAREN : ')' ;
COMMA : ',' ;
SEMI : ';' ;
WS : [ \t\r\n]+ -> skip ;
