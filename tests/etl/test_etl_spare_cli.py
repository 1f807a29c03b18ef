"""The CLI's spare (`python -m etl load|reparse`): after its swap the CLI copies the new served file to a
spare before it exits (the report is served already), and the next load — CLI or dashboard — renames
that spare into place instead of copying. The guarantees are etl/spare.py's: a spare is taken only for
the very version it was made from, a half-written one is deleted, a kill at any point leaves the
served file whole, and the database is the same one loads without spares give. `--no-spare` leaves none.
SYNTHETIC reports only: the sample re-titled as other quarters."""
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

from etl.cli import main
from etl.load import load_reports, wait_for_spare
from etl.spare import identity, spare_path, spares
from synthetic_reports import quarter_variant, quarters
from test_etl_sigkill import database_state

ROOT = Path(__file__).resolve().parent.parent.parent
# columns that differ between two loads of the same files: when and under which id each load ran
VOLATILE = {"reports": ("loaded_at",), "loads": ("load_id", "started_at", "finished_at")}


def whole_database(db: Path) -> dict[str, list]:
    """Every table's rows, sorted, without the load's own timestamps: organisations, the word index,
    counts and candidates included, so a spare that missed any table's write would show."""
    con = duckdb.connect(str(db), read_only=True)
    try:
        tables = [r[0] for r in con.execute("SELECT table_name FROM duckdb_tables() ORDER BY 1").fetchall()]
        out = {}
        for table in tables:
            excluded = VOLATILE.get(table)
            columns = f"* EXCLUDE ({', '.join(excluded)})" if excluded else "*"
            out[table] = sorted(map(str, con.execute(f"SELECT {columns} FROM {table}").df().astype(str).values.tolist()))
        return out
    finally:
        con.close()


def cli(db: Path, *args: str) -> int:
    return main(["--db", str(db), "--edits", str(db.parent / "edits"), *args])


def spare_names(db: Path) -> list[str]:
    return [p.name for p in spares(db)]


@pytest.fixture(scope="module")
def reports(sample_bytes, tmp_path_factory) -> list[Path]:
    folder = tmp_path_factory.mktemp("spare_cli_reports")
    paths = []
    for year, q in quarters(4, first_year=2021):
        path = folder / f"synthetic_{year}q{q}.txt"
        path.write_text(quarter_variant(sample_bytes.decode(), year, q), encoding="utf-8")
        paths.append(path)
    return paths


def test_a_cli_load_leaves_a_spare_of_the_new_version_and_the_next_cli_load_takes_it(reports, tmp_path, capsys):
    db = tmp_path / "data" / "engagement.duckdb"
    assert cli(db, "load", "--quiet", str(reports[0])) == 0
    assert spare_names(db) == [spare_path(db, identity(db)).name], "the CLI left the spare of the file it served"
    assert whole_database(spare_path(db, identity(db))) == whole_database(db)
    spare_inode = os.stat(spare_path(db, identity(db))).st_ino
    assert cli(db, "load", "--quiet", str(reports[1])) == 0
    assert os.stat(db).st_ino == spare_inode, "the spare became the served file: the second load did not copy"
    assert spare_names(db) == [spare_path(db, identity(db)).name]
    assert not Path(str(db) + ".old").exists() and not Path(str(db) + ".tmp").exists()
    assert "загружен" in capsys.readouterr().out


@pytest.mark.parametrize("command", [
    pytest.param(("load", "--quiet", "--no-spare"), id="load"),
    pytest.param(("reparse", "--no-spare"), id="reparse"),
])
def test_no_spare_flag_leaves_none(reports, tmp_path, command, capsys):
    db = tmp_path / "data" / "engagement.duckdb"
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / reports[0].name).write_bytes(reports[0].read_bytes())
    args = [*command, str(raw)] if command[0] == "load" else [*command, "--raw", str(raw)]
    assert cli(db, *args) == 0
    assert spare_names(db) == []
    assert database_state(db) == {reports[0].name}
    capsys.readouterr()


@pytest.mark.long  # minutes of random sequences: make test-long
def test_cli_loads_with_spares_give_the_same_database_as_without(reports, tmp_path, capsys):
    """A load, a batch and a rebuild (reparse): the served file after each step is the same with and
    without spares, and so is every spare."""
    raw = tmp_path / "raw"
    raw.mkdir()
    for path in reports[:3]:
        (raw / path.name).write_bytes(path.read_bytes())
    steps = [("load", "--quiet", str(reports[0])), ("load", "--quiet", str(reports[1]), str(reports[2])),
             ("reparse", "--raw", str(raw))]
    plain, spared = tmp_path / "plain" / "engagement.duckdb", tmp_path / "spared" / "engagement.duckdb"
    for step in steps:
        flag = ("--no-spare",)
        assert cli(plain, step[0], *flag, *step[1:]) == 0
        assert cli(spared, *step) == 0
        expected = whole_database(plain)
        assert whole_database(spared) == expected, step
        assert spare_names(spared) == [spare_path(spared, identity(spared)).name], step
        assert whole_database(spare_path(spared, identity(spared))) == expected, step
    capsys.readouterr()


