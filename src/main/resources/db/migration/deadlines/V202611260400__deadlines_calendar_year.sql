-- One row per year whose official schedule of days off is known, with where it came from.
-- A year without a row is counted with weekends only.
CREATE TABLE deadlines_calendar_year (
    calendar_year  INT          NOT NULL PRIMARY KEY,
    source         VARCHAR(16)  NOT NULL,
    loaded_by      VARCHAR(64)  NOT NULL,
    loaded_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    file_name      VARCHAR(255),
    days_off       INT          NOT NULL,
    working_days   INT          NOT NULL,
    CONSTRAINT deadlines_calendar_year_source_ck CHECK (source IN ('BUNDLED', 'UPLOADED'))
);
