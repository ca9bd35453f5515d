-- The staff list counts its matches (capped) before showing a page. For a unit's suggestions of
-- one year and state, both sides of that count can now be read from indexes alone: at 1,000,000
-- suggestions the count went from a sequential scan of the table (0.5 s) to 0.09 s
-- (docs/benchmarks.md). The unit index gains the suggestion column and replaces the old one.
CREATE INDEX suggestions_suggestion_year_state_id_idx ON suggestions_suggestion (session_year, state, id);
CREATE INDEX suggestions_assignment_unit_status_idx ON suggestions_assignment (organization_id, status, suggestion_id);
DROP INDEX suggestions_assignment_unit_idx;
