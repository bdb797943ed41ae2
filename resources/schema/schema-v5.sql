-- CareShift project file, schema version 5 (PRAGMA user_version = 5).
-- PRAGMA application_id = 1129531462 (0x43534846, "CSHF") marks the file as CareShift's.
--
-- One project per file. Lists keep their order in `position` (0-based).
-- Per-year series (growth, uplift, ramp-up) are JSON arrays of numbers in TEXT
-- columns: entry u applies from year u to u+1 and the last carries forward.
-- Money is base-year pounds; rates are fractions. Nothing that can be
-- recomputed from these tables is stored. Documented in docs/file-format.md.

CREATE TABLE metadata (
    key   TEXT PRIMARY KEY NOT NULL,   -- created, modified, author, app_version
    value TEXT NOT NULL
);

CREATE TABLE commissioner (
    id        INTEGER PRIMARY KEY CHECK (id = 1),
    name      TEXT NOT NULL,
    code      TEXT NOT NULL,
    base_year INTEGER NOT NULL,        -- first calendar year of the base financial year
    source    TEXT NOT NULL
);

CREATE TABLE assumptions (
    id             INTEGER PRIMARY KEY CHECK (id = 1),
    horizon        INTEGER NOT NULL,   -- years, 1-20
    discount_rate  REAL NOT NULL,      -- per year
    qaly_threshold REAL NOT NULL,      -- pounds per QALY
    price_uplift   TEXT NOT NULL,      -- JSON array, per year
    cost_uplift    TEXT NOT NULL,      -- JSON array, per year: intervention costs
    reinvest_withheld INTEGER NOT NULL, -- 1: money withheld (marginal rate, readmissions) is spent
    source         TEXT NOT NULL
);

CREATE TABLE population (
    position   INTEGER NOT NULL,
    group_key  TEXT PRIMARY KEY NOT NULL,  -- older, ltc, mh, mothers_children, healthy
    base_count REAL NOT NULL,
    growth     TEXT NOT NULL,              -- JSON array, per year
    source     TEXT NOT NULL
);

CREATE TABLE provider (
    position INTEGER NOT NULL,
    id       TEXT PRIMARY KEY NOT NULL,
    name     TEXT NOT NULL,
    mff      REAL NOT NULL,
    variable_cost_share   REAL NOT NULL,
    semi_fixed_cost_share REAL NOT NULL,
    ward_beds             REAL NOT NULL,
    ward_occupancy        REAL NOT NULL,
    baseline_margin       REAL NOT NULL,
    source   TEXT NOT NULL
);

CREATE TABLE contract (
    position                 INTEGER NOT NULL,
    id                       TEXT PRIMARY KEY NOT NULL,
    name                     TEXT NOT NULL,
    provider_id              TEXT NOT NULL,
    regime                   TEXT NOT NULL,  -- custom, national, pbr_2016, ... (engine/regime.h)
    change_year              INTEGER NOT NULL, -- 0 = no change
    later_regime             TEXT NOT NULL,
    mechanism                TEXT NOT NULL,  -- activity, block, blended, capitated, blended_emergency, aligned_payment
    cquin_rate               REAL NOT NULL,
    nel_threshold            REAL NOT NULL,
    nel_marginal_rate        REAL NOT NULL,
    unpaid_readmission_share REAL NOT NULL,
    bpt_top_up               REAL NOT NULL,
    bpt_compliant_share      REAL NOT NULL,
    fixed_value              REAL NOT NULL,
    fixed_from_plan          INTEGER NOT NULL,
    variable_rate            REAL NOT NULL,
    elective_variable_rate   REAL NOT NULL,
    low_volume_threshold     REAL NOT NULL,
    capitation_per_head      REAL NOT NULL,
    risk_share               REAL NOT NULL,
    source                   TEXT NOT NULL
);

CREATE TABLE pod (
    position               INTEGER NOT NULL,
    code                   TEXT PRIMARY KEY NOT NULL,
    name                   TEXT NOT NULL,
    unit                   TEXT NOT NULL,
    setting                TEXT NOT NULL,  -- acute, community, mental_health, primary_care, social_care, other
    role                   TEXT NOT NULL,  -- other, emergency_admission, excess_bed_day, elective, accident_emergency
    bed_days_per_unit      REAL NOT NULL,
    price                  REAL NOT NULL,
    price_source           TEXT NOT NULL,
    non_demographic_growth TEXT NOT NULL,  -- JSON array, per year
    contract_id            TEXT NOT NULL,
    source                 TEXT NOT NULL
);

