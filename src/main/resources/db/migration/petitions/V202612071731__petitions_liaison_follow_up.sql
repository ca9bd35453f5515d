-- A petition's matter handed to a deputies' liaison station as a follow-up (once per petition): the
-- station by its name and the day. The liaison module keeps its own record of it and links back.
CREATE TABLE petitions_liaison_follow_up (
    petition_id   BIGINT        NOT NULL PRIMARY KEY REFERENCES petitions_petition (id),
    station       VARCHAR(120)  NOT NULL,
    handed_on     DATE          NOT NULL
);
