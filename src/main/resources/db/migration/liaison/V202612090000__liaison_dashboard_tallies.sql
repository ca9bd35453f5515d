-- The station dashboard's summaries, kept in the transaction of every write by LiaisonTallies.
-- A cell counts the rows of one district ('' for opinions without a station, '*' for the whole
-- country) on one day (span 'D') or in one month (span 'M', period = its first day): the dashboard
-- reads whole months of its period from 'M' cells and the days at either end from 'D' cells, so any
-- period is counted exactly from at most a few hundred cells.
CREATE TABLE liaison_opinion_tally (
    span         VARCHAR(1)   NOT NULL,
    district     VARCHAR(32)  NOT NULL,
    period       DATE         NOT NULL,
    category     VARCHAR(32)  NOT NULL,
    state        VARCHAR(16)  NOT NULL,
    opinions     BIGINT       NOT NULL,
    -- closed as solved, and the days from receipt to closing summed over those
    solved       BIGINT       NOT NULL,
    solved_days  BIGINT       NOT NULL,
    PRIMARY KEY (span, district, period, category, state)
);

-- Recorded reception days only: deputies present (duty visits) and constituents received.
CREATE TABLE liaison_reception_tally (
    span          VARCHAR(1)   NOT NULL,
    district      VARCHAR(32)  NOT NULL,
    period        DATE         NOT NULL,
    visits        BIGINT       NOT NULL,
    constituents  BIGINT       NOT NULL,
    PRIMARY KEY (span, district, period)
);

INSERT INTO liaison_opinion_tally (span, district, period, category, state, opinions, solved, solved_days)
SELECT 'D', COALESCE(s.district, ''), o.received_on, o.category, o.state, COUNT(*),
  SUM(CASE WHEN o.state = 'CLOSED' AND o.solved = TRUE THEN 1 ELSE 0 END),
  SUM(CASE WHEN o.state = 'CLOSED' AND o.solved = TRUE THEN CAST(o.closed_on - o.received_on AS INTEGER) ELSE 0 END)
FROM liaison_opinion o LEFT JOIN liaison_station s ON s.id = o.station_id
GROUP BY COALESCE(s.district, ''), o.received_on, o.category, o.state;

INSERT INTO liaison_opinion_tally (span, district, period, category, state, opinions, solved, solved_days)
SELECT 'D', '*', period, category, state, SUM(opinions), SUM(solved), SUM(solved_days)
FROM liaison_opinion_tally WHERE span = 'D' GROUP BY period, category, state;

INSERT INTO liaison_opinion_tally (span, district, period, category, state, opinions, solved, solved_days)
SELECT 'M', district, CAST(DATE_TRUNC('month', CAST(period AS TIMESTAMP)) AS DATE), category, state, SUM(opinions),
  SUM(solved), SUM(solved_days)
FROM liaison_opinion_tally WHERE span = 'D'
GROUP BY district, CAST(DATE_TRUNC('month', CAST(period AS TIMESTAMP)) AS DATE), category, state;

INSERT INTO liaison_reception_tally (span, district, period, visits, constituents)
SELECT 'D', s.district, d.held_on,
  SUM((SELECT COUNT(*) FROM liaison_reception_deputy rd WHERE rd.day_id = d.id AND rd.present = TRUE)),
  SUM(d.constituents_received)
FROM liaison_reception_day d JOIN liaison_station s ON s.id = d.station_id
WHERE d.state = 'RECORDED' GROUP BY s.district, d.held_on;

INSERT INTO liaison_reception_tally (span, district, period, visits, constituents)
SELECT 'D', '*', period, SUM(visits), SUM(constituents) FROM liaison_reception_tally WHERE span = 'D' GROUP BY period;

INSERT INTO liaison_reception_tally (span, district, period, visits, constituents)
SELECT 'M', district, CAST(DATE_TRUNC('month', CAST(period AS TIMESTAMP)) AS DATE), SUM(visits), SUM(constituents)
FROM liaison_reception_tally WHERE span = 'D'
GROUP BY district, CAST(DATE_TRUNC('month', CAST(period AS TIMESTAMP)) AS DATE);

-- Opinions still forwarded past their due date are counted from the opinions themselves (the count
-- depends on today): forwarded ones of a period are a small range of this index, read without the table.
CREATE INDEX liaison_opinion_state_received_idx ON liaison_opinion (state, received_on, due_on, station_id);
