-- Why a member asked for leave (请假), as she wrote it; the general office reads it.
ALTER TABLE meetings_attendance ADD COLUMN leave_reason VARCHAR(500);
