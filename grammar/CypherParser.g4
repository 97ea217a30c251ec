// openCypher 9 parser for stargraph (tokens from CypherLexer).
//
// Clause order is checked by the binder, not here: a query is any sequence of clauses, which
// keeps the grammar small and lets composition errors carry semantic codes. Precedence, lowest
// first: OR, XOR, AND, NOT, comparison (chainable), string/list/null predicates, + -, * / %, ^,
// unary + -, then postfix property access, indexing, slicing and label tests — as in the TCK.
parser grammar CypherParser;
options { tokenVocab = CypherLexer; }

statement : ( EXPLAIN | PROFILE )? ( schemaCommand | query ) SEMI? EOF ;

// ---- Queries ----
query : singleQuery unionPart* ;
unionPart : UNION ALL? singleQuery ;
singleQuery : clause+ ;

clause
  : matchClause
  | unwindClause
  | withClause
  | returnClause
  | callClause
  | createClause
  | mergeClause
  | setClause
  | removeClause
  | deleteClause
  | foreachClause
  | loadCsvClause
  ;

matchClause : OPTIONAL? MATCH pattern where? ;
unwindClause : UNWIND expression AS variable ;
withClause : WITH projectionBody where? ;
returnClause : RETURN projectionBody ;
where : WHERE expression ;

projectionBody : DISTINCT? projectionItems order? skip? limit? ;
projectionItems
  : STAR ( COMMA projectionItem )*
  | projectionItem ( COMMA projectionItem )*
  ;
projectionItem : expression ( AS variable )? ;
order : ORDER BY sortItem ( COMMA sortItem )* ;
skip : SKIP_ expression ;
limit : LIMIT expression ;
sortItem : expression ( ASCENDING | ASC | DESCENDING | DESC )? ;

callClause : CALL procedureName ( LPAREN ( expression ( COMMA expression )* )? RPAREN )? yieldClause? ;
yieldClause
  : YIELD STAR
  | YIELD yieldItem ( COMMA yieldItem )* where?
  ;
yieldItem : symbolicName ( AS variable )? ;
procedureName : namespacePrefix symbolicName ;

createClause : CREATE pattern ;
mergeClause : MERGE patternPart mergeAction* ;
mergeAction : ON ( MATCH | CREATE ) setClause ;
setClause : SET setItem ( COMMA setItem )* ;
setItem
  : propertyExpression EQ expression
  | variable EQ expression
  | variable PLUS_EQ expression
  | variable nodeLabels
  ;
removeClause : REMOVE removeItem ( COMMA removeItem )* ;
removeItem
  : variable nodeLabels
  | propertyExpression
  ;
propertyExpression : atom ( propertyLookup )+ ;
deleteClause : DETACH? DELETE expression ( COMMA expression )* ;
foreachClause : FOREACH LPAREN variable IN expression PIPE clause+ RPAREN ;
loadCsvClause : LOAD CSV ( WITH HEADERS )? FROM expression AS variable ( FIELDTERMINATOR StringLiteral )? ;

// ---- Schema commands ----
schemaCommand
  : createIndex
  | dropIndex
  | createConstraint
  | dropConstraint
  | SHOW INDEXES
  | SHOW CONSTRAINTS
  ;
createIndex
  : CREATE INDEX symbolicName? ( IF NOT EXISTS )? FOR LPAREN variable nodeLabel RPAREN
    ON LPAREN propertyOf ( COMMA propertyOf )* RPAREN
  ;
dropIndex : DROP INDEX symbolicName ( IF EXISTS )? ;
createConstraint
  : CREATE CONSTRAINT symbolicName? ( IF NOT EXISTS )? FOR LPAREN variable nodeLabel RPAREN
    REQUIRE ( propertyOf | LPAREN propertyOf ( COMMA propertyOf )* RPAREN ) IS UNIQUE
  ;
dropConstraint : DROP CONSTRAINT symbolicName ( IF EXISTS )? ;
propertyOf : variable DOT propertyKeyName ;

// ---- Patterns ----
pattern : patternPart ( COMMA patternPart )* ;
patternPart : ( variable EQ )? anonymousPatternPart ;
anonymousPatternPart
  : SHORTESTPATH LPAREN patternElement RPAREN
  | ALLSHORTESTPATHS LPAREN patternElement RPAREN
  | patternElement
  ;
patternElement
  : nodePattern patternElementChain*
  | LPAREN patternElement RPAREN
  ;
patternElementChain : relationshipPattern nodePattern ;
nodePattern : LPAREN variable? nodeLabels? properties? RPAREN ;
relationshipPattern
  : LT MINUS relationshipDetail? MINUS GT?
  | MINUS relationshipDetail? MINUS GT?
  ;
relationshipDetail : LBRACKET variable? relationshipTypes? rangeLiteral? properties? RBRACKET ;
properties : mapLiteral | parameter ;
relationshipTypes : COLON relTypeName ( PIPE COLON? relTypeName )* ;
nodeLabels : nodeLabel+ ;
nodeLabel : COLON labelName ;
rangeLiteral : STAR ( integerLiteral )? ( DOTDOT ( integerLiteral )? )? ;
labelName : schemaName ;
relTypeName : schemaName ;

