-- A plan item's legislative project, once the office opened it or linked an existing one.
ALTER TABLE legislation_plan_item ADD COLUMN project_id BIGINT;
ALTER TABLE legislation_plan_item ADD CONSTRAINT legislation_plan_item_project_fk
    FOREIGN KEY (project_id) REFERENCES legislation_project (id);
CREATE INDEX legislation_plan_item_project_ix ON legislation_plan_item (project_id);
