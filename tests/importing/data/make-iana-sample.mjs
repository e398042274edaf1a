// Writes iana-sample.csv: a few hundred rows of the embedded registry in the exact format of
// IANA's service-names-port-numbers.csv (twelve columns, RFC 4180 quoting, CR LF record ends,
// notes spanning lines), with what the real file holds besides port rows: service names with
// no port, rows with no transport protocol, Unassigned ranges, plus deliberate updates and new
// services. The import tests count against it; rerun after changing this script:
//   node tests/importing/data/make-iana-sample.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const tsv = readFileSync(join(here, '../../../db/registry/iana-registry.tsv'), 'utf8');
const unescape = (s) => s.replace(/\\(.)/g, (_, c) => (c === 'n' ? '\n' : c === 't' ? '\t' : c));
const rows = tsv.split('\n').filter((l) => l && !l.startsWith('#')).slice(1).map((l) => {
    const f = l.split('\t').map(unescape);
    return { service: f[0], first: +f[1], last: +f[2], transport: f[3], description: f[4],
             assignee: f[5], contact: f[6], registered: f[7], modified: f[8], reference: f[9],
             code: f[10], unauthorized: f[11], notes: f[12] };
});

// Every 50th row, and every row on the ports the tests look at (several services per key,
// ranges, notes that span lines and quote).
const wanted = new Set([22, 63, 66, 80, 443, 465, 1521, 6000, 6665, 27017]);
const picked = rows.filter((r, i) => i % 50 === 0 || wanted.has(r.first));

// Updates: every 25th picked row gets a new description and modification date.
let changed = 0;
picked.forEach((r, i) => {
    if (i % 25 === 7) {
        r.description = `${r.description} (updated)`;
        r.modified = '2024-06-01';
        changed++;
    }
});
// New assignments: two new keys, a new range, and a second service on 80/tcp.
const added = [
    { service: 'portolan-a', first: 47001, last: 47001, transport: 'tcp', description: 'Portolan test service A' },
    { service: 'portolan-a', first: 47001, last: 47001, transport: 'udp', description: 'Portolan test service A' },
    { service: 'portolan-r', first: 47010, last: 47019, transport: 'tcp', description: 'Portolan test range, "quoted", with commas' },
    { service: 'http-test', first: 80, last: 80, transport: 'tcp', description: 'A second service on 80/tcp',
      notes: 'Line one of the notes.\nLine two, with "quotes".\nLine three.' },
].map((r) => ({ assignee: '[Portolan]', contact: '[Portolan]', registered: '2024-06-01', modified: '',
                reference: '[RFC9999]', code: '', unauthorized: '', notes: '', ...r }));
// Not port assignments: counted by the importer, never imported as ports.
const unassigned = [
    { service: '', first: 4, last: 4, transport: 'tcp', description: 'Unassigned' },
    { service: '', first: 4, last: 4, transport: 'udp', description: 'Unassigned' },
    { service: '', first: 47100, last: 47556, transport: 'tcp', description: 'Unassigned' },
    { service: '', first: 47100, last: 47556, transport: 'udp', description: 'Unassigned' },
];
const noTransport = [
    { service: 'flex-lm', first: 27000, last: 27009, transport: '', description: 'FLEX LM (1-10)' },
    { service: 'swx', first: 7300, last: 7359, transport: '', description: 'The Swiss Exchange' },
    { service: '', first: 1011, last: 1020, transport: '', description: 'Reserved' },
];
const noPort = ['3com-amp3', 'airplay', 'apple-midi', 'presence', 'sleep-proxy', 'xmpp-client-test']
    .map((service) => ({ service, description: `${service} (service name only)`,
                         assignee: '[Portolan]', contact: '[Portolan]', registered: '2011-02-01' }));

const all = [...picked, ...added, ...unassigned, ...noTransport];
const order = { tcp: 0, udp: 1, sctp: 2, dccp: 3, '': 4 };
all.sort((a, b) => a.first - b.first || order[a.transport] - order[b.transport]);

const field = (v) => {
    const s = v ?? '';
    return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};
const port = (r) => (r.first === undefined ? '' : r.first === r.last ? `${r.first}` : `${r.first}-${r.last}`);
const line = (r) => [r.service, port(r), r.transport, r.description, r.assignee, r.contact, r.registered,
    r.modified, r.reference, r.code, r.unauthorized, r.notes].map(field).join(',');
const header = 'Service Name,Port Number,Transport Protocol,Description,Assignee,Contact,' +
    'Registration Date,Modification Date,Reference,Service Code,Unauthorized Use Reported,Assignment Notes';
const out = [header, ...all.map(line), ...noPort.map(line)].join('\r\n') + '\r\n';
writeFileSync(join(here, 'iana-sample.csv'), out);

const physicalLines = out.split('\n').length - 1;
console.log(JSON.stringify({
    entries: all.length + noPort.length, imported: picked.length + added.length, kept: picked.length,
    changed, added: added.length, unassigned: unassigned.length, withoutTransport: noTransport.length,
    withoutPort: noPort.length, physicalLines,
}));
