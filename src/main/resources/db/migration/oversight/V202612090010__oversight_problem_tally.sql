-- The inspection dashboard's summary of problems, kept in the transaction of every write by
-- InspectionTallies: totals and the rate per year read a few dozen cells instead of every problem.
CREATE TABLE oversight_problem_tally (
    report_year  INT          NOT NULL,
    state        VARCHAR(16)  NOT NULL,
    with_unit    BOOLEAN      NOT NULL,
    problems     BIGINT       NOT NULL,
    PRIMARY KEY (report_year, state, with_unit)
);

INSERT INTO oversight_problem_tally (report_year, state, with_unit, problems)
SELECT i.report_year, p.state, CASE WHEN p.unit_id IS NULL THEN FALSE ELSE TRUE END, COUNT(*)
FROM oversight_inspection_problem p JOIN oversight_inspection i ON i.id = p.inspection_id
GROUP BY i.report_year, p.state, CASE WHEN p.unit_id IS NULL THEN FALSE ELSE TRUE END;

-- What depends on today is counted from the problems themselves, each from an index alone: open
-- problems per unit by the date assigned, and those past their assignment deadline.
CREATE INDEX oversight_inspection_problem_open_idx ON oversight_inspection_problem (state, unit_id, assigned_on);
CREATE INDEX oversight_inspection_problem_assign_idx ON oversight_inspection_problem (state, assign_due);
-- The latest overdue problems: read backwards by the date found until twenty match, instead of
-- sorting every overdue one.
CREATE INDEX oversight_inspection_problem_found_idx ON oversight_inspection_problem (found_on, id);
