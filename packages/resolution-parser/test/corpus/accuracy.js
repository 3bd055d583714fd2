#!/usr/bin/env node
'use strict';
/**
 * `npm run accuracy`: recall, precision and field accuracy of the built parser on the labelled corpus.
 * `--details` also lists every miss, unexpected obligation and wrong field.
 */
const { analyseResolution } = require('../../dist');
const { scoreCorpus } = require('./score');

const score = scoreCorpus((text) => analyseResolution(text));
const pct = (x) => `${(100 * x).toFixed(1)} %`;
const t = score.totals;
console.log(`corpus: ${score.resolutions} resolutions, ${t.required} required obligations, ${t.reported} reported`);
console.log(`recall          ${pct(score.recall)}  (${t.recalled}/${t.required})`);
console.log(`precision       ${pct(score.precision)}  (${t.correct}/${t.reported})`);
console.log(`field accuracy  ${pct(score.fieldAccuracy)}  (${t.fieldsRight}/${t.fields})`);
console.log(`heading fields  ${pct(score.headingAccuracy)}  (${t.headingRight}/${t.heading})`);
console.log(`review clauses  ${pct(score.reviewClauseAccuracy)}  (${t.reviewRight ?? 0}/${t.review ?? 0})`);
if (process.argv.includes('--details')) {
  for (const d of score.details) {
    if (d.missed.length + d.unexpected.length + d.fieldErrors.length + d.headingErrors.length === 0 && d.review === null) continue;
    console.log(`\n${d.file}`);
    for (const m of d.missed) console.log(`  missed      ${m.paragraph} ${m.kind} ${m.actor}`);
    for (const u of d.unexpected) console.log(`  unexpected  ${u.paragraph} ${u.kind} ${u.actor}: ${u.quote}`);
    for (const f of d.fieldErrors)
      console.log(`  field       ${f.paragraph} ${f.kind} ${f.field}: want ${JSON.stringify(f.want)}, got ${JSON.stringify(f.got)}`);
    for (const h of d.headingErrors) console.log(`  heading     ${h.field}: want ${JSON.stringify(h.want)}, got ${JSON.stringify(h.got)}`);
    if (d.review !== null) console.log(`  review      want ${d.review.want}, got ${d.review.got}`);
  }
}
