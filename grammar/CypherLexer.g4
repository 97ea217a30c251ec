// openCypher 9 lexer for stargraph.
//
// Keywords are case-insensitive (built from letter fragments). The parser lets most keywords
// serve as label, relationship-type and property-key names, and the soft ones also as variables.
// Number tokens are deliberately loose (e.g. `0x12g`): the AST builder validates them so that a
// bad literal is reported as InvalidNumberLiteral rather than as a stray identifier.
lexer grammar CypherLexer;

// ---- Keywords (openCypher reserved words) ----
ALL : A L L ;
AND : A N D ;
AS : A S ;
ASC : A S C ;
ASCENDING : A S C E N D I N G ;
BY : B Y ;
CALL : C A L L ;
CASE : C A S E ;
CONSTRAINT : C O N S T R A I N T ;
CONTAINS : C O N T A I N S ;
COUNT : C O U N T ;
CREATE : C R E A T E ;
DELETE : D E L E T E ;
DESC : D E S C ;
DESCENDING : D E S C E N D I N G ;
DETACH : D E T A C H ;
DISTINCT : D I S T I N C T ;
DROP : D R O P ;
ELSE : E L S E ;
END : E N D ;
ENDS : E N D S ;
EXISTS : E X I S T S ;
FALSE : F A L S E ;
FOREACH : F O R E A C H ;
IN : I N ;
IS : I S ;
LIMIT : L I M I T ;
MATCH : M A T C H ;
MERGE : M E R G E ;
NOT : N O T ;
NULL_ : N U L L ;
ON : O N ;
OPTIONAL : O P T I O N A L ;
OR : O R ;
ORDER : O R D E R ;
REMOVE : R E M O V E ;
RETURN : R E T U R N ;
SET : S E T ;
SKIP_ : S K I P ;
STARTS : S T A R T S ;
THEN : T H E N ;
TRUE : T R U E ;
UNION : U N I O N ;
UNIQUE : U N I Q U E ;
UNWIND : U N W I N D ;
WHEN : W H E N ;
WHERE : W H E R E ;
WITH : W I T H ;
XOR : X O R ;
YIELD : Y I E L D ;

// ---- Soft keywords: also valid variable and function names ----
ANY : A N Y ;
NONE : N O N E ;
SINGLE : S I N G L E ;
REDUCE : R E D U C E ;
SHORTESTPATH : S H O R T E S T P A T H ;
ALLSHORTESTPATHS : A L L S H O R T E S T P A T H S ;
EXPLAIN : E X P L A I N ;
PROFILE : P R O F I L E ;
LOAD : L O A D ;
CSV : C S V ;
HEADERS : H E A D E R S ;
FROM : F R O M ;
FIELDTERMINATOR : F I E L D T E R M I N A T O R ;
INDEX : I N D E X ;
INDEXES : I N D E X E S ;
CONSTRAINTS : C O N S T R A I N T S ;
SHOW : S H O W ;
FOR : F O R ;
REQUIRE : R E Q U I R E ;
IF : I F ;

// ---- Literals ----
HexInteger : '0' [xX] [0-9a-zA-Z_]* ;
OctalInteger : '0' [oO] [0-9a-zA-Z_]* ;
DecimalInteger : Digit+ ;
ExponentDecimalReal : ( Digit+ | Digit+ '.' Digit+ | '.' Digit+ ) [eE] [+-]? Digit+ ;
RegularDecimalReal : Digit* '.' Digit+ ;

StringLiteral
  : '"' ( ~["\\] | EscapeSequence )* '"'
  | '\'' ( ~['\\] | EscapeSequence )* '\''
  ;

fragment EscapeSequence
  : '\\' ( [\\'"bfnrt] | 'u' HexDigit HexDigit HexDigit HexDigit
         | 'U' HexDigit HexDigit HexDigit HexDigit HexDigit HexDigit HexDigit HexDigit )
  ;

// ---- Punctuation and operators ----
SEMI : ';' ;
COMMA : ',' ;
DOTDOT : '..' ;
DOT : '.' ;
COLON : ':' ;
PIPE : '|' ;
DOLLAR : '$' ;
LPAREN : '(' ;
RPAREN : ')' ;
LBRACKET : '[' ;
RBRACKET : ']' ;
LBRACE : '{' ;
RBRACE : '}' ;
PLUS_EQ : '+=' ;
REGEX_EQ : '=~' ;
NE : '<>' ;
LE : '<=' ;
GE : '>=' ;
EQ : '=' ;
LT : '<' ;
GT : '>' ;
PLUS : '+' ;
MINUS : '-' ;
STAR : '*' ;
SLASH : '/' ;
PERCENT : '%' ;
CARET : '^' ;

// ---- Names ----
UnescapedSymbolicName : IdentifierStart IdentifierPart* ;
EscapedSymbolicName : ( '`' ( ~'`' )* '`' )+ ;

fragment IdentifierStart : [\p{ID_Start}] | [\p{Pc}] ;
fragment IdentifierPart : [\p{ID_Continue}] | [\p{Sc}] ;

// ---- Skipped ----
WHITESPACE : [ \t\n\r\u000B\f\u001C-\u001F\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]+ -> skip ;
BLOCK_COMMENT : '/*' .*? '*/' -> skip ;
LINE_COMMENT : '//' ~[\r\n]* -> skip ;

fragment Digit : [0-9] ;
fragment HexDigit : [0-9a-fA-F] ;
fragment A : [aA] ; fragment B : [bB] ; fragment C : [cC] ; fragment D : [dD] ;
fragment E : [eE] ; fragment F : [fF] ; fragment G : [gG] ; fragment H : [hH] ;
fragment I : [iI] ; fragment J : [jJ] ; fragment K : [kK] ; fragment L : [lL] ;
fragment M : [mM] ; fragment N : [nN] ; fragment O : [oO] ; fragment P : [pP] ;
fragment Q : [qQ] ; fragment R : [rR] ; fragment S : [sS] ; fragment T : [tT] ;
fragment U : [uU] ; fragment V : [vV] ; fragment W : [wW] ; fragment X : [xX] ;
fragment Y : [yY] ; fragment Z : [zZ] ;