def test_a_spare_the_served_file_has_moved_past_is_not_taken(reports, tmp_path, capsys):
    """Written in place after the CLI made its spare (a migration, another tool): the next CLI load
    must copy the file with that write, delete the stale spare, and leave a spare of its own version."""
    db = tmp_path / "data" / "engagement.duckdb"
    assert cli(db, "load", "--quiet", str(reports[0])) == 0
    stale = spare_path(db, identity(db))
    with duckdb.connect(str(db)) as con:
        con.execute("INSERT INTO loads VALUES ('marker', 'SYNTHETIC.txt', NULL, 'loaded', 'written in place', "
                    "NULL, now(), now())")
    assert cli(db, "load", "--quiet", str(reports[1])) == 0
    with duckdb.connect(str(db), read_only=True) as con:
        assert con.execute("SELECT count(*) FROM loads WHERE load_id = 'marker'").fetchone()[0] == 1
    assert not stale.exists()
    assert spare_names(db) == [spare_path(db, identity(db)).name]
    capsys.readouterr()


def test_the_dashboard_takes_the_clis_spare_and_the_cli_takes_the_dashboards(reports, tmp_path, capsys):
    db = tmp_path / "data" / "engagement.duckdb"
    assert cli(db, "load", "--quiet", str(reports[0])) == 0
    made_by_cli = os.stat(spare_path(db, identity(db))).st_ino
    assert [r.status for r in load_reports([reports[1]], db, spare=True)] == ["loaded"]
    assert os.stat(db).st_ino == made_by_cli
    wait_for_spare(db)
    made_by_dashboard = os.stat(spare_path(db, identity(db))).st_ino
    assert cli(db, "load", "--quiet", str(reports[2])) == 0
    assert os.stat(db).st_ino == made_by_dashboard
    assert database_state(db) == {p.name for p in reports[:3]}
    capsys.readouterr()


CHILD = textwrap.dedent("""
    import sys
    sys.path.insert(0, sys.argv[1])
    from etl.cli import main
    db, edits, files = sys.argv[2], sys.argv[3], sys.argv[4:]
    print("READY", flush=True)
    for path in files:
        print("START", path.rsplit("/", 1)[-1], flush=True)
        code = main(["--db", db, "--edits", edits, "load", "--quiet", path])
        print("DONE", path.rsplit("/", 1)[-1], flush=True)
        assert code == 0
""")
KILLS = int(os.environ.get("ENGAGEMENT_KILLS", "2"))  # make fuzz: 32
SEED = int(os.environ.get("ENGAGEMENT_KILL_SEED", str(random.SystemRandom().randrange(10**6))))


@pytest.mark.long  # minutes of random sequences: make test-long
def test_sigkill_while_the_cli_loads_or_makes_its_spare_loses_nothing_and_no_bad_spare_is_taken(reports, tmp_path):
    """The child loads one file per CLI call; the kill lands after a random number of `START`s, at
    a random delay — inside a load, between its swap and its spare, or while the spare is copied
    (the `DONE` line follows the spare). Afterwards the served file holds what was loaded, any
    finished spare equals the served file, and the next CLI load finishes from whatever is left."""
    rng = random.Random(SEED)
    print(f"seed {SEED}, {KILLS} kills")
    for round_ in range(KILLS):
        db = tmp_path / f"kill{round_}" / "engagement.duckdb"
        db.parent.mkdir()
        files = reports[:3]
        child = subprocess.Popen([sys.executable, "-c", CHILD, str(ROOT), str(db), str(db.parent / "edits"),
                                  *map(str, files)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                                 cwd=ROOT)
        assert child.stdout.readline().strip() == "READY"
        starts, lines = rng.randrange(1, len(files) + 1), []
        while starts and (line := child.stdout.readline()):
            lines.append(line)
            starts -= line.startswith("START")
        time.sleep(rng.uniform(0.0, 1.5))
        if child.poll() is None:
            child.send_signal(signal.SIGKILL)
        out, _ = child.communicate(timeout=120)
        done = {line.split()[1] for line in "".join(lines).splitlines() + out.splitlines() if line.startswith("DONE")}
        state = database_state(db)
        assert done <= state and len(state - done) <= 1, (round_, sorted(state), sorted(done))
        for spare in spares(db):
            if spare.name == spare_path(db, identity(db)).name:
                assert whole_database(spare) == whole_database(db), "a finished spare is the served file"
        assert main(["--db", str(db), "--edits", str(db.parent / "edits"), "load", "--quiet", *map(str, files)]) == 0
        assert database_state(db) == {p.name for p in files}
        assert spare_names(db) == [spare_path(db, identity(db)).name]
        assert not Path(str(db) + ".old").exists() and not Path(str(db) + ".tmp").exists()
