"""The editor password: hashes, configuration mistakes, and a limiter that slows only the guesser."""
from __future__ import annotations

import threading

import pytest

from ui.auth import RateLimiter, hash_problem, hash_password, verify_password

GOOD = hash_password("секрет", iterations=1000, salt="соль")


def test_hash_round_trip():
    assert verify_password("секрет", GOOD) and not verify_password("Секрет", GOOD)
    assert hash_problem(GOOD) is None
    assert verify_password("секрет", f"  {GOOD}\n"), "a stray newline from a secrets file is not a mistake"


@pytest.mark.parametrize("stored", [
    pytest.param("plain-text-in-config", id="plain_text"),
    pytest.param("pbkdf2_sha256$abc$соль$" + "0" * 64, id="iterations_not_a_number"),
    pytest.param("pbkdf2_sha256$1000$соль$" + "0" * 10, id="digest_truncated"),
    pytest.param("pbkdf2_sha256$1000$$" + "0" * 64, id="no_salt"),
    pytest.param("md5$1000$соль$" + "0" * 64, id="other_scheme"),
    pytest.param("pbkdf2_sha256$1$соль$" + "0" * 64, id="too_few_iterations"),
    pytest.param("pbkdf2_sha256$99999999999999999999$s$" + "0" * 64, id="absurd_iterations"),
])
def test_malformed_hash_is_a_configuration_message_not_an_exception(stored):
    assert "хеш" in (hash_problem(stored) or "")
    assert verify_password("секрет", stored) is False


def _wrong():
    return False


@pytest.mark.parametrize("failures,wait", [
    pytest.param(4, 0.0, id="free_tries"),
    pytest.param(5, 10.0, id="first_pause"),
    pytest.param(6, 20.0, id="doubles"),
    pytest.param(7, 40.0, id="doubles_again"),
    pytest.param(12, 100.0, id="capped"),
])
def test_pauses_grow_with_each_failure_after_the_free_ones(failures, wait):
    limiter = RateLimiter(attempts=5, window=10_000, base=10, max_wait=100)
    now = 0.0
    for _ in range(failures):
        now += 1_000  # each try after the previous pause is over
        accepted, checked, _ = limiter.attempt(["session:a"], _wrong, now=now)
        assert not accepted and checked
    assert limiter.wait_seconds(["session:a"], now=now) == pytest.approx(wait)


def test_a_strangers_failures_never_delay_the_editor():
    """No global lockout: five wrong guesses in one session (and from one address) leave another
    session at another address free to unlock at once."""
    limiter = RateLimiter(attempts=5, window=300, base=30)
    for i in range(8):
        limiter.attempt(["session:stranger", "client:10.0.0.9"], _wrong, now=float(i))
    assert limiter.wait_seconds(["session:stranger"], now=8) > 0
    assert limiter.wait_seconds(["client:10.0.0.9"], now=8) > 0
    assert limiter.attempt(["session:editor", "client:10.0.0.2"], lambda: True, now=8) == (True, True, 0.0)
    # a stranger who opens new sessions is still slowed by their address
    accepted, checked, wait = limiter.attempt(["session:new", "client:10.0.0.9"], lambda: True, now=8)
    assert (accepted, checked) == (False, False) and wait > 0


def test_failures_expire_after_the_window_and_success_takes_its_reservation_back():
    limiter = RateLimiter(attempts=2, window=60, base=5)
    for now in (0.0, 1.0):
        limiter.attempt(["k"], _wrong, now=now)
    assert limiter.wait_seconds(["k"], now=2) > 0
    assert limiter.wait_seconds(["k"], now=62) == 0
    limiter.attempt(["k"], lambda: True, now=100)
    limiter.attempt(["k"], _wrong, now=101)
    assert limiter.wait_seconds(["k"], now=102) == 0, "the successful try was not counted as a failure"


def test_parallel_guesses_cannot_all_be_checked_before_any_is_recorded():
    """Check-and-record is atomic: 40 simultaneous wrong guesses from one session get exactly the free
    tries checked; the rest are refused without running the (slow) password check."""
    limiter = RateLimiter(attempts=5, window=300, base=30)
    checked = []
    start = threading.Barrier(40)

    def slow_wrong():
        checked.append(1)
        threading.Event().wait(0.02)  # a PBKDF2 check takes time; others arrive meanwhile
        return False

    def guess():
        start.wait()
        limiter.attempt(["session:bot"], slow_wrong)

    threads = [threading.Thread(target=guess) for _ in range(40)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(checked) == 5
