-- CareShift project file: schema version 4 to 5.
-- Cohort (Markov) models tied to a patient group (docs/cohort-models.md). A
-- version-4 file has none: its results are unchanged.

CREATE TABLE cohort_model (
    position INTEGER NOT NULL,
    id       TEXT PRIMARY KEY NOT NULL,
    model    TEXT NOT NULL           -- JSON (docs/careshift-cohort.schema.json, without format and version)
);
