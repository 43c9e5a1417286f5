"""The lexicon files keep the agreed shape (checked on whatever files exist now)."""

import tomllib

from marketplace.matching.lexicon import LEXICON_DIR, Lexicon, read_lexicon_files, validate


def test_lexicon_files_are_valid():
    docs = read_lexicon_files()
    assert docs, "no lexicon files"
    assert validate(docs) == []


def test_each_file_names_its_sector_and_concepts_use_it():
    for path, doc in read_lexicon_files():
        first = path.read_text("utf-8").lstrip().splitlines()[0]
        assert first.startswith("# sector:"), path.name
        sector = first.split(":", 1)[1].split()[0]
        for entry in doc["concept"]:
            if not path.name.startswith("_"):
                assert entry["sector"] == sector, (path.name, entry["key"])


def test_validate_reports_problems(tmp_path):
    (tmp_path / "a.toml").write_text(
        '[[concept]]\nkey = "Tofu"\nsector = "x"\nforms.id = ["Tahu"]\nforms.en = []\n'
        '[[concept]]\nkey = "tofu2"\nsector = "x"\nforms.id = ["tahu"]\nforms.en = ["tofu"]\n'
        'related = ["nothing"]\n'
        '[[concept]]\nkey = "tofu3"\nsector = "x"\nforms.id = ["tahu goreng"]\n'
        'forms.en = ["tofu"]\n',
        encoding="utf-8",
    )
    problems = validate(read_lexicon_files(tmp_path))
    text = "\n".join(problems)
    assert (
        "snake_case" in text and "lowercase" in text and "empty" in text and "unknown key" in text
    )
    assert "form 'tofu' of 'tofu3' is also 'tofu2''s" in text


def test_loader_makes_relations_symmetric(tmp_path):
    (tmp_path / "b.toml").write_text(
        '[[concept]]\nkey = "tofu"\nsector = "f"\nforms.id = ["tahu"]\nforms.en = ["tofu"]\n'
        'related = ["soybean"]\n'
        '[[concept]]\nkey = "soybean"\nsector = "f"\nforms.id = ["kedelai"]\n'
        'forms.en = ["soybean"]\n',
        encoding="utf-8",
    )
    lex = Lexicon.load(tmp_path)
    assert lex.related["soybean"] == ("tofu",)
    assert tomllib.loads((tmp_path / "b.toml").read_text())["concept"][0]["key"] == "tofu"
    assert LEXICON_DIR.name == "lexicon"


def test_lexicon_sectors_are_the_marketplaces_sectors():
    from marketplace.vocab import SECTORS  # the engine itself never imports the web vocabulary

    used = {entry["sector"] for _path, doc in read_lexicon_files() for entry in doc["concept"]}
    assert used <= set(SECTORS), sorted(used - set(SECTORS))
    assert {path.stem for path, _doc in read_lexicon_files()} <= set(SECTORS)


def test_a_third_language_is_data(tmp_path, monkeypatch):
    from marketplace.matching import MatchEngine, MatchSettings, NeedInput, OfferInput, resources

    table = resources.language_table() + ({"code": "jv", "stemmer": "none"},)
    monkeypatch.setattr(resources, "language_table", lambda: table)
    (tmp_path / "livestock.toml").write_text(
        '[[concept]]\nkey = "goat"\nsector = "livestock"\nforms.id = ["kambing"]\n'
        'forms.en = ["goat"]\nforms.jv = ["wedhus"]\n',
        encoding="utf-8",
    )
    assert validate(read_lexicon_files(tmp_path)) == []
    lexicon = Lexicon.load(tmp_path)
    assert lexicon.concepts["goat"].forms == {
        "id": ("kambing",),
        "en": ("goat",),
        "jv": ("wedhus",),
    }
    engine = MatchEngine(MatchSettings(), lexicon=lexicon)
    engine.build([OfferInput(id="o", kind="training", title="Goat rearing workshop")])
    need = NeedInput(id="n", kind="training", title="Sinau ngingu wedhus")
    assert [s.offer_id for s in engine.top_k(need)] == ["o"]
