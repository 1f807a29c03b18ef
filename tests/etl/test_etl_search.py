"""Russian search over the lemma column finds every inflected form, with bound parameters."""
import duckdb
import pytest

from etl.search import like_patterns, query_terms


def search(db, query: str) -> list[int]:
    groups = like_patterns(query)
    where = " AND ".join("(" + " OR ".join("search_lemmas LIKE ?" for _ in g) + ")" for g in groups) or "TRUE"
    con = duckdb.connect(str(db), read_only=True)
    try:
        return [n for (n,) in con.execute(f"SELECT n FROM events WHERE {where} ORDER BY n",
                                          [p for g in groups for p in g]).fetchall()]
    finally:
        con.close()


def test_query_terms_add_country_synonyms():
    assert query_terms("Белоруссия соглашения") == [("белоруссия", "беларусь"), ("соглашение",)]
    assert query_terms("белорусских") == [("белорусский", "беларусь")]


@pytest.mark.parametrize("query", ["Белоруссия", "Беларусь", "Республики Беларусь", "белорусский"])
def test_every_name_of_belarus_finds_all_belarus_events(sample_db, query):
    found = set(search(sample_db, query))
    con = duckdb.connect(str(sample_db), read_only=True)
    with_by = {n for (n,) in con.execute("SELECT n FROM events JOIN event_countries USING (event_id) "
                                         "WHERE country_code = 'BY'").fetchall()}
    con.close()
    assert with_by <= found


def test_inflected_forms_meet(sample_db):
    assert search(sample_db, "соглашение") == search(sample_db, "соглашения") == search(sample_db, "соглашением")
    assert 2 in search(sample_db, "соглашение")
    assert set(search(sample_db, "меморандумы")) == {19}
    assert 27 in search(sample_db, "казахстанский театр")


def test_hostile_query_is_bound_not_formatted(sample_db):
    assert search(sample_db, "'; DROP TABLE events; --") == []
    assert search(sample_db, "Минск") and search(sample_db, "форум")


# The English UI names partner countries in English (Belarus, United Arab Emirates) and its search box
# suggests them, so a country's English name finds the same events as its Russian name: any case, with
# or without accents, one word or several, alone or beside Russian words. Before, 'Belarus' was looked
# up as the Latin word «belarus» and found nothing.
@pytest.mark.parametrize("english, russian", [
    pytest.param("Belarus", "Беларусь", id="one_word"),
    pytest.param("BELARUS", "Республика Беларусь", id="upper_case"),
    pytest.param("kazakhstan", "Казахстан", id="lower_case"),
    pytest.param("China", "Китай", id="china"),
    pytest.param("Viet Nam", "Вьетнам", id="two_words_official_spelling"),
    pytest.param("united arab emirates", "Объединённые Арабские Эмираты", id="three_words"),
    pytest.param("Turkiye", "Турция", id="without_the_accent"),
    pytest.param("Belarus соглашение", "Беларусь соглашение", id="beside_a_russian_word"),
    pytest.param("выставка China", "выставка Китай", id="after_a_russian_word"),
])
def test_an_english_country_name_finds_what_the_russian_one_finds(sample_db, english, russian):
    russian_terms = {term for group in query_terms(russian) for term in group}
    english_terms = {term for group in query_terms(english) for term in group}
    assert russian_terms <= english_terms, "the name is understood, not looked up as a bare Latin word"
    assert search(sample_db, english) == search(sample_db, russian)


def test_the_english_placeholder_suggests_names_that_find_events(sample_db):
    """Every country the English search box suggests finds events of that country in the sample."""
    from analytics.i18n import t
    from etl.geo import country_names

    by_english = {english.lower(): code for code, (_, english, _) in country_names().items()}
    suggested = [w.strip(" …") for w in t("search_placeholder", "en").split(",")]
    assert suggested and all(w.lower() in by_english for w in suggested), suggested
    con = duckdb.connect(str(sample_db), read_only=True)
    try:
        for word in suggested:
            events = {n for (n,) in con.execute("SELECT n FROM events JOIN event_countries USING (event_id) "
                                                "WHERE country_code = ?", [by_english[word.lower()]]).fetchall()}
            assert events and events <= set(search(sample_db, word)), word
    finally:
        con.close()
