// Generates vectors.json: random review histories replayed through the reference ts-fsrs
// (pinned in package.json / package-lock.json), recorded in fsrs-replay's output format.
// tst_fsrsconformance replays the same inputs through Portolan's scheduler and compares.
//
//   cd tests/srs/vectors && npm ci && npm run generate
//
// The PRNG is seeded, so re-running gives a byte-identical file unless ts-fsrs changes.
import { readFileSync, writeFileSync } from 'node:fs';
import { fsrs, createEmptyCard } from 'ts-fsrs';

const REFERENCE_VERSION = '5.4.2';
const installed = JSON.parse(
  readFileSync(new URL('./node_modules/ts-fsrs/package.json', import.meta.url), 'utf8')).version;
if (installed !== REFERENCE_VERSION) {
  throw new Error(`ts-fsrs ${installed} installed, the vectors need ${REFERENCE_VERSION}`);
}
// ts-fsrs announces weight migration on console.debug; the vectors do not need it.
console.debug = () => {};

// mulberry32: tiny deterministic PRNG, good enough to pick test inputs.
function mulberry32(seed) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = mulberry32(20250101);
const uniform = (lo, hi) => lo + (hi - lo) * random();
const integer = (lo, hi) => Math.floor(uniform(lo, hi + 1));
const pick = (items) => items[Math.floor(random() * items.length)];
const round4 = (x) => Math.round(x * 1e4) / 1e4;

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const FSRS5_WEIGHTS = [0.40255, 1.18385, 3.173, 15.69105, 7.1949, 0.5345, 1.4604, 0.0046,
  1.54575, 0.1192, 1.01925, 1.9395, 0.11, 0.29605, 2.2698, 0.2315, 2.9898, 0.51655, 0.6621];
const FSRS45_WEIGHTS = [0.4872, 1.4003, 3.7145, 13.8206, 5.1618, 1.2298, 0.8975, 0.031, 1.6474,
  0.1367, 1.0461, 2.1072, 0.0793, 0.3246, 1.587, 0.2272, 2.8755];
const FSRS6_WEIGHTS = [0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722,
  0.1666, 0.796, 1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542];

// Defaults scaled by up to ±40 %: a plausible optimised parameter set.
const jittered = (w) => w.map((x) => round4(x * uniform(0.6, 1.4)));
// Deliberately out of bounds in places, to exercise clamping.
const wild = () => FSRS6_WEIGHTS.map((x, i) =>
  [4, 7, 16, 19, 20].includes(i) ? pick([0, 0.05, 0.9, 12]) : round4(x * uniform(0.2, 3)));

const CASES = [
  { name: 'defaults-implicit', params: undefined },
  { name: 'defaults-explicit', params: { request_retention: 0.9, maximum_interval: 36500,
    enable_short_term: true, learning_steps: ['1m', '10m'], relearning_steps: ['10m'],
    w: FSRS6_WEIGHTS } },
  { name: 'retention-0.8', params: { request_retention: 0.8 } },
  { name: 'retention-0.95-max-180', params: { request_retention: 0.95, maximum_interval: 180 } },
  { name: 'retention-1', params: { request_retention: 1 } },
  { name: 'max-interval-30', params: { maximum_interval: 30, request_retention: 0.7 } },
  { name: 'no-steps', params: { learning_steps: [], relearning_steps: [] } },
  { name: 'one-step-two-relearning', params: { learning_steps: ['10m'],
    relearning_steps: ['10m', '1h'] } },
  { name: 'long-steps', params: { learning_steps: ['1m', '10m', '1h', '1d'],
    relearning_steps: ['5m', '30m', '12h'] } },
  { name: 'day-steps', params: { learning_steps: ['30m', '2d'], relearning_steps: ['1d'] } },
  { name: 'zero-step', params: { learning_steps: ['0m', '15m'], relearning_steps: ['0m'] } },
  { name: 'fsrs5-short-term', params: { w: FSRS5_WEIGHTS } },
  { name: 'fsrs5-long-term', params: { w: FSRS5_WEIGHTS, enable_short_term: false } },
  { name: 'fsrs45-short-term', params: { w: FSRS45_WEIGHTS } },
  { name: 'fsrs45-long-term', params: { w: FSRS45_WEIGHTS, enable_short_term: false,
    request_retention: 0.85 } },
  { name: 'long-term-defaults', params: { enable_short_term: false } },
  { name: 'long-term-max-365', params: { enable_short_term: false, maximum_interval: 365,
    request_retention: 0.93 } },
  { name: 'optimised-a', params: { w: jittered(FSRS6_WEIGHTS) } },
  { name: 'optimised-b', params: { w: jittered(FSRS6_WEIGHTS), relearning_steps: ['5m', '20m',
    '1h'] } },
  { name: 'optimised-fsrs5', params: { w: jittered(FSRS5_WEIGHTS), learning_steps: ['5m'] } },
  { name: 'clamped-weights', params: { w: wild() } },
  { name: 'clamped-weights-long-term', params: { w: wild(), enable_short_term: false } },
];
const CARDS_PER_CASE = 10;

