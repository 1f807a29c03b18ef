"""Project paths, resolved from this file; environment variables override them."""
from __future__ import annotations

import os
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
REFERENCE_DIR = Path(__file__).resolve().parent / "reference"
HOME_COUNTRY = "RU"  # the reporting regions' country (ISO alpha-2)
DATA_DIR = Path(os.environ.get("ENGAGEMENT_DATA_DIR", PROJECT_ROOT / "data"))
RAW_DIR = Path(os.environ.get("ENGAGEMENT_RAW_DIR", DATA_DIR / "raw"))
DB_PATH = Path(os.environ.get("ENGAGEMENT_DB", DATA_DIR / "engagement.duckdb"))
EDITS_DIR = Path(os.environ.get("ENGAGEMENT_EDITS_DIR", DATA_DIR / "edits"))
