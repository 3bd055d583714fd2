/**
 * Operative verbs. Those that ask something of someone carry a strength (mandatory for requests,
 * decides, mandates, authorizes, directs; hortatory for encourages, invites, urges, calls upon, appeals);
 * the others only mark where a new clause begins.
 */
import type { ObligationStrength } from '../types';

export interface VerbInfo {
  lemma: string;
  strength: ObligationStrength | null;
  /** Words that belong to the verb and come before its object: "calls upon", "appeals to". */
  particles?: string[];
}

const ASKING: Record<string, VerbInfo> = {
  requests: { lemma: 'requests', strength: 'mandatory' },
  decides: { lemma: 'decides', strength: 'mandatory' },
  mandates: { lemma: 'mandates', strength: 'mandatory' },
  authorizes: { lemma: 'authorizes', strength: 'mandatory' },
  authorises: { lemma: 'authorizes', strength: 'mandatory' },
  directs: { lemma: 'directs', strength: 'mandatory' },
  instructs: { lemma: 'instructs', strength: 'mandatory' },
  entrusts: { lemma: 'entrusts', strength: 'mandatory' },
  tasks: { lemma: 'tasks', strength: 'mandatory' },
  // "Demands" presses hard but binds no one unless the Council also decides; it is not in the mandatory list.
  demands: { lemma: 'demands', strength: 'hortatory' },
  encourages: { lemma: 'encourages', strength: 'hortatory' },
  invites: { lemma: 'invites', strength: 'hortatory' },
  urges: { lemma: 'urges', strength: 'hortatory' },
  exhorts: { lemma: 'exhorts', strength: 'hortatory' },
  recommends: { lemma: 'recommends', strength: 'hortatory' },
  calls: { lemma: 'calls upon', strength: 'hortatory', particles: ['upon', 'on'] },
  appeals: { lemma: 'appeals to', strength: 'hortatory', particles: ['to'] },
};

/**
 * Other forms of the asking verbs: the past tense of the Economic and Social Council's decisions ("(b) Requested
 * the Committee to submit ...") and the first person plural of political declarations ("5. Request the
 * Secretary-General to ..."). They open a clause only in a paragraph that itself opens with such a form (see
 * `isAlternateForm`), so that "the Committee met and decided ..." inside a third-person paragraph asks nothing.
 */
const ALTERNATE: Record<string, string> = {
  requested: 'requests',
  request: 'requests',
  decided: 'decides',
  decide: 'decides',
  authorized: 'authorizes',
  authorised: 'authorizes',
  authorize: 'authorizes',
  authorise: 'authorizes',
  mandated: 'mandates',
  directed: 'directs',
  instructed: 'instructs',
  encouraged: 'encourages',
  encourage: 'encourages',
  invited: 'invites',
  invite: 'invites',
  urged: 'urges',
  urge: 'urges',
  recommended: 'recommends',
  recommend: 'recommends',
  called: 'calls',
  call: 'calls',
};
const ALTERNATE_BOUNDARY = [
  'took',
  'take',
  'noted',
  'note',
  'welcomed',
  'welcome',
  'approved',
  'approve',
  'endorsed',
  'endorse',
  'adopted',
  'adopt',
  'reaffirmed',
  'reaffirm',
  'recognized',
  'recognize',
  'stressed',
  'stress',
  'emphasized',
  'emphasize',
  'expressed',
  'express',
  'commit',
  'acknowledge',
  'acknowledged',
  'recalled',
  'recall',
  'underline',
  'underlined',
];
for (const [form, lemma] of Object.entries(ALTERNATE)) ASKING[form] = ASKING[lemma]!;
const ALTERNATE_BOUNDARY_SET = new Set(ALTERNATE_BOUNDARY);

/** A past-tense or first-person form ("Requested", "Request") rather than the usual "Requests". */
export function isAlternateForm(word: string): boolean {
  return ALTERNATE[word] !== undefined || ALTERNATE_BOUNDARY_SET.has(word);
}