// Mostly Good, as in real study, but every grade appears often.
function randomRating() {
  const x = random();
  return x < 0.15 ? 1 : x < 0.3 ? 2 : x < 0.85 ? 3 : 4;
}

// Gaps from "again right away" to months, often close to when the card is due.
function nextTime(now, card) {
  const x = random();
  if (x < 0.35) return Math.max(now, card.due.getTime() + Math.round(uniform(-0.5, 0.8) *
    Math.max(card.due.getTime() - now, HOUR)));
  if (x < 0.42) return now;
  if (x < 0.55) return now + integer(1, 120) * MINUTE + integer(0, 59_999);
  if (x < 0.7) return now + integer(1, 23) * HOUR + integer(0, HOUR);
  if (x < 0.88) return now + integer(1, 60) * DAY + integer(0, DAY);
  return now + integer(30, 400) * DAY + integer(0, DAY);
}

// The same instant written in the ways fsrs-replay accepts: mostly like toISOString(), some
// without milliseconds, some with a UTC offset.
function isoTime(ms) {
  const x = random();
  if (x < 0.8) return new Date(ms).toISOString();
  if (x < 0.9 && ms % 1000 === 0) return new Date(ms).toISOString().replace('.000Z', 'Z');
  const offset = pick([-480, -150, 60, 120, 330, 840]);
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  const hhmm = `${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
  return new Date(ms + offset * MINUTE).toISOString().replace('Z', sign + hhmm);
}

const stepOf = (card) => ({
  due: card.due.toISOString(),
  stability: card.stability,
  difficulty: card.difficulty,
  scheduled_days: card.scheduled_days,
  learning_steps: card.learning_steps,
  reps: card.reps,
  lapses: card.lapses,
  state: card.state,
});

const out = [];
for (const spec of CASES) {
  const scheduler = fsrs({ ...(spec.params ?? {}), enable_fuzz: false });
  const inputCards = [];
  const outputCards = [];
  for (let c = 0; c < CARDS_PER_CASE; ++c) {
    const id = `${spec.name}-${c}`;
    // Start at any minute of 2024-2026 so that day boundaries fall everywhere.
    let now = Date.UTC(2024, 0, 1) + integer(0, 3 * 365) * DAY + integer(0, DAY - 1);
    let card = createEmptyCard(new Date(now));
    const reviews = [];
    const steps = [];
    const count = integer(2, 24);
    for (let r = 0; r < count; ++r) {
      if (r > 0) now = nextTime(now, card);
      const rating = randomRating();
      card = scheduler.next(card, new Date(now), rating).card;
      reviews.push({ t: isoTime(now), rating });
      steps.push(stepOf(card));
    }
    inputCards.push({ id, reviews });
    outputCards.push({ id, steps });
  }
  const input = spec.params === undefined ? { cards: inputCards }
    : { params: spec.params, cards: inputCards };
  out.push({ name: spec.name, input, output: { cards: outputCards } });
}

// One card per line keeps diffs readable when the vectors are regenerated.
const lines = [];
lines.push(`{"generator":"tests/srs/vectors/generate.mjs, ts-fsrs ${installed}, fuzz off","cases":[`);
out.forEach((c, i) => {
  lines.push(`{"name":${JSON.stringify(c.name)},"input":{` +
    (c.input.params ? `"params":${JSON.stringify(c.input.params)},` : '') + '"cards":[');
  c.input.cards.forEach((card, j) =>
    lines.push(JSON.stringify(card) + (j + 1 < c.input.cards.length ? ',' : '')));
  lines.push(']},"output":{"cards":[');
  c.output.cards.forEach((card, j) =>
    lines.push(JSON.stringify(card) + (j + 1 < c.output.cards.length ? ',' : '')));
  lines.push(']}}' + (i + 1 < out.length ? ',' : ''));
});
lines.push(']}');
writeFileSync(new URL('./vectors.json', import.meta.url), lines.join('\n') + '\n');
console.log(`vectors.json: ${out.length} cases, ${out.length * CARDS_PER_CASE} histories`);
