-- Schema 5: the user's own entries and labels. Keyed by their own stable text keys
-- ("custom-<slug>" for entries; catalog/EntryKey.h's entryKey for labels), never by row ids,
-- so a reference refresh or an import can never orphan them.

CREATE TABLE custom_entry (
    entry_key TEXT PRIMARY KEY CHECK (entry_key LIKE 'custom-%'),
    name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    abbreviation TEXT NOT NULL DEFAULT '',
    security TEXT NOT NULL DEFAULT '' CHECK (security IN ('', 'secure', 'insecure', 'depends')),
    counterpart_key TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    updated_at INTEGER NOT NULL
) WITHOUT ROWID;

-- The port spans of a custom entry; deleting the entry deletes them.
CREATE TABLE custom_entry_port (
    entry_key TEXT NOT NULL REFERENCES custom_entry (entry_key) ON DELETE CASCADE,
    port_first INTEGER NOT NULL CHECK (port_first BETWEEN 0 AND 65535),
    port_last INTEGER NOT NULL CHECK (port_last BETWEEN port_first AND 65535),
    transport TEXT NOT NULL CHECK (transport IN ('tcp', 'udp', 'sctp', 'dccp')),
    PRIMARY KEY (entry_key, port_first, port_last, transport)
) WITHOUT ROWID;

-- A user's short label on any entry (registry, curated or custom); a custom entry's tags are
-- its labels.
CREATE TABLE entry_label (
    entry_key TEXT NOT NULL,
    label TEXT NOT NULL CHECK (length(label) BETWEEN 1 AND 40),
    PRIMARY KEY (entry_key, label)
) WITHOUT ROWID;
