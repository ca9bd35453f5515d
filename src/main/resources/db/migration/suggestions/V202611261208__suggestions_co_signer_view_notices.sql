-- A co-signer's view of the answers of one round, for the lead deputy to weigh before she rates.
CREATE TABLE suggestions_co_signer_view (
    suggestion_id BIGINT        NOT NULL REFERENCES suggestions_suggestion (id),
    idx           INT           NOT NULL,
    round         INT           NOT NULL,
    person_id     BIGINT        NOT NULL,
    text          VARCHAR(2000) NOT NULL,
    given_on      DATE          NOT NULL,
    PRIMARY KEY (suggestion_id, idx)
);
