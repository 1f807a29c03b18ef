"""SIGKILL at random points of a multi-report load: afterwards the database holds exactly the
reports whose load had returned before the kill (plus, at most, the one in flight if the kill
fell between its swap and its print), every report whole, and the next load finishes.

The child loads SYNTHETIC quarter variants of the sample one file per load (each is one swap)
and then a batch of several in one load (one swap for all). `make test` kills it twice at random
points (each kill costs ~9 s: a child's start, its loads and the rest loaded after), the long tier
(`make test-long`, which CI runs too) six more times; ENGAGEMENT_KILLS=32 sets both counts (`make fuzz`).
The seed is printed so a failure can be replayed with ENGAGEMENT_KILL_SEED.
"""
import os
import random
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import duckdb
import pytest

from etl.load import load_reports
from synthetic_reports import quarter_variant, quarters

ROOT = Path(__file__).resolve().parent.parent.parent
KILLS = int(os.environ.get("ENGAGEMENT_KILLS", "0"))
SEED = int(os.environ.get("ENGAGEMENT_KILL_SEED", str(random.SystemRandom().randrange(10**6))))

CHILD = textwrap.dedent("""
    import sys
    from pathlib import Path
    sys.path.insert(0, sys.argv[1])
    from etl.load import load_reports
    db, files = Path(sys.argv[2]), [Path(p) for p in sys.argv[3:]]
    singles, batch = files[:-3], files[-3:]
    print("READY", flush=True)
    for path in singles:
        print("START", path.name, flush=True)
        assert [r.status for r in load_reports([path], db)] in (["loaded"], ["unchanged"])
        print("DONE", path.name, flush=True)
    print("START", *[p.name for p in batch], flush=True)
    assert {r.status for r in load_reports(batch, db)} <= {"loaded", "unchanged"}
    print("DONE", *[p.name for p in batch], flush=True)
""")


def database_state(db: Path) -> set[str]:
    """The loaded reports' file names, after checking that every one is whole."""
    if not db.exists():
        return set()
    con = duckdb.connect(str(db), read_only=True)
    try:
        rows = con.execute("SELECT report_id, file_name, event_count FROM reports").fetchall()
        for report_id, name, count in rows:
            assert count == 78, name
            assert con.execute("SELECT count(*) FROM events WHERE report_id = ?", [report_id]).fetchone()[0] == 78
            assert con.execute("SELECT count(*) FROM loads WHERE sha256 = ? AND status = 'loaded'",
                               [report_id]).fetchone()[0] == 1
        for table in ("event_months", "event_countries", "event_regions", "event_officials"):
            orphans = con.execute(f"SELECT count(*) FROM {table} WHERE event_id NOT IN "
                                  "(SELECT event_id FROM events)").fetchone()[0]
            assert orphans == 0, table
        assert con.execute("SELECT count(*) FROM events WHERE report_id NOT IN "
                           "(SELECT report_id FROM reports)").fetchone()[0] == 0
        return {name for _, name, _ in rows}
    finally:
        con.close()


@pytest.fixture(scope="module")
def variants(sample_bytes, tmp_path_factory):
    folder = tmp_path_factory.mktemp("kill_reports")
    paths = []
    for year, quarter in quarters(6):
        path = folder / f"synthetic_{year}q{quarter}.txt"
        path.write_text(quarter_variant(sample_bytes.decode(), year, quarter), encoding="utf-8")
        paths.append(path)
    return paths


def kill_once(db: Path, files: list[Path], starts: int, delay: float) -> tuple[set[str], set[str], bool]:
    """Starts the child, waits for its `starts`-th load to begin, kills it `delay` s later;
    returns (names whose load returned, names in flight, whether the kill landed)."""
    child = subprocess.Popen([sys.executable, "-c", CHILD, str(ROOT), str(db), *map(str, files)],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT)
    lines = [child.stdout.readline()]
    assert lines[0].strip() == "READY"
    while starts and (line := child.stdout.readline()):
        lines.append(line)
        starts -= line.startswith("START")
    time.sleep(delay)
    killed = child.poll() is None
    if killed:
        child.send_signal(signal.SIGKILL)
    out, err = child.communicate(timeout=120)
    assert killed or child.returncode == 0, err
    done, flight = set(), set()
    for line in "".join(lines).splitlines() + out.splitlines():
        if not line.strip():
            continue
        kind, *names = line.split()
        if kind == "START":
            flight = set(names)
        elif kind == "DONE":
            done |= set(names)
            flight = set()
    return done, flight, killed


def test_sigkill_at_random_points_loses_nothing_committed(variants, tmp_path):
    _kill_rounds(variants, tmp_path, KILLS or 2, SEED)


@pytest.mark.long
def test_sigkill_at_more_random_points_loses_nothing_committed(variants, tmp_path):
    _kill_rounds(variants, tmp_path, KILLS or 6, SEED + 1)


def _kill_rounds(variants: list[Path], tmp_path: Path, kills: int, seed: int) -> None:
    rng = random.Random(seed)
    print(f"seed {seed}, {kills} kills")
    survived = 0
    for round_ in range(kills):
        db = tmp_path / f"kill{round_}.duckdb"
        # a few reports may already be there: the kill then lands on a later one
        preloaded = variants[: rng.randrange(0, 3)]
        if preloaded:
            load_reports(preloaded, db)
        before = database_state(db)
        done, flight, killed = kill_once(db, variants, rng.randrange(1, len(variants) - 1), rng.uniform(0.0, 1.2))
        after = database_state(db)
        assert after in (before | done, before | done | flight), (round_, sorted(after), sorted(done), flight)
        survived += killed
        results = load_reports(variants, db)  # the next load finishes and brings the rest
        assert {r.status for r in results} <= {"loaded", "unchanged"}, results
        assert database_state(db) == {p.name for p in variants}
        assert not Path(str(db) + ".tmp").exists()
    print(f"kills that landed mid-load: {survived} of {kills}; data lost: 0")
