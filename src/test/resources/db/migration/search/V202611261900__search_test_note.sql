-- Test-only records behind the test-note document source: they let the search tests change
-- rows in real transactions, commit or roll back, and rebuild an index from a table.
CREATE TABLE search_test_note (
    id      VARCHAR(64)   NOT NULL PRIMARY KEY,
    title   VARCHAR(500)  NOT NULL,
    body    TEXT          NOT NULL,
    unit    VARCHAR(64)   NOT NULL,
    readers VARCHAR(1000) NOT NULL
);
