"""Turn a listing's text into weighted features: lexicon concepts and free terms.

Each token is looked up once (cached): its stem key, whether it is a stopword or a generic
word, and which lexicon word it stands for, exactly, through its stem, or through a guarded
typo correction. A word its neighbours make a function word or a measure (``data/
readings.toml``: *tahu* in "ingin tahu", *karung* in "50 karung jagung") is a stopword
there. Lexicon phrases are then found greedily, longest first (``pasca panen``,
``tahu putih``); a concept met only inside a longer phrase counts at ``subspan_factor``.
Tokens outside any phrase become free terms (``t:``), or generic terms (``g:``) for the
marketplace's generic words. A listing's feature weight is the largest
field weight (title, tags, description) it occurs in, times its modifiers (see
:class:`~marketplace.matching.settings.MatchSettings`). The listing around a word may change
its reading (fixed phrases, a word read by the concepts beside it, a title naming only a
broad thing: :mod:`~marketplace.matching.context`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import partial

from . import context, resources, trade
from .fuzzy import TypoCorrector
from .glossary import Glossary, dictionary_words, longest_phrase, name_pairs
from .lexicon import Lexicon
from .normalise import Stemmer, repeated_words, tokenize
from .settings import MatchSettings

_SEGMENTS = re.compile(r"[.!?;\n]+")
# where a title turns from its subject to whom or what it is for, in Indonesian, English and
# regional speech (Javanese kanggo / nggo, Sundanese pikeun, Minang untuak, Banjar gasan);
# "agar" and "bagi" are not here: agar-agar is a jelly, bagi hasil profit sharing
_PURPOSE = re.compile(
    r"\b(utk|untuk|for|supaya|biar|so that|to help|kanggo|nggo|pikeun|untuak|gasan)\b",
    re.IGNORECASE,
)
# a word of asking right before a purpose word makes it the asking's object, not a purpose:
# "request for 20 solar street lights", "permohonan untuk pelatihan jahit"
_ASKING = re.compile(
    r"\b(requests?|requesting|asking|apply|applying|application|proposal|appeal|permohonan|"
    r"usulan|permintaan)\s*$",
    re.IGNORECASE,
)
# what a title's product is made from: "cokelat batangan dr kakao", "pakan dari limbah jagung"
_FROM = re.compile(
    r"\b(dari|dr|dri|from|berbahan baku|berbahan|terbuat dari|made from|made of)\b", re.IGNORECASE
)
# what the group already holds, said in passing in a title ("jual kacang mete, su ada PIRT",
# "sudah bersertifikat halal", Manado and Ambon "so PIRT"): not what the listing asks for
# ("already" only in English: "we have ..." introduces the product itself)
_HELD = re.compile(
    r"\b(?:sudah|sdh|udah|udh|su|so|telah|already)\b"
    r"(\s+(?:ada|punya|pny|pegang|dapat|dpt|memiliki|mengantongi|have|has|got)\b)?",
    re.IGNORECASE,
)
_CLAUSE_END = re.compile(r"[,;:()/]")
_CACHE_LIMIT = 200_000
# one feature occurrence: (feature id, weight factor, surface words as written)
Hit = tuple[str, float, str]
# a sentence's hits, feature -> largest factor, feature -> its first surface words
Segment = tuple[tuple[Hit, ...], dict[str, float], dict[str, str]]


_NO_GLOSSARY = Glossary((), lambda _phrase: None)


def _starts_with(phrases: tuple[str, ...]) -> re.Pattern[str] | None:
    """A pattern for a text that starts with one of ``phrases`` (None for no phrase)."""
    if not phrases:
        return None
    return re.compile(rf"^\s*(?:{context.alternation(phrases)})\b", re.IGNORECASE)


_GLOSSARIES: dict[tuple[int, str], tuple[Lexicon, Glossary]] = {}


@dataclass(frozen=True, slots=True)
class TokenInfo:
    """Everything the analyser knows about one token."""

    raw: str
    key: str
    lex: str | None
    stop: bool
    generic: bool
    fuzzy: bool


class Analyser:
    """Text -> features, with the lexicon's phrase table and per-token caches."""

    def __init__(self, lexicon: Lexicon, settings: MatchSettings, stemmer: Stemmer | None = None):
        self.lexicon = lexicon
        self.settings = settings
        self.stemmer = stemmer or Stemmer()
        self._stop = resources.stopwords()
        generic = resources.generic_words()
        self._generic = generic | {self.stemmer.key(w) for w in generic}
        self._abbr = resources.abbreviations()
        self._places = resources.place_words()  # a place is never a typo (Kapuas, not kapas)
        self._words = dictionary_words()  # nor is a word of the dictionary
        self._readings = resources.readings()
        self._in_passing_words = self._readings.words
        self._fixed = context.FixedPhrases(self._readings.fixed_phrases)
        # (the feature of the concept a rule turns, the rule), in the rules' order
        self._turnable = tuple((f"c:{r.concept}", r) for r in self._readings.by_neighbours)
        self._broad = frozenset(f"c:{key}" for key in self._readings.broad_subjects)
        self._record = _starts_with(self._readings.record_titles)
        self._raw_ids: dict[str, str] = {}
        self._key_ids: set[str] = set()
        self._tokens: dict[str, TokenInfo] = {}
        self._segments: dict[str, Segment] = {}
        self._spans_of: dict[str, list[context.Span]] = {}
        self._titles: dict[str, tuple[str, str, str, str]] = {}  # title -> its parts
        self._terms: dict[str, Hit | tuple[()]] = {}  # token -> its free-term hit
        self._plain: dict[str, bool] = {}  # words -> only generic words or stopwords
        self._inside: dict[str, frozenset[str]] = {}  # concept -> the concepts its phrases hold
        self._trie: dict = {}
        forms = [(c.key, f) for c in lexicon.concepts.values() for f in c.surface]
        self._repeats = self._own_repeats([c.surface for c in lexicon.concepts.values()])
        for _key, form in forms:
            for word in self._words_of(form):
                self._register(word)
        for key, form in forms:
            ids = [self._token(w, allow_fuzzy=False).lex for w in self._words_of(form)]
            if ids and all(ids):
                node = self._trie
                for lex in ids:
                    node = node.setdefault(lex, {})
                node[None] = tuple(sorted(set(node.get(None, ())) | {key}))
        targets = set(self._raw_ids) | generic | self._stop
        self._corrector = TypoCorrector.shared(
            targets,
            min_length=settings.fuzzy_min_length,
            min_ratio=settings.fuzzy_min_ratio,
            substitution_min_length=settings.fuzzy_substitution_min_length,
        )
        self.glossary = self._shared_glossary() if settings.gloss_factor > 0 else _NO_GLOSSARY
        self._tokens.clear()

    def _own_repeats(self, concepts: list[tuple[str, ...]]) -> frozenset[str]:
        """Return the repeats the forms write (*otak-otak*, a fish cake) that are words of
        their own: all but the plurals, repeats whose concept also writes the form with the
        root alone or a word of the root (*cumi-cumi* and *cumi*, squid; *layang-layang* and
        *layangan*, a kite), which collapse as any plural does."""
        plurals = set()
        for forms in concepts:
            for form in forms:
                for repeat in repeated_words([form]):
                    if any(
                        self._keys_of(other) == self._keys_of(form)
                        for other in forms
                        if repeat not in repeated_words([other])
                    ):
                        plurals.add(repeat)
        return repeated_words(f for forms in concepts for f in forms) - plurals

    def _keys_of(self, form: str) -> list[str]:
        """Return the stem keys of a form's words, repeats collapsed."""
        return [self.stemmer.key(word) for word in tokenize(form)]

    def _shared_glossary(self) -> Glossary:
        """The glossary for this lexicon and language table, built once per process (its
        ten thousand phrases take a second to stem)."""
        key = (id(self.lexicon), repr(resources.language_table()))
        cached = _GLOSSARIES.get(key)
        if cached is None or cached[0] is not self.lexicon:
            if len(_GLOSSARIES) >= 8:
                _GLOSSARIES.clear()
            cached = _GLOSSARIES[key] = (self.lexicon, Glossary(name_pairs(), self._gloss_keys))
        return cached[1]

    def _gloss_keys(self, phrase: str) -> list[str] | None:
        """A name's stem keys, or None when it holds a word the lexicon knows, a stopword,
        a generic word or a place (see matching.glossary)."""
        toks = [self._token(w, allow_fuzzy=False) for w in self._words_of(phrase)]
        if any(t.lex or t.stop or t.generic or t.raw in self._places for t in toks):
            return None
        return [t.key for t in toks]

    def _register(self, word: str) -> None:
        key = self.stemmer.key(word)
        if word in self._stop or key in self._stop or key in self._generic:
            self._raw_ids.setdefault(word, "=" + word)
        else:
            self._raw_ids.setdefault(word, key)
            self._key_ids.add(key)

    def _token(self, raw: str, allow_fuzzy: bool = True) -> TokenInfo:
        info = self._tokens.get(raw)
        if info is not None:
            return info
        key = self.stemmer.key(raw)
        stop = raw in self._stop
        generic = raw in self._generic or key in self._generic
        lex = self._raw_ids.get(raw)
        if lex is None and not stop and not generic and key in self._key_ids:
            lex = key
        info = TokenInfo(raw, key, lex, stop, generic, False)
        if (
            lex is None
            and allow_fuzzy
            and not stop
            and not generic
            and raw not in self._abbr
            and raw not in self._places
            and raw not in self._words
            and not self.stemmer.is_root(raw)
        ):
            fixed = self._corrector.correct(raw)
            if fixed is not None:
                base = self._token(fixed, allow_fuzzy=False)
                info = TokenInfo(raw, base.key, base.lex, base.stop, base.generic, True)
        self._tokens[raw] = info
        return info

    def inside(self, concept: str) -> frozenset[str]:
        """Return the concepts a concept's own phrases hold, itself included (*benih nila*,
        fish seed, holds tilapia; *sarung tenun*, a sarong, holds handwoven cloth)."""
        found = self._inside.get(concept)
        if found is None:
            known = self.lexicon.concepts.get(concept)
            forms = known.surface if known is not None else ()
            hits = [f for form in forms for f, _x, _w in self._segment_hits(form)]
            found = frozenset({concept} | {f[2:] for f in hits if f[:2] == "c:"})
            self._inside[concept] = found
        return found

    def is_generic(self, words: str) -> bool:
        """Tell whether words are only generic words or stopwords (*membuat*, *pelatihan*):
        never a reason on their own, even where a lexicon phrase holds them."""
        known = self._plain.get(words)
        if known is None:
            if len(self._plain) >= _CACHE_LIMIT:
                self._plain.clear()
            tokens = self._read(words)
            known = self._plain[words] = bool(tokens) and all(t.generic or t.stop for t in tokens)
        return known

    def tokens(self, text: str) -> list[TokenInfo]:
        """Return the analysed tokens of ``text``."""
        return self._infos(self._words_of(text))

    def _infos(self, words: list[str]) -> list[TokenInfo]:
        known = self._tokens
        return [known.get(w) or self._token(w) for w in words]

    def _read(self, text: str) -> list[TokenInfo]:
        """Return the analysed tokens of ``text`` as read in place: a word its neighbours
        make a function word or a measure is a stopword there (see :meth:`_in_passing`)."""
        words = self._words_of(text)
        toks = self._infos(words)
        if self._in_passing_words.isdisjoint(words):
            return toks
        return [
            TokenInfo(t.raw, t.key, None, True, False, False) if self._in_passing(toks, i) else t
            for i, t in enumerate(toks)
        ]

    def _in_passing(self, toks: list[TokenInfo], i: int) -> bool:
        """Tell whether ``toks[i]`` is a function word or a measure where it stands
        (``data/readings.toml``): *tahu* in "ingin tahu cara" (to know, not tofu), *karung*
        in "50 karung jagung" (what counts the maize), but not in "100 karung goni", where
        a lexicon phrase starts."""
        r, raw = self._readings, toks[i].raw
        context = r.function_words.get(raw)
        if context is not None:
            after, before = context
            prev = toks[i - 1].raw if i > 0 else ""
            nxt = toks[i + 1].raw if i + 1 < len(toks) else ""
            if prev in after or nxt in before:
                return True
        if raw not in r.units or i == 0:
            return False
        prev = toks[i - 1].raw
        if not (prev.isdigit() or prev in r.counts):
            return False
        j = i + 1
        while j < len(toks) and toks[j].raw in r.between:
            j += 1
        if j == len(toks) or toks[j].stop:
            return False
        end, _concepts = longest_phrase(self._trie, [t.lex for t in toks], i)
        return end <= i + 1

    def _words_of(self, text: str) -> list[str]:
        """Return the words of ``text``; a repeated word a lexicon form writes as a repeat
        (*otak-otak*) is a word of its own, other repeats collapse to their roots."""
        return tokenize(text, self._repeats)

    def _segment(self, segment: str) -> Segment:
        """Return a sentence's analysis (cached per sentence)."""
        cached = self._segments.get(segment)
        if cached is None:
            if len(self._segments) >= _CACHE_LIMIT:
                self._segments.clear()
            hits = self._segment_hits(segment)
            factors: dict[str, float] = {}
            words: dict[str, str] = {}
            for feature, factor, surface in hits:
                if factor > factors.get(feature, 0.0):
                    factors[feature] = factor
                words.setdefault(feature, surface)
            cached = self._segments[segment] = (hits, factors, words)
        return cached

    def hits(self, text: str) -> tuple[Hit, ...]:
        """Return the feature occurrences of a text (cached per sentence)."""
        out: list[Hit] = []
        for segment in _SEGMENTS.split(text):
            if segment.strip():
                out.extend(self._segment(segment)[0])
        return tuple(out)

    def factors(self, text: str) -> dict[str, float]:
        """Return feature -> largest factor it has anywhere in ``text`` (do not mutate)."""
        known = self._segments
        parts = []
        for segment in _SEGMENTS.split(text):
            cached = known.get(segment)
            if cached is None:
                if not segment.strip():
                    continue
                cached = self._segment(segment)
            parts.append(cached[1])
        if len(parts) == 1:
            return parts[0]
        merged: dict[str, float] = {}
        for part in parts:
            for feature, factor in part.items():
                if factor > merged.get(feature, 0.0):
                    merged[feature] = factor
        return merged

    def _segment_hits(self, text: str) -> tuple[Hit, ...]:
        s = self.settings
        toks = self._read(text)
        n = len(toks)
        out: list[Hit] = []
        covered = [False] * n
        maximal = self._phrases(toks)
        full = {c for _i, _e, cs in maximal for c in cs}
        distinct = self.lexicon.distinct
        for i, end, concepts in maximal:
            fuzzy = s.fuzzy_factor if any(t.fuzzy for t in toks[i:end]) else 1.0
            words = " ".join(t.raw for t in toks[i:end])
            plain = all(t.generic or t.stop for t in toks[i:end])
            out.extend((f"c:{c}", fuzzy * self._plain_factor(c, plain), words) for c in concepts)
            covered[i:end] = [True] * (end - i)
            if end - i == 1:  # a one-word phrase holds no shorter one
                continue
            for j in range(i, end):
                for sub_end, sub in self._all_matches(toks, j, end):
                    if (j, sub_end) == (i, end):
                        continue
                    sub_words = " ".join(t.raw for t in toks[j:sub_end])
                    out.extend(
                        (f"c:{c}", s.subspan_factor * fuzzy, sub_words)
                        for c in sub
                        if c not in full and not any(c in distinct.get(f, ()) for f in concepts)
                    )
        if self.glossary.trie:
            self._glosses(toks, covered, out)
        for i, tok in enumerate(toks):
            if covered[i] or tok.stop:  # a word read in passing is a stopword only there
                continue
            term = self._terms.get(tok.raw)
            if term is None:
                term = self._terms[tok.raw] = self._term(tok)
            if term:
                out.append(term)
        return tuple(out)

    def _phrases(self, toks: list[TokenInfo]) -> list[tuple[int, int, tuple[str, ...]]]:
        """Return (start, end, concepts) of the maximal lexicon phrases, found greedily,
        longest first."""
        trie = self._trie
        lexes = [t.lex for t in toks]
        reach = 0  # end of the furthest phrase so far: later phrases inside it are not maximal
        maximal = []
        for i in range(len(toks)):
            if lexes[i] not in trie:
                continue
            end, concepts = longest_phrase(trie, lexes, i)
            if concepts and end > reach:
                maximal.append((i, end, concepts))
                reach = end
        return maximal

    def _glosses(self, toks: list[TokenInfo], covered: list[bool], out: list[Hit]) -> None:
        """Add the glosses among the words outside any lexicon phrase (longest first) and
        mark their words covered: *gunting* and *scissors* are both ``w:scissor``."""
        trie = self.glossary.trie
        keys = [
            None if covered[i] or t.lex or t.stop or t.generic else t.key
            for i, t in enumerate(toks)
        ]
        if trie.keys().isdisjoint(keys):
            return
        factor = self.settings.term_factor * self.settings.gloss_factor
        i = 0
        while i < len(toks):
            end, names = self.glossary.longest(keys, i) if keys[i] in trie else (i, ())
            if not names:
                i += 1
                continue
            words = " ".join(t.raw for t in toks[i:end])
            share = factor / len(names) ** 0.5
            out.extend((f"w:{name}", share, words) for name in names)
            for j in range(i, end):
                covered[j] = True
            i = end

    def _plain_factor(self, concept: str, plain: bool) -> float:
        """An activity said only in generic words (*membuat*) names the activity, for the
        activity rule, but weighs no more than a generic word."""
        if plain and concept in self.lexicon.roles["activity"]:
            return self.settings.generic_factor
        return 1.0

    def _term(self, tok: TokenInfo) -> Hit | tuple[()]:
        """Return the free-term hit of a token outside any phrase (``()`` for none)."""
        s = self.settings
        if tok.stop or len(tok.key) < 2 or tok.key.isdigit():
            return ()
        factor = s.term_factor
        prefix = "t:"
        if tok.generic:
            factor *= s.generic_factor
            prefix = "g:"
        if tok.fuzzy:
            factor *= s.fuzzy_factor
        return (f"{prefix}{tok.key}", factor, tok.raw)

    def _all_matches(self, toks: list[TokenInfo], i: int, limit: int):
        node, j = self._trie, i
        while j < limit:
            lex = toks[j].lex
            if lex is None or lex not in node:
                return
            node = node[lex]
            j += 1
            if None in node:
                yield j, node[None]

    def profile(
        self, title: str, description: str = "", tags: tuple[str, ...] = ()
    ) -> dict[str, float]:
        """Return feature -> weight for one listing."""
        title, description = self._fixed(title), self._fixed(description)
        tagged = self._fixed(" . ".join(tags))
        found = self._profile(title, tagged, description, ())
        rules = self._turning((title, tagged, description), found)
        return self._profile(title, tagged, description, rules) if rules else found

    def _profile(
        self,
        title: str,
        tagged: str,
        description: str,
        rules: tuple[context.NeighbourReading, ...],
    ) -> dict[str, float]:
        """Return a listing's profile with the readings by neighbours that turned in it."""
        s = self.settings
        best: dict[str, float] = {}
        total: dict[str, float] = {}
        if description and self._record is not None and self._record.match(title):
            title, description = "", f"{title} . {description}"
        head, material, held, tail = self._title_parts(title)
        read = partial(self._factors_read, rules=rules) if rules else self.factors
        named = read(head) if head else {}
        named_weight, described = s.title_weight, s.description_weight
        if description and self._names_broadly(named):
            named_weight, described = described, named_weight
        for i, (text, field_weight) in enumerate(
            (
                (head, named_weight),
                (material, s.material_weight),
                (held, s.held_weight),
                (tail, s.purpose_weight),
                (tagged, s.tags_weight),
                (description, described),
            )
        ):
            if not text:
                continue
            # field_weight * the largest factor == the largest field_weight * factor
            for feature, factor in (read(text) if i else named).items():
                w = field_weight * factor
                seen = best.get(feature)
                if seen is None:
                    best[feature] = total[feature] = w
                else:
                    total[feature] += w
                    if w > seen:
                        best[feature] = w
        bonus = s.field_bonus
        return {f: w + bonus * (total[f] - w) for f, w in best.items()}

    def _turning(
        self, texts: tuple[str, ...], found: Iterable[str]
    ) -> tuple[context.NeighbourReading, ...]:
        """Return the readings by neighbours that turn in this listing (see
        :func:`~marketplace.matching.context.turns`). Only a rule whose concept is among
        the listing's features ``found`` can change them: the others are not looked at."""
        rules = [rule for feature, rule in self._turnable if feature in found]
        if not rules:
            return ()
        segments = [seg for text in texts for seg in _SEGMENTS.split(text) if seg.strip()]
        sentences = [self._spans(seg) for seg in segments]
        return tuple(rule for rule in rules if context.turns(rule, sentences))

    def _spans(self, segment: str) -> list[context.Span]:
        """Return a sentence's lexicon phrases: where they stand, their concepts with those
        their phrases hold, and their words (cached per sentence; do not mutate)."""
        known = self._spans_of.get(segment)
        if known is None:
            if len(self._spans_of) >= _CACHE_LIMIT:
                self._spans_of.clear()
            toks = self._read(segment)
            known = self._spans_of[segment] = [
                (
                    i,
                    end,
                    frozenset().union(*(self.inside(c) for c in concepts)),
                    tuple(t.raw for t in toks[i:end]),
                )
                for i, end, concepts in self._phrases(toks)
            ]
        return known

    def _factors_read(
        self, text: str, rules: tuple[context.NeighbourReading, ...]
    ) -> dict[str, float]:
        """Return :meth:`factors` with the turned readings applied."""
        found: dict[str, float] = {}
        for feature, factor, _words in context.turned(self.hits(text), rules):
            if factor > found.get(feature, 0.0):
                found[feature] = factor
        return found

    def _names_broadly(self, named: dict[str, float]) -> bool:
        """Tell whether a title's subject (its features ``named``) names only broad things
        (*alat*, equipment; ``data/readings.toml``) beside generic words: "butuh alat utk
        kelompok ayam kampung kami" leaves its subject, an egg incubator, to the description,
        and the two trade weights. A free term is a subject the lexicon does not know ("butuh
        alat pres")."""
        broad = self._broad
        return any(f in named for f in broad) and all(f in broad or f[:2] == "g:" for f in named)

    def _title_parts(self, title: str) -> tuple[str, str, str, str]:
        """Return a title's subject, what it is made from, what the group already holds
        and what it is for (cached per title)."""
        known = self._titles.get(title)
        if known is None:
            if len(self._titles) >= _CACHE_LIMIT:
                self._titles.clear()
            head, tail = self._purpose(title)
            head, material = self._material(head)
            head, held = self._held(head)
            known = self._titles[title] = (head, material, held, tail)
        return known

    def _purpose(self, title: str) -> tuple[str, str]:
        """Split a title into its subject and what follows *utk / untuk / for / supaya*
        ("Pelatihan pupuk organik | utk petani cabai"), unless the subject part holds only
        generic words ("Training | for coffee farmers") or only says who trades ("Cari
        offtaker | utk kopi robusta"): then the whole title is the subject.
        A *for* inside a lexicon phrase (*first aid for livestock*) is the phrase's own word,
        and one after a word of asking (*request for*, *permohonan untuk*) introduces what is
        asked: the split falls at the next one."""
        spans = None  # the title's lexicon phrases, read once if a split needs them
        for m in _PURPOSE.finditer(title):
            head = title[: m.start()]
            if _ASKING.search(head):
                continue
            if self.is_generic(head) or self._names_a_side(head) or not head.strip():
                return title, ""
            if spans is None:
                spans = self._phrases(self._read(title))
            if not self._inside_phrase(title, m.start(), m.end(), spans):
                return head, title[m.start() :]
        return title, ""

    def _names_a_side(self, words: str) -> bool:
        """Tell whether words name only who trades (*cari offtaker*, *butuh pengepul*): a
        title's head that says who it looks for, not what it sells."""
        toks = self._read(words)
        sides = trade.in_side_phrases([t.raw for t in toks])
        return any(sides) and all(
            s or t.generic or t.stop for s, t in zip(sides, toks, strict=True)
        )

    def _inside_phrase(
        self, text: str, start: int, end: int, spans: list[tuple[int, int, tuple[str, ...]]]
    ) -> bool:
        """Tell whether the words of ``text[start:end]`` lie inside one of ``spans``, the
        lexicon phrases of ``text`` (*incubator for eggs*, *obat cacing untuk anak*): a
        phrase's own words, not a turn to what it is for."""
        first = len(self._words_of(text[:start]))
        last = first + len(self._words_of(text[start:end]))
        return any(i < first and last < stop for i, stop, _concepts in spans)

    def _material(self, head: str) -> tuple[str, str]:
        """Split a title's subject into its product and what it is made from: the words after
        *dari / dr / from / berbahan* up to the end of the clause ("cokelat batangan dr kakao
        sendiri": the product is chocolate). Nothing is split when the words before hold only
        generic ones ("pelatihan dari dinas")."""
        m = _FROM.search(head)
        if m is None or not head[: m.start()].strip() or self.is_generic(head[: m.start()]):
            return head, ""
        stop = _CLAUSE_END.search(head, m.end())
        end = stop.start() if stop else len(head)
        return head[: m.start()] + " " + head[end:], head[m.end() : end]

    def _held(self, head: str) -> tuple[str, str]:
        """Split off what a title says the group already holds: the words after *sudah /
        su / telah ada (punya, pegang) / already have* up to the end of the clause ("jual
        kacang mete, su ada PIRT": the group sells cashews and has a PIRT permit; it does not
        ask for one), or after *sudah / already* alone where the clause names a permit
        ("sudah PIRT"; "kopi yg sudah disangrai" says what the product is). Nothing is split
        when the words before hold only generic ones. A word of "already" that opens no such
        clause ("madu hutan so manis") does not hide a later one ("…, sudah ada PIRT")."""
        for m in _HELD.finditer(head):
            if not head[: m.start()].strip() or self.is_generic(head[: m.start()]):
                continue
            stop = _CLAUSE_END.search(head, m.end())
            end = stop.start() if stop else len(head)
            held = head[m.end() : end]
            if m.group(1) is None and not self._names_permit(held):
                continue
            return head[: m.start()] + " " + head[end:], held
        return head, ""

    def _names_permit(self, text: str) -> bool:
        permits = self.lexicon.roles["permit"]
        return any(f[:2] == "c:" and f[2:] in permits for f in self.factors(text))

    def evidence(
        self, title: str, description: str = "", tags: tuple[str, ...] = ()
    ) -> dict[str, str]:
        """Return feature -> the words that carried it (title first, then tags, description)."""
        written = (title, " . ".join(tags), description)
        texts = tuple(self._fixed(text) for text in written)
        found = self._evidence(texts, ())
        rules = self._turning(texts, found)
        if rules:
            found = self._evidence(texts, rules)
        if texts != written:  # quote a fixed phrase as written ("dari nol", not "pemula")
            quotes: dict[str, str] = {}
            for text in written:
                quotes = self._fixed.quotes(text) | quotes
            found = {f: quotes.get(w, w) for f, w in found.items()}
        return found

    def _evidence(
        self, texts: tuple[str, ...], rules: tuple[context.NeighbourReading, ...]
    ) -> dict[str, str]:
        found: dict[str, str] = {}
        for text in texts:
            for segment in _SEGMENTS.split(text):
                if not segment.strip():
                    continue
                if not rules:
                    words = self._segment(segment)[2]
                    found.update((f, w) for f, w in words.items() if f not in found)
                    continue
                for feature, _factor, surface in context.turned(self._segment(segment)[0], rules):
                    found.setdefault(feature, surface)
        return found
