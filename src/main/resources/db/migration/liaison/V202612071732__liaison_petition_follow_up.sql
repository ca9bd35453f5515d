-- Opinions opened from a petition the petitions office handed to a station: the petition by its ID
-- and number (a link back, never the petitioner), one opinion per petition.
CREATE TABLE liaison_petition_follow_up (
    opinion_id       BIGINT       NOT NULL PRIMARY KEY REFERENCES liaison_opinion (id),
    petition_id      BIGINT       NOT NULL,
    petition_number  VARCHAR(16)  NOT NULL,
    CONSTRAINT liaison_petition_follow_up_petition_uk UNIQUE (petition_id)
);
