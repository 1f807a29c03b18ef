"""The editor password: PBKDF2 hashes and the wrong-password limiter. Pure Python (no streamlit), so
the hash command in the README runs without the app."""
from __future__ import annotations

import hashlib
import hmac
import os
import re
import secrets
import threading
import time
from collections.abc import Callable, Iterable

PASSWORD_ENV = "ENGAGEMENT_EDITOR_PASSWORD_HASH"
_HASH_FORMAT = re.compile(r"^pbkdf2_sha256\$(\d{1,9})\$([^$]{1,200})\$([0-9a-f]{64})$")


def hash_password(password: str, *, iterations: int = 200_000, salt: str | None = None) -> str:
    """'pbkdf2_sha256$200000$<salt>$<hex>' — what goes into secrets.toml or the environment."""
    salt = salt or secrets.token_hex(8)
    digest = hashlib.pbkdf2_hmac("sha256", password.encode(), salt.encode(), iterations).hex()
    return f"pbkdf2_sha256${iterations}${salt}${digest}"


def hash_problem(stored: str) -> str | None:
    """Why a configured hash cannot be used (a clear configuration message), or None when it can.

    'plain-text-in-config', a truncated digest or 'pbkdf2_sha256$abc$…' are configuration mistakes: the
    editor page says so instead of failing with a ValueError or silently refusing every password."""
    match = _HASH_FORMAT.match(stored.strip())
    if not match:
        return ("значение не похоже на хеш пароля: ожидается «pbkdf2_sha256$<итерации>$<соль>$<64 hex-символа>», "
                "как печатает команда ниже")
    if not 1_000 <= int(match.group(1)) <= 10_000_000:
        return "число итераций в хеше пароля должно быть от 1 000 до 10 000 000"
    return None


def verify_password(password: str, stored: str) -> bool:
    """False for a wrong password and for a malformed hash (hash_problem says what is wrong with it)."""
    if hash_problem(stored) is not None:
        return False
    _, iterations, salt, digest = stored.strip().split("$")
    candidate = hashlib.pbkdf2_hmac("sha256", password.encode(), salt.encode(), int(iterations)).hex()
    return hmac.compare_digest(candidate, digest)


def configured_hash(secrets_mapping=None) -> str | None:
    """The editor password hash from the environment, else from .streamlit/secrets.toml."""
    if os.environ.get(PASSWORD_ENV):
        return os.environ[PASSWORD_ENV]
    try:
        value = (secrets_mapping or {}).get("editor_password_hash")
    except Exception:  # streamlit raises when no secrets file exists
        return None
    return value or None


class RateLimiter:
    """Wrong passwords slow down only whoever types them.

    Failures are counted per key (the lead's UI passes this browser session's key and the client's
    address) within `window` seconds. The first `attempts` failures are free; then each further one
    doubles the pause (base, 2·base, 4·base … up to max_wait) counted from the last failure. There is
    no global counter: a stranger's wrong guesses never delay the editor at another browser.
    `attempt` reserves the failure before the (slow) password check, so parallel guesses from one key
    cannot all slip through before any of them is recorded."""

    def __init__(self, attempts: int = 5, window: float = 900.0, base: float = 15.0, max_wait: float = 300.0):
        self.attempts, self.window, self.base, self.max_wait = attempts, window, base, max_wait
        self._failures: dict[str, list[float]] = {}
        self._lock = threading.Lock()

    def _wait_locked(self, key: str, now: float) -> float:
        recent = [t for t in self._failures.get(key, ()) if now - t < self.window]
        if recent:
            self._failures[key] = recent
        else:
            self._failures.pop(key, None)
        extra = len(recent) - self.attempts
        if extra < 0:
            return 0.0
        pause = min(self.base * 2 ** extra, self.max_wait)
        return max(0.0, pause - (now - recent[-1]))

    def wait_seconds(self, keys: Iterable[str], now: float | None = None) -> float:
        """How long these keys must wait before the next try (the longest of them)."""
        now = time.monotonic() if now is None else now
        with self._lock:
            return max((self._wait_locked(k, now) for k in keys), default=0.0)

    def attempt(self, keys: Iterable[str], check: Callable[[], bool],
                now: float | None = None) -> tuple[bool, bool, float]:
        """(accepted, checked, wait): refuses without checking while a key must wait; otherwise records
        a failure for every key first, runs `check`, and on success takes that reservation back."""
        keys = [k for k in keys if k]
        now = time.monotonic() if now is None else now
        with self._lock:
            wait = max((self._wait_locked(k, now) for k in keys), default=0.0)
            if wait > 0:
                return False, False, wait
            for key in keys:
                self._failures.setdefault(key, []).append(now)
        if check():
            with self._lock:
                for key in keys:
                    stamps = self._failures.get(key, [])
                    if now in stamps:
                        stamps.remove(now)
            return True, True, 0.0
        return False, True, self.wait_seconds(keys, now)

    def reset(self) -> None:
        with self._lock:
            self._failures.clear()


EDITOR_LIMITER = RateLimiter()
