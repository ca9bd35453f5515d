-- The hourly allowance of the online form is kept by the platform's shared abuse controls
-- (platform_allowance) like that of every other anonymous form.
DROP TABLE liaison_intake_submission;
