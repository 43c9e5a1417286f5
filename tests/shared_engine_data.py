"""The matching engine's fixed data, worked out once per test run instead of once per engine.

Each ``MatchEngine`` parses the lexicon's TOML files, stems its words with Sastrawi and
builds a table of typing slips: about half a second of CPU, and the suite builds some 200
engines (every worker start, every ``suggest``, every rebuild), which was about half of
its time. All three are pure functions of data shipped in the package, so the suite keeps
each result by its inputs and hands it to the next engine; what an engine answers is
unchanged. The production worker builds its engine once, so it has no use for this.
"""

from __future__ import annotations

from marketplace.matching import analyse, lexicon, normalise, resources


def share_across_engines() -> None:
    _load_the_shipped_lexicon_once()
    _stem_each_word_once()
    _build_each_typo_table_once()


def _load_the_shipped_lexicon_once() -> None:
    load = lexicon.Lexicon.load.__func__
    loaded: dict[str, lexicon.Lexicon] = {}

    def load_once(cls, directory=lexicon.LEXICON_DIR):
        if cls is not lexicon.Lexicon or directory != lexicon.LEXICON_DIR:
            return load(cls, directory)
        key = repr(resources.language_table())  # a test may add a language
        if key not in loaded:
            loaded[key] = load(cls, directory)
        return loaded[key]

    lexicon.Lexicon.load = classmethod(load_once)


def _stem_each_word_once() -> None:
    init = normalise.Stemmer.__init__
    caches: dict[tuple, dict[str, str]] = {}

    def init_sharing(self, languages=None):
        init(self, languages)
        chosen = languages if languages is not None else resources.languages()
        key = (chosen, id(self._roots), id(self._overrides))
        self._cache = caches.setdefault(key, {})

    normalise.Stemmer.__init__ = init_sharing


def _build_each_typo_table_once() -> None:
    build = analyse.TypoCorrector
    built: dict[tuple, object] = {}

    def corrector(targets, **limits):
        key = (frozenset(targets), tuple(sorted(limits.items())))
        if key not in built:
            built[key] = build(targets, **limits)
        return built[key]

    analyse.TypoCorrector = corrector