// ---- Expressions ----
expression : orExpression ;
orExpression : xorExpression ( OR xorExpression )* ;
xorExpression : andExpression ( XOR andExpression )* ;
andExpression : notExpression ( AND notExpression )* ;
notExpression : NOT* comparisonExpression ;
comparisonExpression : predicateExpression ( comparisonOperator predicateExpression )* ;
comparisonOperator : EQ | NE | LT | GT | LE | GE ;
predicateExpression : addExpression predicateSuffix* ;
predicateSuffix
  : STARTS WITH addExpression                        # startsWith
  | ENDS WITH addExpression                          # endsWith
  | CONTAINS addExpression                           # contains
  | REGEX_EQ addExpression                           # regexMatch
  | IN addExpression                                 # inList
  | IS NULL_                                          # isNull
  | IS NOT NULL_                                      # isNotNull
  ;
addExpression : multiplyExpression ( ( PLUS | MINUS ) multiplyExpression )* ;
multiplyExpression : powerExpression ( ( STAR | SLASH | PERCENT ) powerExpression )* ;
powerExpression : unaryExpression ( CARET unaryExpression )* ;
unaryExpression : ( PLUS | MINUS )* postfixExpression ;
postfixExpression : atom postfixSuffix* nodeLabels? ;
postfixSuffix
  : propertyLookup                                                  # propertySuffix
  | LBRACKET expression RBRACKET                                    # indexSuffix
  | LBRACKET from=expression? DOTDOT to=expression? RBRACKET        # sliceSuffix
  ;
propertyLookup : DOT propertyKeyName ;

// Alternatives are ordered: where two match the same text, the earlier one wins
// (`[x IN l]` is a comprehension, `(a)--(b)` a pattern, `any(x IN l)` a quantifier).
atom
  : listComprehension
  | patternComprehension
  | literal
  | parameter
  | caseExpression
  | COUNT LPAREN STAR RPAREN
  | quantifier
  | reduceExpression
  | existsSubquery
  | shortestPathExpression
  | relationshipsPattern
  | parenthesizedExpression
  | functionInvocation
  | mapProjection
  | variable
  ;

literal
  : numberLiteral
  | StringLiteral
  | TRUE
  | FALSE
  | NULL_
  | listLiteral
  | mapLiteral
  ;
numberLiteral : integerLiteral | RegularDecimalReal | ExponentDecimalReal ;
integerLiteral : HexInteger | OctalInteger | DecimalInteger ;
listLiteral : LBRACKET ( expression ( COMMA expression )* )? RBRACKET ;
mapLiteral : LBRACE ( propertyKeyName COLON expression ( COMMA propertyKeyName COLON expression )* )? RBRACE ;
parameter : DOLLAR ( schemaName | DecimalInteger ) ;

caseExpression
  : CASE expression? caseAlternative+ ( ELSE expression )? END
  ;
caseAlternative : WHEN expression THEN expression ;

listComprehension : LBRACKET variable IN expression ( WHERE expression )? ( PIPE expression )? RBRACKET ;
patternComprehension
  : LBRACKET ( variable EQ )? relationshipsPattern ( WHERE expression )? PIPE expression RBRACKET
  ;
quantifier : ( ALL | ANY | NONE | SINGLE ) LPAREN variable IN expression ( WHERE expression )? RPAREN ;
reduceExpression
  : REDUCE LPAREN variable EQ expression COMMA variable IN expression PIPE expression RPAREN
  ;
existsSubquery
  : EXISTS LBRACE ( query | pattern where? ) RBRACE
  ;
shortestPathExpression : ( SHORTESTPATH | ALLSHORTESTPATHS ) LPAREN patternElement RPAREN ;
relationshipsPattern : nodePattern patternElementChain+ ;
parenthesizedExpression : LPAREN expression RPAREN ;
functionInvocation : functionName LPAREN DISTINCT? ( expression ( COMMA expression )* )? RPAREN ;
functionName : namespacePrefix ( symbolicName | EXISTS ) ;
namespacePrefix : ( symbolicName DOT )* ;

mapProjection : variable LBRACE ( mapProjectionItem ( COMMA mapProjectionItem )* )? RBRACE ;
mapProjectionItem
  : DOT STAR                               # allPropertiesItem
  | propertyLookup                         # propertyItem
  | propertyKeyName COLON expression       # literalItem
  | variable                               # variableItem
  ;

// ---- Names ----
variable : symbolicName ;
propertyKeyName : schemaName ;
schemaName : symbolicName | reservedWord ;

// Names that may be variables, functions and procedures: identifiers and soft keywords.
symbolicName
  : UnescapedSymbolicName
  | EscapedSymbolicName
  | COUNT | ANY | NONE | SINGLE | REDUCE | SHORTESTPATH | ALLSHORTESTPATHS
  | EXPLAIN | PROFILE | LOAD | CSV | HEADERS | FROM | FIELDTERMINATOR
  | INDEX | INDEXES | CONSTRAINTS | SHOW | FOR | REQUIRE | IF
  ;

// Keywords that are still valid as labels, relationship types and property keys.
reservedWord
  : ALL | AND | AS | ASC | ASCENDING | BY | CALL | CASE | CONSTRAINT | CONTAINS | CREATE
  | DELETE | DESC | DESCENDING | DETACH | DISTINCT | DROP | ELSE | END | ENDS | EXISTS | FALSE
  | FOREACH | IN | IS | LIMIT | MATCH | MERGE | NOT | NULL_ | ON | OPTIONAL | OR | ORDER
  | REMOVE | RETURN | SET | SKIP_ | STARTS | THEN | TRUE | UNION | UNIQUE | UNWIND | WHEN
  | WHERE | WITH | XOR | YIELD
  ;