const BOUNDARY_ONLY = [
  'notes',
  'takes',
  'welcomes',
  'stresses',
  'emphasizes',
  'emphasises',
  'underlines',
  'underscores',
  'recognizes',
  'recognises',
  'reaffirms',
  'reiterates',
  'acknowledges',
  'expresses',
  'commends',
  'condemns',
  'deplores',
  'affirms',
  'regrets',
  'recalls',
  'considers',
  'believes',
  'highlights',
  'endorses',
  'approves',
  'adopts',
  'proclaims',
  'declares',
  'supports',
  'appreciates',
  'applauds',
  'renews',
  'remains',
  'observes',
  'agrees',
  'resolves',
  'looks',
  'confirms',
  'insists',
  'reminds',
  'praises',
  'salutes',
  'thanks',
  'wishes',
  'accepts',
  'rejects',
  'denounces',
  'strongly',
  'further',
  'also',
];

const BOUNDARY = new Set([
  ...Object.keys(ASKING),
  ...ALTERNATE_BOUNDARY,
  ...BOUNDARY_ONLY.filter((w) => w !== 'strongly' && w !== 'further' && w !== 'also'),
]);
const USUAL_BOUNDARY = [...BOUNDARY].filter((w) => !isAlternateForm(w));

/** Every word that can open a clause, for a single pass over the text. */
export const CLAUSE_WORD_PATTERN = new RegExp(`\\b(${[...USUAL_BOUNDARY, 'reiterates', 'renews'].join('|')})\\b`, 'gi');
/** The same with the past-tense and first-person forms, for the paragraphs that open with one. */
export const ALTERNATE_CLAUSE_WORD_PATTERN = new RegExp(`\\b(${[...BOUNDARY, 'reiterates', 'renews'].join('|')})\\b`, 'gi');

/** Words after which "requests", "calls" ... are nouns, not verbs. */
const NOUN_FOLLOWERS = new Set([
  'for',
  'of',
  'from',
  'made',
  'received',
  'submitted',
  'by',
  'and',
  'or',
  'in',
  'under',
  'contained',
  'addressed',
]);

export function verbInfo(word: string): VerbInfo | null {
  return ASKING[word] ?? null;
}

/** Is the word at this position a clause-opening operative verb? */
export function isClauseVerb(word: string, next: string | undefined): boolean {
  if (!BOUNDARY.has(word)) return false;
  if (word === 'calls' || word === 'call' || word === 'called')
    return next === 'upon' || next === 'on' || next === 'for' || next === undefined || next === '';
  if (word === 'appeals') return next === 'to' || next === 'for';
  if (word === 'takes' || word === 'took' || word === 'take') return next === 'note';
  if (word === 'note') return next === 'that' || next === 'with';
  if (word === 'looks') return next === 'forward';
  if (word === 'remains') return next === 'seized' || next === 'actively';
  if (word === 'notes' && next === 'verbales') return false;
  return !(next !== undefined && NOUN_FOLLOWERS.has(next) && word !== 'decides' && word !== 'notes');
}

/** Words that may stand between a clause boundary and its verb: "and also requests", "in this regard urges". */
export const ADVERBS = new Set([
  'also',
  'further',
  'again',
  'strongly',
  'therefore',
  'hereby',
  'moreover',
  'accordingly',
  'furthermore',
  'once',
  'in',
  'this',
  'regard',
  'context',
  'particular',
  'connection',
  'respect',
  'addition',
  'firmly',
  'urgently',
  'earnestly',
  'respectfully',
]);

/** "reiterates its request to", "renews its call upon": a restated request is still a request. */
export function restatedVerb(word: string, next: string | undefined, noun: string | undefined): VerbInfo | null {
  if ((word !== 'reiterates' && word !== 'renews') || next !== 'its') return null;
  switch (noun) {
    case 'request':
    case 'requests':
      return { lemma: 'requests', strength: 'mandatory', particles: ['to'] };
    case 'call':
      return { lemma: 'calls upon', strength: 'hortatory', particles: ['upon', 'on', 'to'] };
    case 'invitation':
      return { lemma: 'invites', strength: 'hortatory', particles: ['to'] };
    case 'appeal':
      return { lemma: 'appeals to', strength: 'hortatory', particles: ['to'] };
    default:
      return null;
  }
}
