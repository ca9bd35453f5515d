-- The dashboard counts a station's opinions of one period; with only (station_id) it read every
-- year of each station's opinions and filtered by date (seen at 1,000,000 opinions).
CREATE INDEX liaison_opinion_station_received_idx ON liaison_opinion (station_id, received_on);
