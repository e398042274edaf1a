-- Schema 3: what the user imported (an IANA CSV, services(5) files, nmap-services). These are
-- layers kept apart from the reference tables: the refresh at a new program version rebuilds
-- the table registry from the embedded registry plus these layers, so imports are never lost.
-- Rows are keyed by port, transport and service name, never by registry row ids.

-- The registry of the last imported IANA CSV, in file order. While it has rows it replaces the
-- embedded registry (an IANA CSV is authoritative: what it lacks is removed).
CREATE TABLE import_registry (
    seq INTEGER PRIMARY KEY,
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

-- Services from services(5) files laid over the registry: each adds a service to its ports or
-- fills the empty description of the record that already has it. An IANA CSV import clears them.
CREATE TABLE import_service (
    port_first INTEGER NOT NULL CHECK (port_first BETWEEN 0 AND 65535),
    port_last INTEGER NOT NULL CHECK (port_last BETWEEN port_first AND 65535),
    transport TEXT NOT NULL CHECK (transport IN ('tcp', 'udp', 'sctp', 'dccp')),
    service TEXT NOT NULL COLLATE NOCASE,
    description TEXT NOT NULL DEFAULT '',
    seq INTEGER NOT NULL,
    PRIMARY KEY (port_first, port_last, transport, service)
) WITHOUT ROWID;

-- "How common": nmap's open frequency per port/transport from imported nmap-services files.
-- They win over the installed /usr/share/nmap/nmap-services, which is read at start, not stored.
CREATE TABLE import_frequency (
    port INTEGER NOT NULL CHECK (port BETWEEN 0 AND 65535),
    transport TEXT NOT NULL CHECK (transport IN ('tcp', 'udp', 'sctp', 'dccp')),
    frequency REAL NOT NULL CHECK (frequency BETWEEN 0 AND 1),
    service TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (port, transport)
) WITHOUT ROWID;

-- One row per applied import. Its last id is the import generation: a plan made before another
-- import was applied is refused instead of overwriting that import.
CREATE TABLE import_history (
    id INTEGER PRIMARY KEY,
    format TEXT NOT NULL CHECK (format IN ('iana-csv', 'services', 'nmap')),
    file TEXT NOT NULL,
    applied_at INTEGER NOT NULL,
    added INTEGER NOT NULL CHECK (added >= 0),
    changed INTEGER NOT NULL CHECK (changed >= 0),
    removed INTEGER NOT NULL CHECK (removed >= 0)
);
