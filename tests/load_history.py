"""What two databases of the same reports may differ in: the load history (shared by the ETL tests)."""

# Columns a load writes from the load history, not from the reports: when it happened, and the dense
# event numbers (a report's are the next free ones when it loads). Compared as a consistent numbering.
HISTORY_COLUMNS = {"loaded_at", "event_base", "event_no"}


def history_free_columns(con, table: str) -> str:
    gone = [c for (c,) in con.execute(f"SELECT column_name FROM (DESCRIBE {table})").fetchall() if c in HISTORY_COLUMNS]
    return f"* EXCLUDE ({', '.join(gone)})" if gone else "*"


def assert_consistent_numbers(con) -> None:
    """Each event's event_no is its report's event_base + n, unique; its side rows carry the same."""
    rows, distinct, wrong = con.execute("""SELECT count(*), count(DISTINCT e.event_no),
        count(*) FILTER (WHERE e.event_no IS DISTINCT FROM r.event_base + e.n) FROM events e JOIN reports r USING (report_id)""").fetchone()
    assert rows == distinct and not wrong
    for table in ("event_months", "event_countries", "event_regions", "event_officials"):
        assert not con.execute(f"SELECT count(*) FROM {table} s LEFT JOIN events e USING (event_id) "
                               "WHERE s.event_no IS DISTINCT FROM e.event_no").fetchone()[0], table

