// Makes the FSRS optimizer's conformance vectors (docs/fsrs.md §9.6): for every review log in
// logs/*.json (written by `study-history --export-items`), the reference optimizer's parameters
// and its evaluation of them and of the defaults, into expected.json.
//
//   npm ci && node generate.mjs
//
// The reference is @open-spaced-repetition/binding (fsrs-rs), pinned in package.json.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs'
import {
  FSRSBinding,
  FSRSBindingItem,
  FSRSBindingReview,
  computeParameters,
} from '@open-spaced-repetition/binding'

const version = JSON.parse(
  readFileSync('node_modules/@open-spaced-repetition/binding/package.json', 'utf8')).version
if (version !== '0.5.0') throw new Error(`expected binding 0.5.0, found ${version}`)

// The same items as FsrsTrainingSet::fromHistories(): one per review after the first that is a
// day or more after the previous one, ordered by (time, card, position).
function itemsOf(cards) {
  const keys = []
  cards.forEach((card, c) => {
    for (let i = 1; i < card.length; ++i) {
      if (card[i][2] > 0) keys.push([card[i][0], c, i + 1])
    }
  })
  keys.sort((a, b) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2])
  return keys.map(([, c, length]) =>
    new FSRSBindingItem(cards[c].slice(0, length).map(([, rating, deltaT]) =>
      new FSRSBindingReview(rating, deltaT))))
}

const out = { reference: `@open-spaced-repetition/binding ${version}`, logs: {} }
for (const file of readdirSync('logs').filter((f) => f.endsWith('.json')).sort()) {
  const { cards } = JSON.parse(readFileSync(`logs/${file}`, 'utf8'))
  const items = itemsOf(cards)
  const parameters = await computeParameters(items, { enableShortTerm: true, numRelearningSteps: 1 })
  // The pre-trained initial stabilities alone: a learning rate of 0 leaves them unchanged.
  const pretrained = await computeParameters(items, {
    enableShortTerm: true,
    numRelearningSteps: 1,
    trainingConfig: { numEpochs: 1, batchSize: 512, seed: 2023, maxSeqLen: 256, learningRate: 0, gamma: 1 },
  })
  const fitted = new FSRSBinding(parameters).evaluate(items)
  const defaults = new FSRSBinding().evaluate(items)
  out.logs[file] = {
    reviews: cards.reduce((n, c) => n + c.length, 0),
    cards: cards.length,
    items: items.length,
    parameters: parameters.map((x) => Number(x.toFixed(6))),
    pretrained: pretrained.slice(0, 4).map((x) => Number(x.toFixed(6))),
    fitted: { logLoss: fitted.logLoss, rmseBins: fitted.rmseBins },
    defaults: { logLoss: defaults.logLoss, rmseBins: defaults.rmseBins },
  }
  console.log(file, JSON.stringify(out.logs[file]))
}
writeFileSync('expected.json', JSON.stringify(out, null, 1) + '\n')
