-- The office that runs an evaluation: only its staff (and the administrator) issue and download the
-- access codes, manage, close and publish it, and enter sheets. Evaluations opened before belong to
-- the general office (办公厅), which organises the standing committee's evaluations.
ALTER TABLE oversight_evaluation ADD COLUMN office_code VARCHAR(48) DEFAULT 'GENERAL_OFFICE' NOT NULL;
