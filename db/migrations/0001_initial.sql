-- Schema 1. Reference tables (ref_*, registry) are rebuilt from the data embedded in the
-- program whenever its version changes; user tables are keyed by stable text keys and are never
-- touched by that refresh.

CREATE TABLE meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE ref_protocol (
    key TEXT PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('service', 'ip-protocol')),
    abbreviation TEXT NOT NULL,
    name TEXT NOT NULL,
    summary TEXT NOT NULL,
    ip_protocol INTEGER,
    security TEXT NOT NULL CHECK (security IN ('secure', 'insecure', 'depends')),
    security_reason TEXT NOT NULL,
    official_vs_common TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL,
    -- aliases, counterparts, related, exams and sources as one JSON object: they are read
    -- whole with the entry and never queried on their own.
    lists TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE ref_port (
    protocol_key TEXT NOT NULL REFERENCES ref_protocol(key) ON DELETE CASCADE,
    seq INTEGER NOT NULL,
    port_first INTEGER NOT NULL CHECK (port_first BETWEEN 0 AND 65535),
    port_last INTEGER NOT NULL CHECK (port_last BETWEEN port_first AND 65535),
    transport TEXT NOT NULL CHECK (transport IN ('tcp', 'udp', 'sctp', 'dccp')),
    role TEXT NOT NULL,
    iana_name TEXT NOT NULL,
    common_use TEXT NOT NULL,
    PRIMARY KEY (protocol_key, seq)
) WITHOUT ROWID;

CREATE TABLE registry (
    id INTEGER PRIMARY KEY,
    service TEXT NOT NULL,
    port_first INTEGER NOT NULL CHECK (port_first BETWEEN 0 AND 65535),
    port_last INTEGER NOT NULL CHECK (port_last BETWEEN port_first AND 65535),
    transport TEXT NOT NULL CHECK (transport IN ('tcp', 'udp', 'sctp', 'dccp')),
    description TEXT NOT NULL DEFAULT '',
    assignee TEXT NOT NULL DEFAULT '',
    contact TEXT NOT NULL DEFAULT '',
    registered TEXT NOT NULL DEFAULT '',
    modified TEXT NOT NULL DEFAULT '',
    reference TEXT NOT NULL DEFAULT '',
    service_code TEXT NOT NULL DEFAULT '',
    unauthorized_use TEXT NOT NULL DEFAULT '',
    assignment_notes TEXT NOT NULL DEFAULT ''
);

CREATE INDEX registry_by_port ON registry (port_first, transport);

CREATE TABLE user_note (
    protocol_key TEXT PRIMARY KEY,
    body TEXT NOT NULL,
    updated_at INTEGER NOT NULL
) WITHOUT ROWID;
