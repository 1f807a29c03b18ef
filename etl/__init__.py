"""ETL for quarterly foreign-engagement reports: read → layout → normalize → load into DuckDB."""

PARSER_VERSION = "1.10.64"
