-- A topic proposed by the public gets a tracking code, so that its proposer follows it on the
-- public door like any other submission; topics entered by the office have none.
ALTER TABLE oversight_topic ADD COLUMN tracking_code VARCHAR(16);
CREATE UNIQUE INDEX oversight_topic_code_uk ON oversight_topic (tracking_code);
