-- Version 1 -> 2: interventions gain an activity ratio (how much more than
-- their group's average the people reached use). Version 1 files modelled the
-- people reached as average users, which is a ratio of exactly 1.
ALTER TABLE intervention ADD COLUMN activity_ratio REAL NOT NULL DEFAULT 1.0;
