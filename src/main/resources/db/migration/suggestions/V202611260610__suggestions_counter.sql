-- The last number given per kind (suggestion, bill) and session year. Numbers are taken by
-- incrementing the row in the submitting transaction: the row lock makes concurrent submits wait
-- for each other instead of reading the same MAX(seq). A year's row is created on first use,
-- starting from the highest number already stored.
CREATE TABLE suggestions_counter (
    kind          VARCHAR(16)  NOT NULL,
    session_year  INT          NOT NULL,
    last_value    INT          NOT NULL,
    PRIMARY KEY (kind, session_year)
);

-- The office's list filters by year and state and pages newest first.
CREATE INDEX suggestions_suggestion_year_state_idx ON suggestions_suggestion (session_year, state, seq);
