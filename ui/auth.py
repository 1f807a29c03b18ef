"""The editor password: PBKDF2 hashes and the wrong-password limiter. Pure Python (no streamlit), so
the hash command in the README runs without the app."""
from __future__ import annotations

import hashlib
import hmac
import os
import secrets
import threading
import time

PASSWORD_ENV = "ENGAGEMENT_EDITOR_PASSWORD_HASH"


def hash_password(password: str, *, iterations: int = 200_000, salt: str | None = None) -> str:
    """'pbkdf2_sha256$200000$<salt>$<hex>' — what goes into secrets.toml or the environment."""
    salt = salt or secrets.token_hex(8)
    digest = hashlib.pbkdf2_hmac("sha256", password.encode(), salt.encode(), iterations).hex()
    return f"pbkdf2_sha256${iterations}${salt}${digest}"


def verify_password(password: str, stored: str) -> bool:
    try:
        scheme, iterations, salt, digest = stored.split("$")
    except ValueError:
        return False
    if scheme != "pbkdf2_sha256":
        return False
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
    """At most `attempts` wrong passwords per `window` seconds for everyone, then a pause."""

    def __init__(self, attempts: int = 5, window: float = 300.0):
        self.attempts, self.window = attempts, window
        self._failures: list[float] = []
        self._lock = threading.Lock()

    def wait_seconds(self, now: float | None = None) -> float:
        now = now or time.monotonic()
        with self._lock:
            self._failures = [t for t in self._failures if now - t < self.window]
            if len(self._failures) < self.attempts:
                return 0.0
            return self.window - (now - self._failures[0])

    def record_failure(self, now: float | None = None) -> None:
        with self._lock:
            self._failures.append(now or time.monotonic())

    def reset(self) -> None:
        with self._lock:
            self._failures.clear()


EDITOR_LIMITER = RateLimiter()
