-- Sittings of the standing committee attended (and leave) count in the duty records.
INSERT INTO dutyrecords_weight (kind, weight) VALUES
    ('SITTING_ATTENDED', 2.00),
    ('SITTING_LEAVE', 0.00);
