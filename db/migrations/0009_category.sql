-- Schema 9. Every study-set entry has a category (web, mail, remote-access, ...), a column of
-- its own so that it is read with the entry like its other single values. The reference tables
-- are rebuilt from the embedded data at the new program version, which fills it.
ALTER TABLE ref_protocol ADD COLUMN category TEXT NOT NULL DEFAULT '';
