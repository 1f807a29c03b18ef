"""The briefing's slide tables printed on A4 (briefing/html_writer.column_widths): dates, sectors,
counts and countries show whole; only the table's text — an event's title, a partner's name — is
cut, at two lines with «…».

Seen in the meeting room (uxqa17): the browser's own table layout gave each column room in proportion
to its longest text, so beside the titles the dates printed «26–27 / сентября…», «20–22 / сентября…»
(the year cut) and the sector «Молодёжь и / патриотическое…». Checked on the sample and on a SYNTHETIC
copy whose partners and four titles are 120+ characters long, in both languages."""
from __future__ import annotations

import shutil

import duckdb
import pytest

pytestmark = pytest.mark.browser

# SYNTHETIC: an official name as reports spell them out, 133 characters
LONG = ("Государственное учреждение образования «Республиканский институт высшей школы» при Министерстве "
        "образования Республики Беларусь (SYNTHETIC)")

CLAMPED = """() => {
  const out = [];
  for (const table of document.querySelectorAll('table.top')) {
    const rows = [...table.querySelectorAll('tbody tr')].map(tr => [...tr.children]);
    // the table's text: the column whose middle cell is longest (a title, a name) — it may be cut
    const middle = rows[0].map((_, j) => { const n = rows.map(r => r[j].textContent.length).sort((a, b) => a - b);
                                           return n[Math.floor(n.length / 2)]; });
    const text = middle.indexOf(Math.max(...middle));
    const t = table.getBoundingClientRect();
    rows.forEach(tds => tds.forEach((td, j) => {
      const div = td.querySelector('.clamp2');
      if (div && j !== text && div.scrollHeight > div.clientHeight + 1) out.push(`${table.dataset.key}: «${div.textContent}» cut`);
      if (td.getBoundingClientRect().right > t.right + 0.5) out.push(`${table.dataset.key}: «${td.textContent}» past the table`);
    }));
  }
  return out;
}"""


@pytest.fixture(scope="module")
def synthetic_db(sample_db, tmp_path_factory):
    path = tmp_path_factory.mktemp("long_names") / "synthetic_long_names.duckdb"
    shutil.copy(sample_db, path)
    con = duckdb.connect(str(path))
    con.execute("UPDATE organisations SET name = ? || ' №' || substr(org_key, 1, 6)", [LONG])
    con.execute("UPDATE events SET title = title || ' — ' || ? WHERE n IN (1, 2, 20, 78)", [LONG])
    con.close()
    return path


@pytest.mark.parametrize("source, lang", [
    ("sample", "ru"), ("synthetic_long_names", "en"),  # each source and each language once in make test
    pytest.param("sample", "en", marks=pytest.mark.long), pytest.param("synthetic_long_names", "ru", marks=pytest.mark.long)])
def test_printed_tables_cut_only_their_text(browser, sample_db, synthetic_db, tmp_path, lang, source):
    from briefing import build_briefing
    from briefing.model import build_review

    con = duckdb.connect(str(sample_db if source == "sample" else synthetic_db), read_only=True)
    try:
        html = build_briefing(build_review(con, 2024, 4), lang=lang).html.decode("utf-8")
    finally:
        con.close()
    path = tmp_path / "briefing.html"
    path.write_text(html, encoding="utf-8")
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    try:
        page.goto(path.as_uri())
        page.wait_for_function("document.querySelectorAll('table.top tbody tr').length >= 8", timeout=30_000)
        page.emulate_media(media="print")
        page.wait_for_function("document.fonts.status === 'loaded'", timeout=30_000)
        problems = page.evaluate(CLAMPED)
        tables = page.evaluate("() => document.querySelectorAll('table.top').length")
    finally:
        page.close()
    assert tables == 2, f"{tables} slide tables (top events, key partners)"
    assert not problems, "\n".join(problems)
