-- Version 2 -> 3: payment regimes (a scenario may give a contract its own),
-- the providers' costs, and an index of their own for intervention costs. Every new column's default keeps a
-- version 2 file's figures exactly: contracts on their own terms ('custom'),
-- providers whose costs move with activity (variable share 1, no wards, no
-- margin), nothing reinvested, and intervention costs uplifted as before,
-- with the tariff uplift (the file says so in its assumptions' source).
ALTER TABLE assumptions ADD COLUMN cost_uplift TEXT NOT NULL DEFAULT '[0]';
UPDATE assumptions SET cost_uplift = price_uplift;
ALTER TABLE assumptions ADD COLUMN reinvest_withheld INTEGER NOT NULL DEFAULT 0;
ALTER TABLE provider ADD COLUMN variable_cost_share REAL NOT NULL DEFAULT 1.0;
ALTER TABLE provider ADD COLUMN semi_fixed_cost_share REAL NOT NULL DEFAULT 0.0;
ALTER TABLE provider ADD COLUMN ward_beds REAL NOT NULL DEFAULT 0.0;
ALTER TABLE provider ADD COLUMN ward_occupancy REAL NOT NULL DEFAULT 0.85;
ALTER TABLE provider ADD COLUMN baseline_margin REAL NOT NULL DEFAULT 0.0;
ALTER TABLE contract ADD COLUMN regime TEXT NOT NULL DEFAULT 'custom';
ALTER TABLE contract ADD COLUMN change_year INTEGER NOT NULL DEFAULT 0;
ALTER TABLE contract ADD COLUMN later_regime TEXT NOT NULL DEFAULT 'custom';
ALTER TABLE contract ADD COLUMN bpt_top_up REAL NOT NULL DEFAULT 0.0;
ALTER TABLE contract ADD COLUMN bpt_compliant_share REAL NOT NULL DEFAULT 0.0;
ALTER TABLE contract ADD COLUMN fixed_from_plan INTEGER NOT NULL DEFAULT 0;
ALTER TABLE contract ADD COLUMN elective_variable_rate REAL NOT NULL DEFAULT 0.0;
ALTER TABLE contract ADD COLUMN low_volume_threshold REAL NOT NULL DEFAULT 0.0;
ALTER TABLE contract ADD COLUMN risk_share REAL NOT NULL DEFAULT 0.0;

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