CREATE TABLE activity (
    position      INTEGER NOT NULL,
    group_key     TEXT NOT NULL,
    pod_code      TEXT NOT NULL,
    rate_per_1000 REAL NOT NULL,
    source        TEXT NOT NULL,
    PRIMARY KEY (group_key, pod_code)
);

CREATE TABLE intervention (
    position             INTEGER NOT NULL,
    id                   TEXT PRIMARY KEY NOT NULL,
    name                 TEXT NOT NULL,
    group_key            TEXT NOT NULL,
    coverage             REAL NOT NULL,
    activity_ratio       REAL NOT NULL DEFAULT 1.0,  -- added in version 2
    start_year           INTEGER NOT NULL,
    ramp_up              TEXT NOT NULL,              -- JSON array, per year since the start
    one_off_cost         REAL NOT NULL,
    fixed_cost_per_year  REAL NOT NULL,
    cost_per_participant REAL NOT NULL,
    cost_setting         TEXT NOT NULL,
    cost_provider_id     TEXT NOT NULL,              -- '' = outside the contracts
    notes                TEXT NOT NULL,
    source               TEXT NOT NULL
);

CREATE TABLE intervention_effect (
    intervention_id TEXT NOT NULL,
    position        INTEGER NOT NULL,
    pod_code        TEXT NOT NULL,
    change          REAL NOT NULL,   -- fraction, -0.2 = 20% fewer
    source          TEXT NOT NULL,
    PRIMARY KEY (intervention_id, position)
);

CREATE TABLE intervention_substitution (
    intervention_id   TEXT NOT NULL,
    position          INTEGER NOT NULL,
    from_pod          TEXT NOT NULL,
    to_pod            TEXT NOT NULL,
    units_per_avoided REAL NOT NULL,
    source            TEXT NOT NULL,
    PRIMARY KEY (intervention_id, position)
);

CREATE TABLE scenario (
    position INTEGER NOT NULL,
    id       TEXT PRIMARY KEY NOT NULL,
    name     TEXT NOT NULL,
    notes    TEXT NOT NULL
);

CREATE TABLE scenario_item (
    scenario_id     TEXT NOT NULL,
    position        INTEGER NOT NULL,
    intervention_id TEXT NOT NULL,
    enabled         INTEGER NOT NULL,  -- 0 or 1
    PRIMARY KEY (scenario_id, position)
);

CREATE TABLE scenario_contract_rule (
    scenario_id TEXT NOT NULL,
    position    INTEGER NOT NULL,
    contract_id TEXT NOT NULL,
    regime      TEXT NOT NULL,         -- a preset or national (engine/regime.h)
    PRIMARY KEY (scenario_id, position)
);

CREATE TABLE hrg_tariff (
    position                INTEGER NOT NULL,
    code                    TEXT PRIMARY KEY NOT NULL,  -- HRG code
    name                    TEXT NOT NULL,
    elective_price          REAL NOT NULL,
    non_elective_price      REAL NOT NULL,
    day_case_price          REAL NOT NULL,
    elective_trim_point     INTEGER NOT NULL,           -- days
    non_elective_trim_point INTEGER NOT NULL,           -- days
    excess_bed_day_price    REAL NOT NULL,
    source                  TEXT NOT NULL
);

CREATE TABLE pod_hrg_share (
    pod_code       TEXT NOT NULL,
    position       INTEGER NOT NULL,
    hrg_code       TEXT NOT NULL,
    share          REAL NOT NULL,                       -- fraction of the PoD's units
    length_of_stay REAL NOT NULL,                       -- days
    PRIMARY KEY (pod_code, position)
);

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

-- Cohort (Markov) models tied to a patient group (docs/cohort-models.md),
-- each stored as the JSON object of a "cohortModels" entry: a model's
-- formulas, tables and strategies are a document, not rows.
CREATE TABLE cohort_model (
    position INTEGER NOT NULL,
    id       TEXT PRIMARY KEY NOT NULL,
    model    TEXT NOT NULL           -- JSON (docs/careshift-cohort.schema.json, without format and version)
);
