-- The exceptions to the Monday-to-Friday week: days off (holidays, including the weekend days
-- inside a holiday) and make-up working days (调休上班). A day belongs to the schedule of the year
-- that published it, which for New Year's Day can be the year after its date.
CREATE TABLE deadlines_calendar_day (
    calendar_date  DATE         NOT NULL PRIMARY KEY,
    calendar_year  INT          NOT NULL,
    kind           VARCHAR(16)  NOT NULL,
    name_zh        VARCHAR(100) NOT NULL,
    name_en        VARCHAR(100),
    CONSTRAINT deadlines_calendar_day_year_fk FOREIGN KEY (calendar_year)
        REFERENCES deadlines_calendar_year (calendar_year),
    CONSTRAINT deadlines_calendar_day_kind_ck CHECK (kind IN ('DAY_OFF', 'WORKING_DAY'))
);
CREATE INDEX deadlines_calendar_day_year_idx ON deadlines_calendar_day (calendar_year);
