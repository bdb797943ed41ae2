-- CareShift project file: schema version 3 to 4.
-- Outcomes for the five patient groups (docs/outcomes.md): peer
-- commissioners, outcome metrics with their peers' values, the board's
-- weights, and the interventions' effects on metrics. A version-3 file has
-- none: its results are unchanged.

CREATE TABLE peer (
    position  INTEGER NOT NULL,
    id        TEXT PRIMARY KEY NOT NULL,
    name      TEXT NOT NULL,
    benchmark INTEGER NOT NULL,      -- 0 or 1: shown, not ranked (England)
    source    TEXT NOT NULL
);

CREATE TABLE metric (
    position        INTEGER NOT NULL,
    id              TEXT PRIMARY KEY NOT NULL,
    name            TEXT NOT NULL,
    group_key       TEXT NOT NULL,   -- older, ltc, mh, mothers_children, healthy
    lens            TEXT NOT NULL,   -- access, quality, prevention
    unit            TEXT NOT NULL,   -- percent, ratio, per1000, per100k, number
    direction       TEXT NOT NULL,   -- higher, lower (is better)
    base_value      REAL NOT NULL,   -- in the unit; a percent as a fraction
    trend           TEXT NOT NULL,   -- JSON array, relative change per year
    weight          REAL NOT NULL,
    rag             TEXT NOT NULL,   -- peers, thresholds, none
    red_threshold   REAL NOT NULL,
    green_threshold REAL NOT NULL,
    basis           TEXT NOT NULL,   -- typed, emergency_admissions, bed_days
    source          TEXT NOT NULL
);

CREATE TABLE metric_peer_value (
    metric_id TEXT NOT NULL,
    position  INTEGER NOT NULL,
    peer_id   TEXT NOT NULL,
    value     REAL NOT NULL,         -- in the metric's unit, base year
    PRIMARY KEY (metric_id, position)
);

CREATE TABLE outcome_weights (
    position   INTEGER NOT NULL,
    group_key  TEXT NOT NULL,
    weight     REAL NOT NULL,        -- the group's weight overall
    access     REAL NOT NULL,        -- each lens's weight within the group
    quality    REAL NOT NULL,
    prevention REAL NOT NULL,
    source     TEXT NOT NULL
);

CREATE TABLE intervention_metric_effect (
    intervention_id TEXT NOT NULL,
    position        INTEGER NOT NULL,
    metric_id       TEXT NOT NULL,
    mode            TEXT NOT NULL,   -- relative, absolute
    change          REAL NOT NULL,   -- relative: fraction; absolute: the metric's unit
    source          TEXT NOT NULL,
    PRIMARY KEY (intervention_id, position)
);
