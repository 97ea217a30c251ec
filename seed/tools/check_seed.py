#!/usr/bin/env python3
"""Validates seed/: parses graph.cypher independently of the generator and checks that

- the article copy exists and the lexicon is valid JSON whose names/labels match the graph's nodes;
- every statement is MERGE-only (no CREATE/DELETE/REMOVE/CALL), nodes are MERGEd by name with one label;
- every MATCHed (label, name) was MERGEd as a node earlier in the script;
- labels and relationship types are in shared/SCHEMA.md (plus Article / MENTIONS);
- every relationship has a `key`, unique per type, and `sources`/`evidence` lists of equal length;
- every evidence string (on relationships and nodes) occurs verbatim in the article;
- no number is written as a Chinese-unit string ('3000亿' etc.); every entity is MENTIONed by the Article.

    python3 seed/tools/check_seed.py
"""
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from seedlib import ARTICLE_ID, ARTICLE_TEXT, SEED_DIR  # noqa: E402

LABELS = {'Company', 'Person', 'Product', 'Project', 'Facility', 'Place', 'Agency', 'Media', 'Concept', 'Article'}
TYPES = {'INVESTED_IN', 'HOLDS_STAKE', 'DEAL_WITH', 'SUPPLIES', 'PARTNERS_WITH', 'COMPETES_WITH', 'ACQUIRED',
         'DEPENDS_ON', 'REGULATES', 'SUED', 'LEADS', 'LOCATED_IN', 'OPERATES', 'REPORTED', 'MENTIONS'}

# openCypher reserved words: legal as property keys in the grammar, but avoided for portability.
RESERVED = {w.lower() for w in '''ALL ASC ASCENDING BY CREATE DELETE DESC DESCENDING DETACH EXISTS LIMIT MATCH MERGE ON
    OPTIONAL ORDER REMOVE RETURN SET SKIP WHERE WITH UNION UNWIND AND AS CONTAINS DISTINCT ENDS IN IS NOT OR STARTS
    XOR CASE ELSE END THEN WHEN FALSE TRUE NULL CONSTRAINT DO FOR REQUIRE UNIQUE MANDATORY SCALAR OF ADD DROP'''.split()}

errors = []


def err(msg):
    errors.append(msg)


# --- tokenizer --------------------------------------------------------------------------------------------
TOKEN = re.compile(r"""
    (?P<ws>\s+) | (?P<comment>//[^\n]*) |
    (?P<str>'(?:[^'\\]|\\.)*') |
    (?P<num>-?\d+(?:\.\d+)?) |
    (?P<id>[A-Za-z_][A-Za-z0-9_]*) |
    (?P<arrow>->|<-) |
    (?P<p>[()\[\]{}:,.;=\-])
""", re.X)


def tokenize(text):
    toks, pos = [], 0
    while pos < len(text):
        m = TOKEN.match(text, pos)
        if not m:
            raise SyntaxError('cannot tokenize at %r' % text[pos:pos + 40])
        pos = m.end()
        kind = m.lastgroup
        if kind in ('ws', 'comment'):
            continue
        val = m.group()
        if kind == 'str':
            val = re.sub(r'\\(.)', r'\1', val[1:-1])
        toks.append((kind, val))
    return toks


def statements(toks):
    cur = []
    for t in toks:
        if t == ('p', ';'):
            if cur:
                yield cur
            cur = []
        else:
            cur.append(t)
    if cur:
        err('trailing statement without ;')


class P:
    def __init__(self, toks):
        self.t, self.i = toks, 0

    def peek(self, k=0):
        return self.t[self.i + k] if self.i + k < len(self.t) else (None, None)

    def next(self):
        tok = self.peek()
        self.i += 1
        return tok

    def expect(self, val):
        tok = self.next()
        if tok[1] != val:
            raise SyntaxError('expected %r, got %r' % (val, tok))
        return tok

    def value(self):
        kind, val = self.next()
        if kind == 'str':
            return val
        if kind == 'num':
            return float(val) if '.' in val else int(val)
        if kind == 'id' and val in ('true', 'false'):
            return val == 'true'
        if kind == 'id' and val == 'date':
            self.expect('(')
            s = self.value()
            self.expect(')')
            if not re.fullmatch(r'\d{4}-\d{2}-\d{2}', s):
                raise SyntaxError('bad date %r' % s)
            return ('date', s)
        if val == '[':
            out = []
            while self.peek()[1] != ']':
                out.append(self.value())
                if self.peek()[1] == ',':
                    self.next()
            self.next()
            return out
        if val == '{':
            return self.mapping(opened=True)
        raise SyntaxError('bad value token %r' % ((kind, val),))

    def mapping(self, opened=False):
        if not opened:
            self.expect('{')
        out = {}
        while self.peek()[1] != '}':
            k = self.next()[1]
            self.expect(':')
            out[k] = self.value()
            if self.peek()[1] == ',':
                self.next()
        self.next()
        return out

    def node(self):
        """(var:Label {props}) -> (var, label, props)"""
        self.expect('(')
        var = self.next()[1]
        label, props = None, {}
        if self.peek()[1] == ':':
            self.next()
            label = self.next()[1]
        if self.peek()[1] == '{':
            props = self.mapping()
        self.expect(')')
        return var, label, props

    def set_clause(self):
        out = {}
        self.expect('SET')
        while True:
            var = self.next()[1]
            self.expect('.')
            key = self.next()[1]
            self.expect('=')
            if key.lower() in RESERVED:
                err('property key %r is a reserved word' % key)
            out[(var, key)] = self.value()
            if self.peek()[1] == ',':
                self.next()
                continue
            break
        return out


