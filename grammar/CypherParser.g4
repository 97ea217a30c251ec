// Cypher parser (placeholder; the full openCypher 9 grammar replaces it).
parser grammar CypherParser;
options { tokenVocab = CypherLexer; }

statement : RETURN expr (COMMA expr)* SEMI? EOF ;
expr : INTEGER | IDENT ;
