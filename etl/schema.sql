-- DuckDB model of quarterly foreign-engagement reports. Raw cell texts are kept beside every
-- parsed value so any figure can be traced to its report, table row and text line.
CREATE TABLE IF NOT EXISTS reports (
    report_id      VARCHAR PRIMARY KEY,      -- sha256 of the source file
    file_name      VARCHAR NOT NULL,
    sha256         VARCHAR NOT NULL,
    source_kind    VARCHAR NOT NULL,         -- txt | docx
    region         VARCHAR NOT NULL,
    year           INTEGER NOT NULL,
    quarter        INTEGER NOT NULL,
    period_label   VARCHAR NOT NULL,         -- «IV кв. 2024»
    period_start   DATE NOT NULL,
    period_end     DATE NOT NULL,
    event_count    INTEGER NOT NULL,
    sector_count   INTEGER NOT NULL,
    parser_version VARCHAR NOT NULL,
    edits_digest   VARCHAR NOT NULL,         -- which corrections were applied to it
    loaded_at      TIMESTAMP NOT NULL,
    original_name  VARCHAR,                  -- the name the file was uploaded under, uncut
    UNIQUE (region, year, quarter)
);
-- Databases made before original_name existed get the column on their next load.
ALTER TABLE reports ADD COLUMN IF NOT EXISTS original_name VARCHAR;
CREATE TABLE IF NOT EXISTS report_notes (
    report_id VARCHAR NOT NULL,
    position  INTEGER NOT NULL,
    text      VARCHAR NOT NULL,
    number    INTEGER
);
CREATE TABLE IF NOT EXISTS events (
    event_id               VARCHAR PRIMARY KEY,   -- report_id || ':' || n
    report_id              VARCHAR NOT NULL,
    n                      INTEGER NOT NULL,
    sector                 VARCHAR,
    sector_key             VARCHAR NOT NULL,
    sector_en              VARCHAR NOT NULL,
    title                  VARCHAR NOT NULL,
    start_date             DATE,
    end_date               DATE,
    months                 VARCHAR[] NOT NULL,
    quarter_position       VARCHAR,               -- inside | partial | outside
    format                 VARCHAR NOT NULL,      -- in_person | online | hybrid
    direction              VARCHAR NOT NULL,      -- inbound | outbound | remote | elsewhere_in_russia
    event_type             VARCHAR NOT NULL,
    venue_city             VARCHAR,
    venue_country          VARCHAR,
    unnamed_foreign        BOOLEAN NOT NULL,
    attendance_total       INTEGER,
    attendance_lower_bound BOOLEAN NOT NULL,
    attendance_approximate BOOLEAN NOT NULL DEFAULT FALSE,  -- «около 40», «порядка 60»
    attendance_foreign     INTEGER,
    attendance_online      INTEGER,
    agreement              VARCHAR,               -- signed | verbal | NULL
    agreement_text         VARCHAR,
    raw_number             VARCHAR,
    raw_title              VARCHAR,
    raw_venue              VARCHAR,
    raw_dates              VARCHAR,
    raw_content            VARCHAR,
    raw_participants       VARCHAR,
    table_row              INTEGER NOT NULL,
    source_line            INTEGER,
    search_lemmas          VARCHAR NOT NULL,
    fingerprint            VARCHAR NOT NULL,      -- hash of the raw cells: corrections check it
    corrected_fields       VARCHAR[] NOT NULL,    -- fields an analyst corrected (applied on top)
    duplicate_of           VARCHAR,               -- event_id this one was merged into
    partner_countries      VARCHAR[] NOT NULL DEFAULT [],  -- = event_countries in order, kept at load time
    foreign_regions        VARCHAR[] NOT NULL DEFAULT [],  -- = event_regions in order
    officials              VARCHAR[] NOT NULL DEFAULT [],  -- = event_officials' names in order
    region                 VARCHAR,               -- the report's, copied so no count joins reports
    year                   INTEGER,
    quarter                INTEGER,
    period_label           VARCHAR,
    file_name              VARCHAR,
    sha256                 VARCHAR,
    title_words            VARCHAR[] NOT NULL DEFAULT [],  -- duplicates.title_words(title): what pairs compare
    UNIQUE (report_id, n)
);
-- Databases built before the lists were kept on the row get the columns (load.py fills them).
ALTER TABLE events ADD COLUMN IF NOT EXISTS partner_countries VARCHAR[] DEFAULT [];
ALTER TABLE events ADD COLUMN IF NOT EXISTS foreign_regions VARCHAR[] DEFAULT [];
ALTER TABLE events ADD COLUMN IF NOT EXISTS officials VARCHAR[] DEFAULT [];
ALTER TABLE events ADD COLUMN IF NOT EXISTS region VARCHAR;
ALTER TABLE events ADD COLUMN IF NOT EXISTS year INTEGER;
ALTER TABLE events ADD COLUMN IF NOT EXISTS quarter INTEGER;
ALTER TABLE events ADD COLUMN IF NOT EXISTS period_label VARCHAR;
ALTER TABLE events ADD COLUMN IF NOT EXISTS file_name VARCHAR;
ALTER TABLE events ADD COLUMN IF NOT EXISTS sha256 VARCHAR;
ALTER TABLE events ADD COLUMN IF NOT EXISTS title_words VARCHAR[] DEFAULT [];
CREATE TABLE IF NOT EXISTS event_months (
    event_id VARCHAR NOT NULL,
    month    VARCHAR NOT NULL                     -- YYYY-MM
);
CREATE TABLE IF NOT EXISTS event_countries (
    event_id     VARCHAR NOT NULL,
    country_code VARCHAR NOT NULL,
    position     INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS event_regions (
    event_id     VARCHAR NOT NULL,
    region_name  VARCHAR NOT NULL,
    country_code VARCHAR,
    position     INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS event_officials (
    event_id VARCHAR NOT NULL,
    name     VARCHAR NOT NULL,
    role     VARCHAR,
    position INTEGER NOT NULL
);
-- Each list row carries its event's plain filter columns and merged flag (written at load time, the
-- flag by the duplicate step): an unfiltered or column-filtered count by country, month, foreign
-- region or official reads only its side table (14 ms at a million events against 480 ms for
-- unnesting every event's list).
ALTER TABLE event_months ADD COLUMN IF NOT EXISTS report_id VARCHAR;
ALTER TABLE event_countries ADD COLUMN IF NOT EXISTS report_id VARCHAR;
ALTER TABLE event_regions ADD COLUMN IF NOT EXISTS report_id VARCHAR;
ALTER TABLE event_officials ADD COLUMN IF NOT EXISTS report_id VARCHAR;
ALTER TABLE event_months ADD COLUMN IF NOT EXISTS region VARCHAR;
ALTER TABLE event_countries ADD COLUMN IF NOT EXISTS region VARCHAR;
ALTER TABLE event_regions ADD COLUMN IF NOT EXISTS region VARCHAR;
ALTER TABLE event_officials ADD COLUMN IF NOT EXISTS region VARCHAR;
ALTER TABLE event_months ADD COLUMN IF NOT EXISTS sector_key VARCHAR;
ALTER TABLE event_countries ADD COLUMN IF NOT EXISTS sector_key VARCHAR;
ALTER TABLE event_regions ADD COLUMN IF NOT EXISTS sector_key VARCHAR;
ALTER TABLE event_officials ADD COLUMN IF NOT EXISTS sector_key VARCHAR;
ALTER TABLE event_months ADD COLUMN IF NOT EXISTS format VARCHAR;
ALTER TABLE event_countries ADD COLUMN IF NOT EXISTS format VARCHAR;
ALTER TABLE event_regions ADD COLUMN IF NOT EXISTS format VARCHAR;
ALTER TABLE event_officials ADD COLUMN IF NOT EXISTS format VARCHAR;
ALTER TABLE event_months ADD COLUMN IF NOT EXISTS direction VARCHAR;
ALTER TABLE event_countries ADD COLUMN IF NOT EXISTS direction VARCHAR;
ALTER TABLE event_regions ADD COLUMN IF NOT EXISTS direction VARCHAR;
ALTER TABLE event_officials ADD COLUMN IF NOT EXISTS direction VARCHAR;
ALTER TABLE event_months ADD COLUMN IF NOT EXISTS event_type VARCHAR;
ALTER TABLE event_countries ADD COLUMN IF NOT EXISTS event_type VARCHAR;
ALTER TABLE event_regions ADD COLUMN IF NOT EXISTS event_type VARCHAR;
ALTER TABLE event_officials ADD COLUMN IF NOT EXISTS event_type VARCHAR;
ALTER TABLE event_countries ADD COLUMN IF NOT EXISTS attendance_total INTEGER;
ALTER TABLE event_countries ADD COLUMN IF NOT EXISTS attendance_lower_bound BOOLEAN;
ALTER TABLE event_officials ADD COLUMN IF NOT EXISTS n INTEGER;
ALTER TABLE event_months ADD COLUMN IF NOT EXISTS merged BOOLEAN DEFAULT FALSE;
ALTER TABLE event_countries ADD COLUMN IF NOT EXISTS merged BOOLEAN DEFAULT FALSE;
ALTER TABLE event_regions ADD COLUMN IF NOT EXISTS merged BOOLEAN DEFAULT FALSE;
ALTER TABLE event_officials ADD COLUMN IF NOT EXISTS merged BOOLEAN DEFAULT FALSE;
-- What the sidebar offers and how many events each value has (merged ones included, as before):
-- kept by each load (its report's counts added, a replaced report's taken away), so options() reads
-- a few hundred rows instead of grouping every event. field: regions | sectors | countries | formats |
-- directions | event_types | months | held.
CREATE TABLE IF NOT EXISTS option_counts (
    field   VARCHAR NOT NULL,
    value   VARCHAR NOT NULL,
    heading VARCHAR,                          -- a sector's heading as reported
    events  BIGINT NOT NULL,
    PRIMARY KEY (field, value)
);
-- Events counted by their plain filter columns (merged ones included; v_event_cube takes them away):
-- kept by each load like option_counts, so the header, the sector and format bars read ~2,000 rows
-- at a million events instead of every event. Measures are sums, so a report is added or taken away.
CREATE TABLE IF NOT EXISTS event_cube (
    region           VARCHAR NOT NULL,
    sector_key       VARCHAR NOT NULL,
    format           VARCHAR NOT NULL,
    direction        VARCHAR NOT NULL,
    event_type       VARCHAR NOT NULL,
    events           BIGINT NOT NULL,
    held             BIGINT NOT NULL,         -- dates touch the report's quarter (inside | partial)
    attendance       BIGINT NOT NULL,         -- sum of stated counts
    attendance_known BIGINT NOT NULL,         -- events with a count
    lower_bounds     BIGINT NOT NULL,         -- events whose count is a minimum
    signed           BIGINT NOT NULL,
    verbal           BIGINT NOT NULL,
    signed_held      BIGINT NOT NULL,
    verbal_held      BIGINT NOT NULL,
    PRIMARY KEY (region, sector_key, format, direction, event_type)
);
-- The search's inverted index: one row per word of an event's search_lemmas (the words between its
-- spaces, each once; etl/search.search_words), written with the event and deleted with its report —
-- O(report). A search term without spaces or LIKE wildcards matches `search_lemmas LIKE '% term %'`
-- exactly when it is one of these words, so a search reads the matching ids instead of ~550 bytes of
-- lemmas of every event (analytics/filters.py). Split by word into 32 tables (etl/search.word_table):
-- a look-up reads one of them. v_event_words (after the other views) is all of them. An event is
-- named by report_id and n (its event_id is report_id || ':' || n): 200 MB at a million events,
-- where the event_id itself took 800 MB (it compresses badly once the rows are split by word).
CREATE TABLE IF NOT EXISTS event_words_00 (word VARCHAR NOT NULL, report_id VARCHAR NOT NULL, n INTEGER NOT NULL, event_no INTEGER);
CREATE TABLE IF NOT EXISTS event_words_01 (word VARCHAR NOT NULL, report_id VARCHAR NOT NULL, n INTEGER NOT NULL, event_no INTEGER);
CREATE TABLE IF NOT EXISTS event_words_02 (word VARCHAR NOT NULL, report_id VARCHAR NOT NULL, n INTEGER NOT NULL, event_no INTEGER);
CREATE TABLE IF NOT EXISTS event_words_03 (word VARCHAR NOT NULL, report_id VARCHAR NOT NULL, n INTEGER NOT NULL, event_no INTEGER);
CREATE TABLE IF NOT EXISTS event_words_04 (word VARCHAR NOT NULL, report_id VARCHAR NOT NULL, n INTEGER NOT NULL, event_no INTEGER);
CREATE TABLE IF NOT EXISTS event_words_05 (word VARCHAR NOT NULL, report_id VARCHAR NOT NULL, n INTEGER NOT NULL, event_no INTEGER);
CREATE TABLE IF NOT EXISTS event_words_06 (word VARCHAR NOT NULL, report_id VARCHAR NOT NULL, n INTEGER NOT NULL, event_no INTEGER);
CREATE TABLE IF NOT EXISTS event_words_07 (word VARCHAR NOT NULL, report_id VARCHAR NOT NULL, n INTEGER NOT NULL, event_no INTEGER);
CREATE TABLE IF NOT EXISTS event_words_08 (word VARCHAR NOT NULL, report_id VARCHAR NOT NULL, n INTEGER NOT NULL, event_no INTEGER);
CREATE TABLE IF NOT EXISTS event_words_09 (word VARCHAR NOT NULL, report_id VARCHAR NOT NULL, n INTEGER NOT NULL, event_no INTEGER);
CREATE TABLE IF NOT EXISTS event_words_10 (word VARCHAR NOT NULL, report_id VARCHAR NOT NULL, n INTEGER NOT NULL, event_no INTEGER);
CREATE TABLE IF NOT EXISTS event_words_11 (word VARCHAR NOT NULL, report_id VARCHAR NOT NULL, n INTEGER NOT NULL, event_no INTEGER);
CREATE TABLE IF NOT EXISTS event_words_12 (word VARCHAR NOT NULL, report_id VARCHAR NOT NULL, n INTEGER NOT NULL, event_no INTEGER);
CREATE TABLE IF NOT EXISTS event_words_13 (word VARCHAR NOT NULL, report_id VARCHAR NOT NULL, n INTEGER NOT NULL, event_no INTEGER);
CREATE TABLE IF NOT EXISTS event_words_14 (word VARCHAR NOT NULL, report_id VARCHAR NOT NULL, n INTEGER NOT NULL, event_no INTEGER);
CREATE TABLE IF NOT EXISTS event_words_15 (word VARCHAR NOT NULL, report_id VARCHAR NOT NULL, n INTEGER NOT NULL, event_no INTEGER);
CREATE TABLE IF NOT EXISTS event_words_16 (word VARCHAR NOT NULL, report_id VARCHAR NOT NULL, n INTEGER NOT NULL, event_no INTEGER);
CREATE TABLE IF NOT EXISTS event_words_17 (word VARCHAR NOT NULL, report_id VARCHAR NOT NULL, n INTEGER NOT NULL, event_no INTEGER);
CREATE TABLE IF NOT EXISTS event_words_18 (word VARCHAR NOT NULL, report_id VARCHAR NOT NULL, n INTEGER NOT NULL, event_no INTEGER);
CREATE TABLE IF NOT EXISTS event_words_19 (word VARCHAR NOT NULL, report_id VARCHAR NOT NULL, n INTEGER NOT NULL, event_no INTEGER);
CREATE TABLE IF NOT EXISTS event_words_20 (word VARCHAR NOT NULL, report_id VARCHAR NOT NULL, n INTEGER NOT NULL, event_no INTEGER);
CREATE TABLE IF NOT EXISTS event_words_21 (word VARCHAR NOT NULL, report_id VARCHAR NOT NULL, n INTEGER NOT NULL, event_no INTEGER);
CREATE TABLE IF NOT EXISTS event_words_22 (word VARCHAR NOT NULL, report_id VARCHAR NOT NULL, n INTEGER NOT NULL, event_no INTEGER);
CREATE TABLE IF NOT EXISTS event_words_23 (word VARCHAR NOT NULL, report_id VARCHAR NOT NULL, n INTEGER NOT NULL, event_no INTEGER);
CREATE TABLE IF NOT EXISTS event_words_24 (word VARCHAR NOT NULL, report_id VARCHAR NOT NULL, n INTEGER NOT NULL, event_no INTEGER);
CREATE TABLE IF NOT EXISTS event_words_25 (word VARCHAR NOT NULL, report_id VARCHAR NOT NULL, n INTEGER NOT NULL, event_no INTEGER);
CREATE TABLE IF NOT EXISTS event_words_26 (word VARCHAR NOT NULL, report_id VARCHAR NOT NULL, n INTEGER NOT NULL, event_no INTEGER);
CREATE TABLE IF NOT EXISTS event_words_27 (word VARCHAR NOT NULL, report_id VARCHAR NOT NULL, n INTEGER NOT NULL, event_no INTEGER);
CREATE TABLE IF NOT EXISTS event_words_28 (word VARCHAR NOT NULL, report_id VARCHAR NOT NULL, n INTEGER NOT NULL, event_no INTEGER);
CREATE TABLE IF NOT EXISTS event_words_29 (word VARCHAR NOT NULL, report_id VARCHAR NOT NULL, n INTEGER NOT NULL, event_no INTEGER);
CREATE TABLE IF NOT EXISTS event_words_30 (word VARCHAR NOT NULL, report_id VARCHAR NOT NULL, n INTEGER NOT NULL, event_no INTEGER);
CREATE TABLE IF NOT EXISTS event_words_31 (word VARCHAR NOT NULL, report_id VARCHAR NOT NULL, n INTEGER NOT NULL, event_no INTEGER);
-- The index's rows name their event's event_no too (below: reports.event_base + n), which is what a search
-- reads: one increasing integer per row instead of a report id to decompress and join (etl/load.py
-- re-fills an index from before it once).
ALTER TABLE event_words_00 ADD COLUMN IF NOT EXISTS event_no INTEGER;
ALTER TABLE event_words_01 ADD COLUMN IF NOT EXISTS event_no INTEGER;
ALTER TABLE event_words_02 ADD COLUMN IF NOT EXISTS event_no INTEGER;
ALTER TABLE event_words_03 ADD COLUMN IF NOT EXISTS event_no INTEGER;
ALTER TABLE event_words_04 ADD COLUMN IF NOT EXISTS event_no INTEGER;
ALTER TABLE event_words_05 ADD COLUMN IF NOT EXISTS event_no INTEGER;
ALTER TABLE event_words_06 ADD COLUMN IF NOT EXISTS event_no INTEGER;
ALTER TABLE event_words_07 ADD COLUMN IF NOT EXISTS event_no INTEGER;
ALTER TABLE event_words_08 ADD COLUMN IF NOT EXISTS event_no INTEGER;
ALTER TABLE event_words_09 ADD COLUMN IF NOT EXISTS event_no INTEGER;
ALTER TABLE event_words_10 ADD COLUMN IF NOT EXISTS event_no INTEGER;
ALTER TABLE event_words_11 ADD COLUMN IF NOT EXISTS event_no INTEGER;
ALTER TABLE event_words_12 ADD COLUMN IF NOT EXISTS event_no INTEGER;
ALTER TABLE event_words_13 ADD COLUMN IF NOT EXISTS event_no INTEGER;
ALTER TABLE event_words_14 ADD COLUMN IF NOT EXISTS event_no INTEGER;
ALTER TABLE event_words_15 ADD COLUMN IF NOT EXISTS event_no INTEGER;
ALTER TABLE event_words_16 ADD COLUMN IF NOT EXISTS event_no INTEGER;
ALTER TABLE event_words_17 ADD COLUMN IF NOT EXISTS event_no INTEGER;
ALTER TABLE event_words_18 ADD COLUMN IF NOT EXISTS event_no INTEGER;
ALTER TABLE event_words_19 ADD COLUMN IF NOT EXISTS event_no INTEGER;
ALTER TABLE event_words_20 ADD COLUMN IF NOT EXISTS event_no INTEGER;
ALTER TABLE event_words_21 ADD COLUMN IF NOT EXISTS event_no INTEGER;
ALTER TABLE event_words_22 ADD COLUMN IF NOT EXISTS event_no INTEGER;
ALTER TABLE event_words_23 ADD COLUMN IF NOT EXISTS event_no INTEGER;
ALTER TABLE event_words_24 ADD COLUMN IF NOT EXISTS event_no INTEGER;
ALTER TABLE event_words_25 ADD COLUMN IF NOT EXISTS event_no INTEGER;
ALTER TABLE event_words_26 ADD COLUMN IF NOT EXISTS event_no INTEGER;
ALTER TABLE event_words_27 ADD COLUMN IF NOT EXISTS event_no INTEGER;
ALTER TABLE event_words_28 ADD COLUMN IF NOT EXISTS event_no INTEGER;
ALTER TABLE event_words_29 ADD COLUMN IF NOT EXISTS event_no INTEGER;
ALTER TABLE event_words_30 ADD COLUMN IF NOT EXISTS event_no INTEGER;
ALTER TABLE event_words_31 ADD COLUMN IF NOT EXISTS event_no INTEGER;
-- Organisations named in the reports (etl/organisations.py). One row per alias key: spellings of
-- one organisation in any case, with or without quotes and contractions, meet here.
CREATE TABLE IF NOT EXISTS organisations (
    org_key     VARCHAR PRIMARY KEY,          -- organisations.alias_key(name): «витебский областной исполнительный комитет»
    name        VARCHAR NOT NULL,             -- canonical, nominative, without legal form
    legal_form  VARCHAR,                      -- ОАО, РУП, ОГБУК … as written
    country     VARCHAR,                      -- ISO alpha-2
    kind        VARCHAR NOT NULL,             -- executive | legislature | education | culture | enterprise |
                                              -- association | diplomatic | international | other
    home_region VARCHAR                       -- the reporting region whose own institution it is, else NULL
);
-- Which organisation took part in which event, and how; carries its event's filter columns like
-- the other side tables, so a count by organisation never reads every event.
CREATE TABLE IF NOT EXISTS event_organisations (
    event_id    VARCHAR NOT NULL,
    org_key     VARCHAR NOT NULL,
    role        VARCHAR NOT NULL,             -- counterpart (of an agreement) | host | participant
    side        VARCHAR NOT NULL,             -- home | foreign | domestic (elsewhere in Russia)
    position    INTEGER NOT NULL,
    surface     VARCHAR NOT NULL,             -- as written in the report
    report_id   VARCHAR,
    region      VARCHAR,
    sector_key  VARCHAR,
    format      VARCHAR,
    direction   VARCHAR,
    event_type  VARCHAR,
    merged      BOOLEAN DEFAULT FALSE
);
CREATE TABLE IF NOT EXISTS parse_issues (
    report_id VARCHAR NOT NULL,
    file_name VARCHAR NOT NULL,
    n         INTEGER,
    field     VARCHAR NOT NULL,
    raw_text  VARCHAR,
    message   VARCHAR NOT NULL,
    severity  VARCHAR NOT NULL
);
CREATE TABLE IF NOT EXISTS loads (
    load_id             VARCHAR PRIMARY KEY,
    file_name           VARCHAR NOT NULL,
    sha256              VARCHAR,
    status              VARCHAR NOT NULL,     -- loaded | replaced | unchanged | failed
    message             VARCHAR,
    replaced_report_id  VARCHAR,
    started_at          TIMESTAMP NOT NULL,
    finished_at         TIMESTAMP
);
CREATE TABLE IF NOT EXISTS corrections (
    id          VARCHAR PRIMARY KEY,
    region      VARCHAR NOT NULL,
    year        INTEGER NOT NULL,
    quarter     INTEGER NOT NULL,
    n           INTEGER NOT NULL,
    field       VARCHAR NOT NULL,
    value_json  VARCHAR,
    author      VARCHAR NOT NULL,
    reason      VARCHAR NOT NULL,
    created_at  VARCHAR NOT NULL,
    status      VARCHAR NOT NULL              -- applied | stale (raw text changed) | orphan | pending
);
CREATE TABLE IF NOT EXISTS duplicate_decisions (
    id         VARCHAR PRIMARY KEY,
    first_key  VARCHAR NOT NULL,
    second_key VARCHAR NOT NULL,
    decision   VARCHAR NOT NULL,              -- merge | keep
    author     VARCHAR NOT NULL,
    reason     VARCHAR,
    created_at VARCHAR NOT NULL,
    first_event_id  VARCHAR,
    second_event_id VARCHAR,
    status     VARCHAR NOT NULL               -- applied | stale
);
-- Likely duplicates (etl/candidates.py), added when a report is loaded: its events against the
-- events whose dates overlap them. Merged or decided pairs stay here; the query layer leaves them out.
CREATE TABLE IF NOT EXISTS duplicate_candidates (
    first_event_id  VARCHAR NOT NULL,         -- the earlier event (start date, then id)
    second_event_id VARCHAR NOT NULL,
    score           DOUBLE NOT NULL,          -- title agreement 0…1 (etl/duplicates.title_agreement / 100)
    same_dates      BOOLEAN NOT NULL,
    same_venue      BOOLEAN NOT NULL,
    reason          VARCHAR NOT NULL          -- «те же даты, названия совпадают на 94 %, то же место и те же партнёры»
);
CREATE TABLE IF NOT EXISTS countries (
    code    VARCHAR PRIMARY KEY,
    alpha3  VARCHAR,
    name_ru VARCHAR NOT NULL,
    name_en VARCHAR NOT NULL
);
CREATE TABLE IF NOT EXISTS foreign_region_ref (
    name    VARCHAR PRIMARY KEY,
    country VARCHAR NOT NULL,
    lat     DOUBLE,
    lon     DOUBLE
);

-- The partner, region and official lists and the report's region and period are columns of events
-- (written at load time): per-row subqueries and a join to reports here made every count over a
-- million events take seconds.
CREATE OR REPLACE VIEW v_events_all AS
SELECT * FROM events;

-- What every chart counts: an event merged into another is counted once, under the one it joined.
CREATE OR REPLACE VIEW v_events AS
SELECT * FROM v_events_all WHERE duplicate_of IS NULL;

CREATE OR REPLACE VIEW v_event_countries AS
SELECT c.event_id, c.country_code, k.alpha3, k.name_ru, k.name_en, c.position
FROM event_countries c LEFT JOIN countries k ON k.code = c.country_code;

CREATE OR REPLACE VIEW v_event_regions AS
SELECT x.event_id, x.region_name, x.country_code, f.lat, f.lon
FROM event_regions x LEFT JOIN foreign_region_ref f ON f.name = x.region_name;

CREATE OR REPLACE VIEW v_agreements AS
SELECT event_id, report_id, n, title, sector, sector_key, start_date, agreement, agreement_text,
       partner_countries, period_label
FROM v_events WHERE agreement IS NOT NULL;

CREATE OR REPLACE VIEW v_parse_issues AS
SELECT p.*, r.region, r.period_label FROM parse_issues p LEFT JOIN reports r USING (report_id);

-- The cube without merged events: their own rows, counted negatively (there are few of them).
CREATE OR REPLACE VIEW v_event_cube AS
SELECT region, sector_key, format, direction, event_type, events, held, attendance, attendance_known,
       lower_bounds, signed, verbal, signed_held, verbal_held
FROM event_cube
UNION ALL
SELECT region, sector_key, format, direction, event_type, -count(*),
       -count(*) FILTER (WHERE quarter_position IN ('inside', 'partial')),
       -coalesce(sum(attendance_total), 0), -count(attendance_total),
       -count(*) FILTER (WHERE attendance_lower_bound AND attendance_total IS NOT NULL),
       -count(*) FILTER (WHERE agreement = 'signed'), -count(*) FILTER (WHERE agreement = 'verbal'),
       -count(*) FILTER (WHERE agreement = 'signed' AND quarter_position IN ('inside', 'partial')),
       -count(*) FILTER (WHERE agreement = 'verbal' AND quarter_position IN ('inside', 'partial'))
FROM events WHERE duplicate_of IS NOT NULL GROUP BY ALL;

-- Every word of the search's index (its 32 tables), for checks and deletions.
CREATE OR REPLACE VIEW v_event_words AS
SELECT * FROM event_words_00
UNION ALL SELECT * FROM event_words_01
UNION ALL SELECT * FROM event_words_02
UNION ALL SELECT * FROM event_words_03
UNION ALL SELECT * FROM event_words_04
UNION ALL SELECT * FROM event_words_05
UNION ALL SELECT * FROM event_words_06
UNION ALL SELECT * FROM event_words_07
UNION ALL SELECT * FROM event_words_08
UNION ALL SELECT * FROM event_words_09
UNION ALL SELECT * FROM event_words_10
UNION ALL SELECT * FROM event_words_11
UNION ALL SELECT * FROM event_words_12
UNION ALL SELECT * FROM event_words_13
UNION ALL SELECT * FROM event_words_14
UNION ALL SELECT * FROM event_words_15
UNION ALL SELECT * FROM event_words_16
UNION ALL SELECT * FROM event_words_17
UNION ALL SELECT * FROM event_words_18
UNION ALL SELECT * FROM event_words_19
UNION ALL SELECT * FROM event_words_20
UNION ALL SELECT * FROM event_words_21
UNION ALL SELECT * FROM event_words_22
UNION ALL SELECT * FROM event_words_23
UNION ALL SELECT * FROM event_words_24
UNION ALL SELECT * FROM event_words_25
UNION ALL SELECT * FROM event_words_26
UNION ALL SELECT * FROM event_words_27
UNION ALL SELECT * FROM event_words_28
UNION ALL SELECT * FROM event_words_29
UNION ALL SELECT * FROM event_words_30
UNION ALL SELECT * FROM event_words_31;

-- What the «Организации» page needs from a link's event, carried so its queries read the links alone
-- (a million events: ranked/first-last contact/years/agreements without joining events).
ALTER TABLE event_organisations ADD COLUMN IF NOT EXISTS event_start DATE;
ALTER TABLE event_organisations ADD COLUMN IF NOT EXISTS event_end DATE;
ALTER TABLE event_organisations ADD COLUMN IF NOT EXISTS event_year INTEGER;     -- its first date's, else its report's
ALTER TABLE event_organisations ADD COLUMN IF NOT EXISTS event_quarter INTEGER;
ALTER TABLE event_organisations ADD COLUMN IF NOT EXISTS event_agreement VARCHAR;  -- signed | verbal | NULL
ALTER TABLE event_organisations ADD COLUMN IF NOT EXISTS event_n INTEGER;         -- its event's number
ALTER TABLE event_organisations ADD COLUMN IF NOT EXISTS joint BOOLEAN;           -- its event names both a home and a foreign organisation
-- its event's partner countries and months (the events' own lists): a country, quarter or month filter
-- tests the link itself (list_contains ~15 ms at a million events, a semi-join on event_countries ~100 ms)
ALTER TABLE event_organisations ADD COLUMN IF NOT EXISTS partner_countries VARCHAR[];
ALTER TABLE event_organisations ADD COLUMN IF NOT EXISTS months VARCHAR[];

-- One row per (event, our institution, foreign organisation) named together: the network view's
-- edges counted by a scan instead of pairing a million events' links. Carries the links' filter columns.
CREATE TABLE IF NOT EXISTS event_org_pairs (
    event_id          VARCHAR NOT NULL,
    home_key          VARCHAR NOT NULL,
    foreign_key       VARCHAR NOT NULL,
    report_id         VARCHAR,
    region            VARCHAR,
    sector_key        VARCHAR,
    format            VARCHAR,
    direction         VARCHAR,
    event_type        VARCHAR,
    merged            BOOLEAN DEFAULT FALSE,
    partner_countries VARCHAR[],
    months            VARCHAR[]
);

-- A country, quarter or month filter read on the list side tables: each row carries its event's
-- partner countries and months (as event_organisations does), so counts by country, month, foreign
-- region or official under such a filter scan the side table (list_contains over a million rows,
-- ~12 ms) instead of filtering every event and unnesting its lists. event_countries also carries what
-- the header counts: under a country filter an event is its row for the first country it matches.
ALTER TABLE event_months ADD COLUMN IF NOT EXISTS partner_countries VARCHAR[];
ALTER TABLE event_countries ADD COLUMN IF NOT EXISTS partner_countries VARCHAR[];
ALTER TABLE event_regions ADD COLUMN IF NOT EXISTS partner_countries VARCHAR[];
ALTER TABLE event_officials ADD COLUMN IF NOT EXISTS partner_countries VARCHAR[];
ALTER TABLE event_months ADD COLUMN IF NOT EXISTS months VARCHAR[];
ALTER TABLE event_countries ADD COLUMN IF NOT EXISTS months VARCHAR[];
ALTER TABLE event_regions ADD COLUMN IF NOT EXISTS months VARCHAR[];
ALTER TABLE event_officials ADD COLUMN IF NOT EXISTS months VARCHAR[];
ALTER TABLE event_countries ADD COLUMN IF NOT EXISTS quarter_position VARCHAR;
ALTER TABLE event_countries ADD COLUMN IF NOT EXISTS agreement VARCHAR;

-- Dense event numbers for the search: an event's event_no is its report's event_base + n (a load
-- gives a new report the numbers after the largest in use; the word index's rows carry it too). A
-- search joins the events on this one integer of a narrow range: DuckDB then filters the scan itself
-- (a perfect hash filter), ~10 ms at a million events against ~50–90 ms hashing every event's id.
ALTER TABLE reports ADD COLUMN IF NOT EXISTS event_base INTEGER;
ALTER TABLE events ADD COLUMN IF NOT EXISTS event_no INTEGER;

-- The «Качество данных» page's per-report tables, kept by each load (written with the report, deleted
-- with it: O(report)), so its fill rates and kinds of problems read ~13k and ~52k rows at a million
-- events instead of grouping every event (~380 ms) and every problem (~100–600 ms). report_fill: per
-- report, its events and how many have each field filled (etl/load.FILL_CHECKS); issue_kinds: per
-- report, field, severity and message, how many problems.
CREATE TABLE IF NOT EXISTS report_fill (
    report_id          VARCHAR NOT NULL,
    events             BIGINT NOT NULL,
    dates              BIGINT NOT NULL,
    venue_city         BIGINT NOT NULL,
    partner_countries  BIGINT NOT NULL,
    foreign_regions    BIGINT NOT NULL,
    attendance_total   BIGINT NOT NULL,
    attendance_foreign BIGINT NOT NULL,
    agreement          BIGINT NOT NULL,
    officials          BIGINT NOT NULL
);
CREATE TABLE IF NOT EXISTS issue_kinds (
    report_id VARCHAR NOT NULL,
    field     VARCHAR NOT NULL,
    severity  VARCHAR NOT NULL,
    message   VARCHAR NOT NULL,
    problems  BIGINT NOT NULL
);

-- Every side row names its event's event_no too: a search (the word index's numbers) is then tested on
-- the side table itself, so counts by country, month, region, official or organisation under a search
-- read the side table with DuckDB's filter inside the scan instead of joining a million text ids.
ALTER TABLE event_months ADD COLUMN IF NOT EXISTS event_no INTEGER;
ALTER TABLE event_countries ADD COLUMN IF NOT EXISTS event_no INTEGER;
ALTER TABLE event_regions ADD COLUMN IF NOT EXISTS event_no INTEGER;
ALTER TABLE event_officials ADD COLUMN IF NOT EXISTS event_no INTEGER;
ALTER TABLE event_organisations ADD COLUMN IF NOT EXISTS event_no INTEGER;
ALTER TABLE event_org_pairs ADD COLUMN IF NOT EXISTS event_no INTEGER;

