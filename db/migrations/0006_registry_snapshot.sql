-- Schema 6. The registry's rows also as one text value (the TSV format of
-- db/registry/iana-registry.tsv), written in the same transaction as the rows: start-up reads
-- this one value instead of 12,000 rows column by column. The rows stay the truth; a snapshot
-- whose row count disagrees is ignored.
CREATE TABLE registry_snapshot (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    tsv TEXT NOT NULL
);
