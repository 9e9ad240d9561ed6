-- One row holding the data version: bumped in the same transaction as every write, read by every instance
-- to derive HTTP ETags and in-memory cache keys. The check keeps it to one row.
CREATE TABLE data_version (
    id      INTEGER NOT NULL PRIMARY KEY,
    version BIGINT  NOT NULL,
    CONSTRAINT data_version_single_row CHECK (id = 1)
);

INSERT INTO data_version (id, version) VALUES (1, 1);
