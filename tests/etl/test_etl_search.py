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
