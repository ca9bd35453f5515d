-- Comments kept an unsalted SHA-256 of the commenter's address (reversible for IPv4 in minutes);
-- nothing reads it since the abuse controls count with keyed hashes. Forget it.
UPDATE legislation_comment SET ip_key = NULL WHERE ip_key IS NOT NULL;