def check_evidence(where, props, require):
    ev, src = props.get('evidence'), props.get('sources')
    if ev is None and src is None:
        if require:
            err('%s: no sources/evidence' % where)
        return
    if not isinstance(ev, list) or not isinstance(src, list) or len(ev) != len(src) or not ev:
        err('%s: sources/evidence must be non-empty lists of equal length' % where)
        return
    for s in src:
        if s != ARTICLE_ID:
            err('%s: unknown source %r' % (where, s))
    for e in ev:
        if e not in ARTICLE_TEXT:
            err('%s: evidence not verbatim in article: %r' % (where, e[:60]))


def walk_values(v):
    if isinstance(v, list):
        for x in v:
            yield from walk_values(x)
    elif isinstance(v, dict):
        for x in v.values():
            yield from walk_values(x)
    else:
        yield v


def main():
    article = os.path.join(SEED_DIR, 'article', ARTICLE_ID + '.zh.txt')
    shared = os.path.join(os.path.dirname(SEED_DIR), '..', 'shared', 'articles', ARTICLE_ID + '.zh.txt')
    if os.path.exists(shared) and open(shared, 'rb').read() != open(article, 'rb').read():
        err('seed article differs from shared/articles copy')
    for path in ('README.md', 'questions.md', 'article/README.md'):
        if not os.path.exists(os.path.join(SEED_DIR, path)):
            err('missing seed/' + path)

    text = open(os.path.join(SEED_DIR, 'graph.cypher'), encoding='utf-8').read()
    nodes = {}          # name -> label
    rel_keys = {}       # (type, key) -> statement no
    mentioned = set()
    counts = {}
    n_stmt = 0
    for st in statements(tokenize(text)):
        n_stmt += 1
        words = {v for k, v in st if k == 'id'}
        for bad in ('CREATE', 'DELETE', 'DETACH', 'REMOVE', 'CALL'):
            if bad in words:
                err('statement %d uses %s' % (n_stmt, bad))
        p = P(st)
        try:
            head = p.next()[1]
            if head == 'MERGE':
                var, label, props = p.node()
                sets = p.set_clause() if p.peek()[1] == 'SET' else {}
                if label not in LABELS:
                    err('statement %d: label %s not in schema' % (n_stmt, label))
                if label == 'Article':
                    continue
                name = props.get('name')
                if not name or list(props) != ['name']:
                    err('statement %d: node must be MERGEd on name only' % n_stmt)
                if name in nodes and nodes[name] != label:
                    err('node %s MERGEd with two labels' % name)
                nodes[name] = label
                nprops = {k: v for (vv, k), v in sets.items() if vv == var}
                if not isinstance(nprops.get('aliases'), list) or not nprops.get('description'):
                    err('node %s lacks aliases/description' % name)
                check_evidence('node %s' % name, nprops, require=False)
                all_vals = list(walk_values([v for k, v in nprops.items() if k not in ('aliases', 'evidence')]))
            elif head == 'MATCH':
                ends = {}
                while True:
                    var, label, props = p.node()
                    if label == 'Article':
                        if props.get('id') != ARTICLE_ID:
                            err('statement %d: unknown article' % n_stmt)
                    else:
                        name = props.get('name')
                        if label not in LABELS:
                            err('statement %d: label %s not in schema' % (n_stmt, label))
                        if nodes.get(name) != label:
                            err('statement %d: MATCH (%s:%s) not MERGEd earlier' % (n_stmt, name, label))
                    ends[var] = props.get('name') or props.get('id')
                    if p.peek()[1] == ',':
                        p.next()
                        continue
                    break
                p.expect('MERGE')
                a = p.node()[0]
                p.expect('-')
                p.expect('[')
                rvar = p.next()[1]
                p.expect(':')
                typ = p.next()[1]
                rprops = p.mapping()
                p.expect(']')
                p.expect('->')
                b = p.node()[0]
                sets = p.set_clause()
                if typ not in TYPES:
                    err('statement %d: type %s not in schema' % (n_stmt, typ))
                key = rprops.get('key')
                if not key or list(rprops) != ['key']:
                    err('statement %d: relationship must be MERGEd on key only' % n_stmt)
                if (typ, key) in rel_keys:
                    err('duplicate key %s:%s' % (typ, key))
                rel_keys[(typ, key)] = n_stmt
                counts[typ] = counts.get(typ, 0) + 1
                if typ == 'MENTIONS':
                    mentioned.add(ends[b])
                rp = {k: v for (vv, k), v in sets.items() if vv == rvar}
                check_evidence('%s %s' % (typ, key), rp, require=True)
                all_vals = list(walk_values(list(rp.values())))
                for k in ('amount', 'value', 'percent', 'duration_years', 'capacity_gw', 'capacity_mw'):
                    if k in rp and not isinstance(rp[k], (int, float)):
                        err('%s %s: %s is not a number' % (typ, key, k))
                if typ == 'DEAL_WITH' and rp.get('kind') not in ('cloud', 'chips', 'power', 'funding', 'licensing', 'other'):
                    err('DEAL_WITH %s: bad kind' % key)
                if typ == 'SUPPLIES' and rp.get('what') not in ('compute', 'chips', 'cloud', 'power', 'models'):
                    err('SUPPLIES %s: bad what' % key)
                if typ == 'DEPENDS_ON' and not rp.get('reason'):
                    err('DEPENDS_ON %s: no reason' % key)
                if typ == 'LEADS' and not rp.get('role'):
                    err('LEADS %s: no role' % key)
                if typ == 'p' or p.peek()[0] is not None:
                    err('statement %d: trailing tokens' % n_stmt)
            else:
                err('statement %d starts with %s' % (n_stmt, head))
                continue
            if p.peek()[0] is not None:
                err('statement %d: trailing tokens %r' % (n_stmt, p.peek()))
            for v in all_vals:
                if isinstance(v, str) and re.fullmatch(r'[\d.]+\s*[万亿]+.*', v):
                    err('statement %d: number written as string %r' % (n_stmt, v))
        except SyntaxError as e:
            err('statement %d: %s' % (n_stmt, e))

    lex = json.load(open(os.path.join(SEED_DIR, 'lexicon', 'seed_entities.json'), encoding='utf-8'))
    lex_names = {}
    for e in lex:
        if set(e) != {'name', 'label', 'aliases', 'description'}:
            err('lexicon entry %s has fields %s' % (e.get('name'), sorted(e)))
        if e['label'] not in LABELS - {'Article'}:
            err('lexicon %s: bad label %s' % (e['name'], e['label']))
        if e['name'] in lex_names:
            err('lexicon: duplicate %s' % e['name'])
        lex_names[e['name']] = e['label']
        if not any(a in ARTICLE_TEXT for a in [e['name']] + e['aliases']):
            err('lexicon %s: no alias occurs in the article' % e['name'])
    if lex_names != nodes:
        err('lexicon and graph nodes differ: %s' % sorted(set(lex_names.items()) ^ set(nodes.items())))
    # Agreement with the base industry lexicon (seed/lexicon/industry.json, if present): an entity that shares a
    # name or alias with an industry entry must have the same canonical name and label, so loaders merge them.
    ind_path = os.path.join(SEED_DIR, 'lexicon', 'industry.json')
    if os.path.exists(ind_path):
        import unicodedata

        def norm(x):
            return re.sub(r'\s+', ' ', unicodedata.normalize('NFKC', x).casefold().strip()).strip('《》“”"')
        idx = {}
        for e in json.load(open(ind_path, encoding='utf-8')):
            for a in [e['name']] + e['aliases']:
                idx.setdefault(norm(a), set()).add((e['name'], e['label']))
        for e in lex:
            hits = set()
            for a in [e['name']] + e['aliases']:
                hits |= idx.get(norm(a), set())
            if hits and hits != {(e['name'], e['label'])}:
                err('lexicon %s (%s) disagrees with industry.json: %s' % (e['name'], e['label'], sorted(hits)))
    missing = set(nodes) - mentioned
    if missing:
        err('entities not MENTIONed: %s' % sorted(missing))

    by_label = {}
    for n, l in nodes.items():
        by_label[l] = by_label.get(l, 0) + 1
    print('statements: %d' % n_stmt)
    print('nodes: %d  %s' % (len(nodes), ', '.join('%s %d' % kv for kv in sorted(by_label.items()))))
    print('relationships: %d  %s' % (sum(counts.values()), ', '.join('%s %d' % kv for kv in sorted(counts.items()))))
    if errors:
        print('\n'.join('ERROR: ' + e for e in errors))
        sys.exit(1)
    print('OK')


if __name__ == '__main__':
    main()
