-- Every comment gets a tracking code; whoever sent it follows its decision with the code on the
-- public door. Comments older than the column keep none.
ALTER TABLE legislation_comment ADD COLUMN tracking_code VARCHAR(16);
CREATE UNIQUE INDEX legislation_comment_code_uk ON legislation_comment (tracking_code);
