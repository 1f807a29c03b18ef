"""The deck's map is drawn by one kept Chromium (briefing.map_image._KeptDrawer), not a new one per picture.

plotly's `fig.to_image` starts a kaleido — a headless Chromium — for every picture and closes it: 6–7 s a
deck here, of which drawing is ~1 s. Every deck download (the English one after the Russian, the next
quarter) and every test that builds a deck paid it. Now one Chromium is kept between pictures, drawings
take turns on it, a drawing past DRAW_TIMEOUT_S abandons it (the next one starts afresh), and it is closed
after IDLE_CLOSE_S without a picture and at exit. What it draws is what plotly's own path draws."""
from __future__ import annotations

import os
import threading
import time
from pathlib import Path

import pytest

from briefing import map_image
from briefing.model import build_review


def _browsers_of_this_process() -> set[int]:
    """PIDs of the map's Chromium started by this process: kaleido's choreographer runs each one under a
    wrapper child of ours (read from /proc). Playwright's Chromium, which a worker that ran the browser
    tests also holds, hangs under Playwright's driver, never under this wrapper, so it is not counted."""
    me, found = os.getpid(), set()
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
            command = (entry / "cmdline").read_bytes()
        except OSError:
            continue
        fields = stat[stat.rindex(")") + 2:].split()
        if fields[0] != "Z" and int(fields[1]) == me and b"choreographer" in command and b"chrom" in command:
            found.add(int(entry.name))
    return found


@pytest.fixture(scope="module")
def review(sample_con):
    review = build_review(sample_con, 2024, 4)
    if map_image.map_png(review) is None:
        pytest.skip(f"MAP NOT DRAWN, kaleido/Chromium unavailable: {map_image.map_png_problem()}")
    return review


def test_the_second_picture_is_drawn_by_the_same_browser(review):
    map_image.map_png(review, "ru")
    first = _browsers_of_this_process()
    assert first, "no Chromium kept after a picture: each picture starts its own"
    assert map_image.map_png(review, "en").startswith(b"\x89PNG")
    assert _browsers_of_this_process() == first


def test_the_kept_browser_draws_what_plotly_draws(review):
    fig = map_image.map_figure(review, "ru", 640, 400)
    ours = map_image.map_png(review, "ru", 640, 400)
    assert ours == fig.to_image(format="png", width=640, height=400, scale=2)


def test_drawings_from_several_threads_take_turns_and_each_gets_its_own_picture(review):
    wanted = [("ru", 900, 500), ("en", 900, 500), ("ru", 600, 420), ("en", 700, 380)]
    alone = [map_image.map_png(review, *args) for args in wanted]
    assert len(set(alone)) == len(wanted)
    together: list[bytes | None] = [None] * len(wanted)

    def draw(i: int) -> None:
        together[i] = map_image.map_png(review, *wanted[i])

    threads = [threading.Thread(target=draw, args=(i,)) for i in range(len(wanted))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(120)
    assert together == alone


def test_after_a_drawing_past_its_limit_the_next_one_starts_afresh(review, monkeypatch):
    map_image.map_png(review)
    monkeypatch.setattr(map_image, "DRAW_TIMEOUT_S", 0.001)
    assert map_image.map_png(review) is None and "не ответил" in map_image.map_png_problem()
    monkeypatch.undo()
    assert map_image.map_png(review).startswith(b"\x89PNG")


def test_an_idle_browser_is_closed(review, monkeypatch):
    monkeypatch.setattr(map_image, "IDLE_CLOSE_S", 0.3)
    map_image.map_png(review)
    assert map_image._drawer.is_open and _browsers_of_this_process()
    deadline = time.monotonic() + 30
    while (map_image._drawer.is_open or _browsers_of_this_process()) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not map_image._drawer.is_open
    assert not _browsers_of_this_process()
    assert map_image.map_png(review).startswith(b"\x89PNG")   # and the next picture opens one again
