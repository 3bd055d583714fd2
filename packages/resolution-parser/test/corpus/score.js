'use strict';
/**
 * Scores the parser on the labelled corpus (corpus.json). Plain CommonJS so that both `npm run accuracy`
 * (on the built dist) and the jest spec (on the sources) share one definition of the figures.
 *
 * Rules, the same as the seeds' expectations: the scored set is every mandatory obligation; entries marked
 * optional (hortatory calls on United Nations actors, readings the text leaves open) are neither required
 * nor counted against precision. An obligation found matches an expected one of the same paragraph and
 * kind; field accuracy compares the fields of every matched pair.
 */
const { readFileSync } = require('node:fs');
const path = require('node:path');

const CORPUS = path.join(__dirname, 'corpus.json');
const HEADING_FIELDS = ['symbol', 'body', 'session', 'adoptedOn', 'meeting'];

function loadCorpus() {
  const corpus = JSON.parse(readFileSync(CORPUS, 'utf8'));
  return corpus.resolutions.map((r) => ({ ...r, text: readFileSync(path.join(__dirname, r.file), 'utf8') }));
}

/** Fields compared for a matched pair; recipient and agenda title only where the expectation gives them. */
function fieldChecks(expected, found) {
  const checks = [
    ['strength', expected.strength, found.strength],
    ['actor', expected.actor, found.actor],
    ['dueSession', expected.dueSession ?? null, found.dueSession],
    ['dueDate', expected.dueDate ?? null, found.dueDate],
  ];
  if (expected.recipient !== undefined) checks.push(['recipient', expected.recipient, found.recipient]);
  if (expected.agendaItemTitle !== undefined) checks.push(['agendaItemTitle', expected.agendaItemTitle, found.agendaItemTitle]);
  return checks.map(([field, want, got]) => ({ field, want, got, ok: want === got }));
}

function closeness(expected, found) {
  return fieldChecks(expected, found).filter((c) => c.ok).length;
}

/** One-to-one matching: required expectations first, each taking the closest unmatched candidate. */
function match(expectedList, foundList) {
  const taken = new Set();
  const pairs = [];
  const order = [...expectedList].sort((a, b) => Number(Boolean(a.optional)) - Number(Boolean(b.optional)));
  for (const expected of order) {
    let best = -1;
    let bestScore = -1;
    foundList.forEach((found, i) => {
      if (taken.has(i) || found.paragraph !== expected.paragraph || found.kind !== expected.kind) return;
      const score = closeness(expected, found);
      if (score > bestScore) {
        best = i;
        bestScore = score;
      }
    });
    if (best >= 0) {
      taken.add(best);
      pairs.push({ expected, found: foundList[best] });
    } else {
      pairs.push({ expected, found: null });
    }
  }
  const unexpected = foundList.filter((_, i) => !taken.has(i));
  return { pairs, unexpected };
}

function scoreCorpus(analyse) {
  const totals = { required: 0, recalled: 0, reported: 0, correct: 0, fields: 0, fieldsRight: 0, heading: 0, headingRight: 0 };
  const details = [];
  for (const r of loadCorpus()) {
    const result = analyse(r.text);
    const { pairs, unexpected } = match(r.obligations, result.obligations);
    const missed = pairs.filter((p) => p.found === null && !p.expected.optional).map((p) => p.expected);
    const fieldErrors = [];
    for (const p of pairs) {
      if (p.found === null) continue;
      for (const c of fieldChecks(p.expected, p.found)) {
        totals.fields++;
        if (c.ok) totals.fieldsRight++;
        else fieldErrors.push({ paragraph: p.expected.paragraph, kind: p.expected.kind, ...c });
      }
    }
    totals.required += r.obligations.filter((o) => !o.optional).length;
    totals.recalled += pairs.filter((p) => p.found !== null && !p.expected.optional).length;
    totals.reported += result.obligations.length;
    totals.correct += result.obligations.length - unexpected.length;
    const headingErrors = [];
    for (const field of HEADING_FIELDS) {
      if (!(field in (r.heading ?? {}))) continue;
      totals.heading++;
      if (result[field] === r.heading[field]) totals.headingRight++;
      else headingErrors.push({ field, want: r.heading[field], got: result[field] });
    }
    const review = r.reviewClause === undefined ? null : { want: r.reviewClause, got: result.hasReviewClause ?? null };
    if (review !== null) {
      totals.review = (totals.review ?? 0) + 1;
      totals.reviewRight = (totals.reviewRight ?? 0) + (review.want === review.got ? 1 : 0);
    }
    details.push({
      file: r.file,
      missed,
      unexpected: unexpected.map((o) => ({ paragraph: o.paragraph, kind: o.kind, actor: o.actor, quote: o.quote.slice(0, 90) })),
      fieldErrors,
      headingErrors,
      review: review !== null && review.want !== review.got ? review : null,
    });
  }
  const ratio = (a, b) => (b === 0 ? 1 : a / b);
  return {
    resolutions: details.length,
    recall: ratio(totals.recalled, totals.required),
    precision: ratio(totals.correct, totals.reported),
    fieldAccuracy: ratio(totals.fieldsRight, totals.fields),
    headingAccuracy: ratio(totals.headingRight, totals.heading),
    reviewClauseAccuracy: ratio(totals.reviewRight ?? 0, totals.review ?? 0),
    totals,
    details,
  };
}

module.exports = { scoreCorpus, loadCorpus };