-- Per report and sector: events and their summed attendance (merged events included; the query layer
-- takes them away, as v_event_cube does), kept by each load with report_fill — written with the report,
-- deleted with it: O(report). queries.events_by_period reads ~160k rows at a million events instead of
-- grouping every event by report and sector (~200 ms) and joining reports (~20 ms).
CREATE TABLE IF NOT EXISTS report_sectors (
    report_id    VARCHAR NOT NULL,
    region       VARCHAR,                   -- the report's region and period, as events carry them
    year         INTEGER,
    quarter      INTEGER,
    period_label VARCHAR,
    sector_key   VARCHAR NOT NULL,
    events     BIGINT NOT NULL,
    attendance BIGINT NOT NULL
);

-- The network view's unfiltered counts, kept by each load like event_cube (merged links included;
-- v_org_joint_counts and v_org_pair_counts take them away): per organisation and side, its joint links
-- (analytics.organisations.network's nodes), and per (our institution, foreign organisation) their
-- pairs (its edges). A report's rows are added at load and taken away at delete: O(report). At a
-- million SYNTHETIC events ~540 and ~1,700 rows stand for 971k joint links and 802k pairs, whose
-- grouping took ~40 of the unfiltered network's ~50 ms. A count that falls to 0 keeps its row.
CREATE TABLE IF NOT EXISTS org_joint_counts (
    org_key VARCHAR NOT NULL,
    side    VARCHAR NOT NULL,                 -- home | foreign
    events  BIGINT NOT NULL,                  -- joint links (count(*) of event_organisations rows)
    PRIMARY KEY (org_key, side)
);
CREATE TABLE IF NOT EXISTS org_pair_counts (
    home_key    VARCHAR NOT NULL,
    foreign_key VARCHAR NOT NULL,
    events      BIGINT NOT NULL,              -- event_org_pairs rows
    PRIMARY KEY (home_key, foreign_key)
);
-- Without merged links (few; their rows counted negatively, as v_event_cube does). A link whose
-- `merged` is NULL counts as merged, as the queries' `NOT s.merged` leaves it out.
CREATE OR REPLACE VIEW v_org_joint_counts AS
SELECT org_key, side, events FROM org_joint_counts
UNION ALL
SELECT org_key, side, -count(*) FROM event_organisations
WHERE merged IS NOT FALSE AND joint AND side IN ('home', 'foreign') GROUP BY ALL;
CREATE OR REPLACE VIEW v_org_pair_counts AS
SELECT home_key, foreign_key, events FROM org_pair_counts
UNION ALL
SELECT home_key, foreign_key, -count(*) FROM event_org_pairs WHERE merged IS NOT FALSE GROUP BY ALL;

-- The unfiltered dossier's officials, kept by each load like org_pair_counts (merged events included;
-- v_org_official_counts takes them away): per organisation, official and role, the (link, official)
-- rows of their events — the dossier counts an official's rows among the organisation's events, and
-- shows the least role. A role may be NULL: it is kept as '' with has_role false (a key holds no NULL).
-- At a million SYNTHETIC events ~2,900 rows stand for grouping 426k officials' rows per dossier
-- (~10 of the largest partner's ~70 ms). A count that falls to 0 keeps its row.
CREATE TABLE IF NOT EXISTS org_official_counts (
    org_key  VARCHAR NOT NULL,
    name     VARCHAR NOT NULL,
    role     VARCHAR NOT NULL,                -- '' when has_role is false
    has_role BOOLEAN NOT NULL,
    events   BIGINT NOT NULL,                 -- rows of event_officials in the organisation's events
    PRIMARY KEY (org_key, name, role, has_role)
);
-- A merge marks a link and its event's officials alike (etl/load.py:_write_marks): the rows of merged
-- events are those of a merged link and a merged official of one event.
CREATE OR REPLACE VIEW v_org_official_counts AS
SELECT org_key, name, role, has_role, events FROM org_official_counts
UNION ALL
SELECT l.org_key, x.name, coalesce(x.role, ''), x.role IS NOT NULL, -count(*)
FROM (SELECT org_key, event_id FROM event_organisations WHERE merged IS NOT FALSE) l
JOIN (SELECT name, role, event_id FROM event_officials WHERE merged IS NOT FALSE) x ON x.event_id = l.event_id
GROUP BY ALL;

-- Per report: its events with the most participants (at most etl/load.py:TOP_PER_REPORT, in the order
-- attendance_total DESC, n), merged ones included — written with the report, deleted with it: O(report).
-- Every event of the unfiltered top N ≤ that many is among its own report's top N, so
-- queries.biggest_events picks it from ~130k rows at a million events instead of reading every event's
-- count and the text ids of the ~2,800 SYNTHETIC events tied at the tenth count (12.8 of its ~17 ms);
-- a report with a merged event is read from the events instead (a merge moves no row of this table).
CREATE TABLE IF NOT EXISTS report_top_attendance (
    report_id        VARCHAR NOT NULL,
    event_id         VARCHAR NOT NULL,
    n                INTEGER NOT NULL,
    attendance_total INTEGER NOT NULL
);

-- The whole database's events with the most participants: the first etl/load.py:TOP_WHOLE (100) rows of
-- report_top_attendance in the order attendance_total DESC, n, event_id (merged ones included), kept
-- from that table at each load — a new report's rows merged in, a deleted report's taken away and the
-- table refilled from report_top_attendance: O(reports), never O(events). queries.biggest_events then
-- picks the unfiltered top from 100 rows instead of ~130k (7–10 ms at a million events); a report
-- with a merged event is read from the events, as for report_top_attendance, and when fewer than
-- the asked top are left among the others, each report's rows are read instead. The rows carry the
-- columns queries.biggest_events shows, copied from the events: when no event of report_top_attendance
-- is merged the unfiltered top is read here whole — reading 10 events' columns by id from a million took
-- ~5–9 of its ~12 ms CPU.
CREATE TABLE IF NOT EXISTS top_attendance (
    report_id        VARCHAR NOT NULL,
    event_id         VARCHAR NOT NULL,
    n                INTEGER NOT NULL,
    attendance_total INTEGER NOT NULL,
    title                  VARCHAR,
    sector_key             VARCHAR,
    start_date             DATE,
    end_date               DATE,
    attendance_lower_bound BOOLEAN,
    attendance_foreign     INTEGER,
    attendance_online      INTEGER,
    format                 VARCHAR,
    partner_countries      VARCHAR[]
);
-- A database from before the shown columns gets them (etl/load.py:connect_writable refills the rows).
ALTER TABLE top_attendance ADD COLUMN IF NOT EXISTS title VARCHAR;
ALTER TABLE top_attendance ADD COLUMN IF NOT EXISTS sector_key VARCHAR;
ALTER TABLE top_attendance ADD COLUMN IF NOT EXISTS start_date DATE;
ALTER TABLE top_attendance ADD COLUMN IF NOT EXISTS end_date DATE;
ALTER TABLE top_attendance ADD COLUMN IF NOT EXISTS attendance_lower_bound BOOLEAN;
ALTER TABLE top_attendance ADD COLUMN IF NOT EXISTS attendance_foreign INTEGER;
ALTER TABLE top_attendance ADD COLUMN IF NOT EXISTS attendance_online INTEGER;
ALTER TABLE top_attendance ADD COLUMN IF NOT EXISTS format VARCHAR;
ALTER TABLE top_attendance ADD COLUMN IF NOT EXISTS partner_countries VARCHAR[];

-- Per report: its events stating how many foreigners took part, at most etl/load.py:FOREIGN_WHOLE (200) of
-- them in the order attendance_foreign DESC, n, event_id, merged ones included — written with the report,
-- deleted with it: O(report). Every event of the whole database's first FOREIGN_WHOLE is among its own
-- report's, so top_foreign is refilled from these rows (~140k at a million events), never the events.
CREATE TABLE IF NOT EXISTS report_top_foreign (
    report_id          VARCHAR NOT NULL,
    event_id           VARCHAR NOT NULL,
    n                  INTEGER NOT NULL,
    attendance_foreign INTEGER NOT NULL
);

-- The whole database's events with the most foreign participants: the first etl/load.py:FOREIGN_WHOLE rows
-- of report_top_foreign in that order (merged ones included), with the columns the page shows
-- (page_queries.foreign_participants_top) copied from the events — a new report's rows merged in at its
-- load, the table refilled from report_top_foreign (and those rows' columns from the events) when a
-- deleted report had rows in it. The unfiltered page reads its top here, leaving out the merged events,
-- when the rows left are at least the page's or every stating event is kept; else it reads the events:
-- picking 100 of ~140k stating events out of a million, then reading their columns by id, took ~35 of
-- its ~50 ms CPU at a million events.
CREATE TABLE IF NOT EXISTS top_foreign (
    report_id              VARCHAR NOT NULL,
    event_id               VARCHAR NOT NULL,
    n                      INTEGER NOT NULL,
    title                  VARCHAR NOT NULL,
    sector_key             VARCHAR NOT NULL,
    start_date             DATE,
    end_date               DATE,
    attendance_foreign     INTEGER NOT NULL,
    attendance_total       INTEGER,
    attendance_lower_bound BOOLEAN NOT NULL,
    partner_countries      VARCHAR[] NOT NULL
);
-- Per report: its events with an agreement, at most etl/load.py:AGREEMENT_WHOLE (200) of each kind (signed,
-- verbal) in the order start_date DESC NULLS FIRST, n DESC, event_id, merged ones included — written with
-- the report, deleted with it: O(report), like report_top_foreign.
CREATE TABLE IF NOT EXISTS report_top_agreements (
    report_id  VARCHAR NOT NULL,
    event_id   VARCHAR NOT NULL,
    n          INTEGER NOT NULL,
    start_date DATE,
    agreement  VARCHAR NOT NULL
);

-- The whole database's latest events with an agreement: the first etl/load.py:AGREEMENT_WHOLE rows of each
-- kind of report_top_agreements in that order (merged ones included), with the columns the Соглашения page's list
-- shows (page_queries.agreements_latest) copied from the events, kept as top_foreign is. The unfiltered
-- list reads its rows here, leaving out the merged events and the kinds not asked, when of each asked kind
-- the rows left are at least the list's or every event of that kind is kept; else it reads the events: the latest 20
-- signed of ~26k out of a million, with their texts and lists carried through the sort, took ~8 of its
-- ~10 ms.
CREATE TABLE IF NOT EXISTS top_agreements (
    report_id         VARCHAR NOT NULL,
    event_id          VARCHAR NOT NULL,
    n                 INTEGER NOT NULL,
    title             VARCHAR NOT NULL,
    start_date        DATE,
    end_date          DATE,
    sector_key        VARCHAR NOT NULL,
    agreement         VARCHAR NOT NULL,
    agreement_text    VARCHAR,
    partner_countries VARCHAR[] NOT NULL,
    period_label      VARCHAR,
    quarter_position  VARCHAR
);
-- Which schema.sql last shaped this file, and the shape it left (every column and index, hashed):
-- a load whose schema.sql and the file's shape are both unchanged skips the CREATE/ALTER statements
-- and the migration checks (etl/load.py connect_writable), ~0.3 s of every load.
CREATE TABLE IF NOT EXISTS schema_state (schema_digest VARCHAR NOT NULL, shape VARCHAR NOT NULL);
