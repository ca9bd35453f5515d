-- Where notifications are e-mailed to; optional, set by the administrator.
ALTER TABLE accounts_account ADD COLUMN email VARCHAR(254);
