-- The person list is ordered by (name, id): an index in that order spares deep pages a sort.
DROP INDEX directory_person_name_idx;
CREATE INDEX directory_person_name_id_idx ON directory_person (name, id);
-- The level and body filters start from a few bodies and need only these columns of a membership.
CREATE INDEX directory_membership_org_role_person_idx
    ON directory_membership (organization_id, role, person_id, start_date, end_date);
