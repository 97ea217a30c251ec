"""Helpers shared by build_seed.py and check_seed.py: the article text, sentence lookup, Cypher rendering."""
import os
import re

SEED_DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ARTICLE_ID = '2026-01-02-openai-compute-empire'
ARTICLE_PATH = os.path.join(SEED_DIR, 'article', ARTICLE_ID + '.zh.txt')

with open(ARTICLE_PATH, encoding='utf-8') as _f:
    ARTICLE_TEXT = _f.read()

_SPLIT = re.compile(r'(?<=[。？！?!])(?![”’」』])')


def sentences(text=ARTICLE_TEXT):
    """Split the article into sentences: one per line, then after 。？！?! unless a closing quote follows."""
    out = []
    for line in text.split('\n'):
        for s in _SPLIT.split(line):
            s = s.strip()
            if s:
                out.append(s)
    return out


SENTENCES = sentences()


def sentence_with(snippet):
    """The unique sentence of the article that contains `snippet`."""
    hits = [s for s in SENTENCES if snippet in s]
    if len(hits) != 1:
        raise ValueError('snippet %r matches %d sentences' % (snippet, len(hits)))
    return hits[0]


class Date:
    """A Cypher DATE literal: date('YYYY-MM-DD')."""

    def __init__(self, iso):
        assert re.fullmatch(r'\d{4}-\d{2}-\d{2}', iso), iso
        self.iso = iso


def lit(v):
    """Render a Python value as a Cypher literal (Neo4j syntax)."""
    if isinstance(v, bool):
        return 'true' if v else 'false'
    if isinstance(v, int):
        return str(v)
    if isinstance(v, float):
        return repr(v)
    if isinstance(v, Date):
        return "date('%s')" % v.iso
    if isinstance(v, str):
        return "'" + v.replace('\\', '\\\\').replace("'", "\\'") + "'"
    if isinstance(v, (list, tuple)):
        return '[' + ', '.join(lit(x) for x in v) + ']'
    if isinstance(v, dict):
        return '{' + ', '.join('%s: %s' % (k, lit(x)) for k, x in v.items()) + '}'
    raise TypeError(type(v))
