-- The parts of the demo world this database holds, one row per contributor. A row is written in
-- the same transaction as its contributor's data, so a part is either wholly present with its
-- row or absent without one: a start finding some rows but not all knows a load was interrupted
-- and where to continue (docs/decisions/0014-first-start-demo-load-and-setup-token.md).
CREATE TABLE demo_load_part (
    contributor  VARCHAR(100) PRIMARY KEY,
    seed         BIGINT       NOT NULL,
    completed_at TIMESTAMP WITH TIME ZONE NOT NULL
);
