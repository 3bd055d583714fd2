/**
 * Who an obligation is addressed to: the noun phrase between the verb and its infinitive ("requests
 * the Mine Action Service to ..."), reduced to its first member, with pronouns resolved ("requests him"
 * means the Secretary-General or the official last named) and a category that decides the kind.
 */
import { isStateName } from './states';
import { stripEdges, tokenize } from './clauses';

export type ActorCategory = 'SG' | 'UN' | 'STATES' | 'OTHER';

export interface Actor {
  name: string;
  category: ActorCategory;
  /** Resolved from "him", "her", "it" or "them". */
  pronoun: boolean;
}

/** Words after "to" that show it is a preposition, not the start of an infinitive. */
const NOT_INFINITIVE = new Set([
  'the',
  'a',
  'an',
  'all',
  'its',
  'their',
  'his',
  'her',
  'this',
  'that',
  'these',
  'those',
  'it',
  'them',
  'him',
  'which',
  'whom',
  'what',
  'any',
  'each',
  'every',
  'such',
  'other',
  'others',
  'conflict',
  'conflicts',
  'date',
  'and',
  'or',
  'our',
  'my',
  'your',
  'both',
  'relevant',
  'affected',
  'countries',
  'states',
  'women',
  'children',
  'victims',
  'persons',
  'people',
]);

const AGENT_NOUNS = new Set([
  'states',
  'parties',
  'governments',
  'government',
  'organizations',
  'organisations',
  'donors',
  'stakeholders',
  'actors',
  'agencies',
  'entities',
  'institutions',
  'bodies',
  'programmes',
  'funds',
  'partners',
  'members',
  'countries',
  'authorities',
  'community',
  'sector',
  'society',
  'mechanisms',
  'missions',
  'operations',
  'forces',
  'commissions',
  'committees',
  'experts',
  'rapporteurs',
  'procedures',
  'secretariat',
  'banks',
  'companies',
  'businesses',
  'enterprises',
  'media',
  'leaders',
  'officials',
  'communities',
  'system',
  'offices',
  'groups',
  'holders',
  'mandate-holders',
  'coordinators',
  'teams',
  'administrations',
  'contributors',
  'providers',
]);

const DETERMINERS = new Set(['the', 'all', 'those', 'these', 'also', 'further', 'any', 'each', 'every', 'both']);

const PERSON_TITLES = [
  'Secretary-General',
  'High Commissioner',
  'Special Rapporteur',
  'Special Representative',
  'Special Envoy',
  'Special Adviser',
  'Independent Expert',
  'President of the General Assembly',
  'Executive Director',
  'Director-General',
  'Administrator',
  'Emergency Relief Coordinator',
  'High Representative',
  'Chair',
];

const UN_MARKERS = [
  'United Nations',
  'UN-',
  'Secretariat',
  'Mine Action Service',
  'Office of',
  'Office for',
  'Office on',
  'Department of',
  'High Commissioner',
  'Special Rapporteur',
  'Special Representative',
  'Special Envoy',
  'Special Adviser',
  'Special Coordinator',
  'Independent Expert',
  'Working Group',
  'Committee',
  'Commission',
  'Council',
  'General Assembly',
  'Programme',
  'Fund',
  'Agency',
  'Entity',
  'Peacebuilding',
  'Emergency Relief',
  'Executive Director',
  'Administrator',
  'Director-General',
  'Under-Secretary-General',
  'High Representative',
  'President of the',
  'Bureau',
  'Panel of Experts',
  'Mission',
  'Force',
  'Inter-Agency',
  'Institute',
  'University',
  'Organization',
  'Tribunal',
  'Court of Justice',
  'treaty bodies',
  'special procedures',
  'Special Committee',
  'specialized agencies',
  'funds and programmes',
  'regional commissions',
  'resident coordinator',
];

const UN_ACRONYMS = new Set([
  'OHCHR',
  'OCHA',
  'DPPA',
  'DPO',
  'DESA',
  'WHO',
  'WFP',
  'FAO',
  'ILO',
  'IAEA',
  'ITU',
  'UPU',
  'WMO',
  'WIPO',
  'IFAD',
  'IMO',
  'ICAO',
  'ODA',
  'UNMAS',
  'UNICEF',
  'UNESCO',
]);

const STATE_HEADS =
  /^(Member States|States|States parties|States Parties|Governments?|parties|countries|Government of|the international community|international community|authorities|national authorities|all parties)\b/;

/** Splits "<actor> to <verb> ..." into actor and action; the action is empty for a chapeau ending in ":". */
// "Requests the Secretary-General provide written monthly reports": the infinitive's "to" left out.
const BARE_REQUEST =
  /^((?:the |)(?:[A-Z][\w\u2019'-]*(?:,? (?:of|for|on|and|the|in) |\s+))*[A-Z][\w\u2019'-]*) (provide|submit|report|present|brief|keep|continue|take|ensure|include|prepare|convene|transmit|undertake|conduct|develop|establish|make|inform)\b/;

export function splitActorAndAction(rest: string): { actor: string; action: string } | null {
  const bare = BARE_REQUEST.exec(rest.slice(0, 240));
  if (bare !== null && bare[1] !== undefined) return { actor: bare[1], action: rest.slice(bare[1].length).trim() };
  const limit = Math.min(rest.length, 600);
  const colon = rest.indexOf(':');
  let from = 1;
  for (let guard = 0; guard < 40; guard++) {
    const at = rest.indexOf(' to', from);
    if (at < 0 || at >= limit) break;
    from = at + 3;
    if (colon >= 0 && colon < at) break;
    const after = rest[at + 3];
    if (after === ':' || at + 3 === rest.length) return { actor: rest.slice(0, at).trim(), action: '' };
    if (after !== ' ') continue;
    let e = at + 4;
    while (e < rest.length && e - at < 40 && /[a-z-]/.test(rest[e] as string)) e++;
    const word = rest.slice(at + 4, e);
    if (word === '' || !/^[a-z]/.test(word) || NOT_INFINITIVE.has(word) || !/^($|[\s:,;])/.test(rest[e] ?? '')) continue;
    // "the Secretary-General, with the assistance of a group of experts, to be convened ..., to prepare a report":
    // a passive infinitive inside the aside describes the group, not what is asked.
    if (word === 'be' && rest.slice(0, at).includes(',')) continue;
    return { actor: rest.slice(0, at).trim(), action: rest.slice(at + 4).trim() };
  }
  if (colon >= 0 && colon < limit) {
    const actor = rest.slice(0, colon).trim();
    return { actor: actor.endsWith(' to') ? actor.slice(0, -3) : actor, action: '' };
  }
  return null;
}

function hasHead(words: string[]): boolean {
  return words.some((w) => /^[A-Z]/.test(w) || AGENT_NOUNS.has(w.toLowerCase()));
}

function isUnitedNations(words: string[]): boolean {
  if (words.length === 0 || !/^[A-Z]/.test(stripEdges(words[0] === 'the' ? (words[1] ?? '') : words[0]!))) return false;
  const category = categorize(words.filter((w, i) => !(i === 0 && w === 'the')).join(' '));
  return category === 'SG' || category === 'UN';
}

/** First member of a list of actors: "Member States and regional organizations" -> "Member States". */
export function firstConjunct(phrase: string): string {
  const commaFree = phrase.split(',')[0] ?? phrase;
  const words = commaFree.split(' ').filter((w) => w !== '');
  const kept: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if ((w === 'and' || w === 'or' || w === 'as') && hasHead(kept)) {
      const next = words[i + 1] ?? '';
      const prev = kept[kept.length - 1] ?? '';
      // "the Executive Directors of the Fund and of UN-Women": one title shared by two organizations.
      const sharedTitle = w === 'and' && next === 'of' && kept.includes('of');
      // "acting under paragraphs 1 and 2 above", "acting through or in cooperation with the EU": one qualifier.
      const inQualifier = /^[0-9]/.test(next) || (w === 'or' && ['in', 'with', 'through', 'under'].includes(next));
      // "the Secretary-General and the High Commissioner": two officials asked together keep both names.
      const twoOfficials = w === 'and' && next === 'the' && isUnitedNations(kept) && isUnitedNations(words.slice(i + 2));
      // "the United Nations Entity for Gender Equality and the Empowerment of Women": "and the" inside one name,
      // what follows being no actor of its own.
      const withinName =
        w === 'and' &&
        next === 'the' &&
        /^[A-Z]/.test(prev) &&
        (kept.includes('for') || kept.includes('of')) &&
        /^[A-Z]/.test(words[i + 2] ?? '') &&
        (categorize(words.slice(i + 2).join(' ')) ?? 'OTHER') === 'OTHER';
      if (!sharedTitle && !inQualifier && !twoOfficials && !withinName && !(/^[A-Z]/.test(next) && /^[A-Z]/.test(prev))) break;
    }
    kept.push(w);
  }
  while (kept.length > 0 && DETERMINERS.has(kept[0]!.toLowerCase())) kept.shift();
  return kept.join(' ').trim();
}

const LEAD_ADJECTIVES = new Set([
  'relevant',
  'other',
  'interested',
  'concerned',
  'international',
  'regional',
  'national',
  'multilateral',
  'subregional',
  'local',
  'non-governmental',
  'intergovernmental',
  'governmental',
  'affected',
  'donor',
  'humanitarian',
  'private',
  'civil',
  'competent',
  'leading',
  'specialized',
  'major',
  'mine-affected',
]);

const COUNTS = new Set(['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'several', 'both', 'certain', 'some']);

/** "the five nuclear-weapon States", "troop-contributing countries": counts and compound modifiers, not actions. */
function isModifier(word: string): boolean {
  const w = word.toLowerCase();
  return COUNTS.has(w) || /^[a-z]+(-[a-z]+)+$/.test(w);
}

// Bodies the text names in lower case: "the commission of inquiry", "the preparatory committee".
const LOWER_CASE_BODY =
  /^(?:independent |international |open-ended |intergovernmental |preparatory |ad hoc |special |inter-agency |high-level )*(?:commission of inquiry|commission|committee|working group|task force|group of (?:governmental )?experts|panel of experts|fact-finding mission|monitoring team|mechanism|secretariat)\b/;

export function categorize(name: string): ActorCategory | null {
  if (name === '') return null;
  if (name === 'Secretary-General') return 'SG';
  if (LOWER_CASE_BODY.test(name)) return 'UN';
  const words = name.split(' ');
  const headIndex = words.findIndex((w) => /^[A-Z]/.test(w) || AGENT_NOUNS.has(w.toLowerCase()));
  if (headIndex < 0) return null;
  // Lower-case words before the first name that are not adjectives ("the finalization of ... by the United
  // Nations", "efforts to ...") show the phrase is an action, not an actor.
  const lead = words.slice(0, headIndex);
  if (lead.some((w) => w.length > 3 && !LEAD_ADJECTIVES.has(w.toLowerCase()) && !isModifier(w))) return null;
  if (STATE_HEADS.test(name) || /^[a-z -]*(States|Governments|countries)$/.test(name) || isStateName(name)) return 'STATES';
  if (UN_MARKERS.some((m) => name.includes(m))) return 'UN';
  const bareFirst = stripEdges(words[headIndex] ?? '');
  if (/^(UN|MINU|MONU|BINU)[A-Z]{2,}$/.test(bareFirst) || UN_ACRONYMS.has(bareFirst)) return 'UN';
  return 'OTHER';
}

/** The official a pronoun refers back to: the last person named before it, else the Secretary-General. */
export function personBefore(text: string): string {
  let best = 'Secretary-General';
  let bestAt = -1;
  for (const title of PERSON_TITLES) {
    const at = text.lastIndexOf(title);
    if (at > bestAt) {
      bestAt = at;
      best = title;
    }
  }
  return best;
}

const ALIASES: Record<string, string> = {
  'United Nations Mine Action Service': 'Mine Action Service',
  UNMAS: 'Mine Action Service',
};

export function resolveActor(rawActor: string, textBefore: string, lastActor: Actor | null): Actor | null {
  // "Requests the Secretary-General urgently to put in place": the adverb is not part of the name.
  const cleaned = rawActor
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/,? (?:urgently|also|further|again|immediately|promptly|expeditiously|therefore|once again|in particular)$/, '');
  if (cleaned === '' || cleaned.length > 300) return null;
  const first = firstConjunct(cleaned);
  const lower = first.toLowerCase();
  if (lower === 'him' || lower === 'her') {
    const name = personBefore(textBefore);
    return { name, category: name === 'Secretary-General' ? 'SG' : 'UN', pronoun: true };
  }
  if (lower === 'it' || lower === 'them') {
    return lastActor === null ? null : { ...lastActor, pronoun: true };
  }
  const name = ALIASES[first] ?? first;
  const category = categorize(name);
  return category === null ? null : { name, category, pronoun: false };
}

const NP_WORDS = new Set([
  'the',
  'all',
  'of',
  'and',
  'for',
  'on',
  'to',
  'its',
  'their',
  'relevant',
  'other',
  'concerned',
  'armed',
  'in',
  'both',
  'conflict',
  'conflicts',
  'region',
  'present',
  'resolution',
  'convention',
  'treaty',
  'international',
  'regional',
]);
// Lower-case names of bodies a "that" clause may have as its subject: "that the inter-agency task force shall meet".
for (const w of [
  'inter-agency',
  'task',
  'force',
  'working',
  'group',
  'committee',
  'commission',
  'panel',
  'mechanism',
  'open-ended',
  'ad',
  'hoc',
  'preparatory',
  'high-level',
  'intergovernmental',
])
  NP_WORDS.add(w);
const NP_TRAILERS = new Set(['the', 'of', 'and', 'for', 'on', 'to', 'in', 'its', 'their']);

/**
 * Subject of a "that" clause: "Decides that all States shall ..." -> "all States" and the rest. An aside
 * between "that," and the subject ("that, in addition to the records ..., the President will ...") is
 * skipped: the subject is the first noun phrase after one of its commas that a modal verb follows.
 */
// "that the Special Committee, in accordance with its mandate, shall continue ...": an aside after the subject.
const ASIDE_AFTER_SUBJECT = /^(that [^,;]{3,120}?), [^,;]{3,160}?, ((?:shall|will|should|would|must) [\s\S]*)$/;

export function thatSubject(rest: string): { actor: string; action: string } | null {
  if (!rest.startsWith('that,')) {
    const plain = plainThatSubject(rest);
    if (plain !== null) return plain;
    const aside = ASIDE_AFTER_SUBJECT.exec(rest.slice(0, 600));
    return aside === null ? null : plainThatSubject(`${aside[1]} ${aside[2]}`);
  }
  let comma = rest.indexOf(', ', 5);
  for (let guard = 0; guard < 6 && comma > 0 && comma < 600; guard++) {
    const found = plainThatSubject(`that ${rest.slice(comma + 2)}`);
    if (found !== null && found.modal) return found;
    comma = rest.indexOf(', ', comma + 2);
  }
  return null;
}

function plainThatSubject(rest: string): { actor: string; action: string; modal: boolean } | null {
  const tokens = tokenize(rest, 0, Math.min(rest.length, 600));
  if (tokens[0]?.bare !== 'that') return null;
  let k = 1;
  while (k < tokens.length && k < 25) {
    const t = tokens[k]!;
    const word = stripEdges(t.raw);
    if (/^[A-Z]/.test(word) || NP_WORDS.has(t.bare) || AGENT_NOUNS.has(t.bare) || /^[A-Z]/.test(t.raw)) {
      if (t.raw.endsWith(',')) break;
      k++;
      continue;
    }
    break;
  }
  while (k > 1 && NP_TRAILERS.has(tokens[k - 1]!.bare)) k--;
  if (k <= 1) return null;
  const actorEnd = tokens[k - 1]!.end;
  let a = k;
  while (
    a < tokens.length &&
    ['shall', 'should', 'will', 'must', 'may', 'immediately', 'also', 'continue', 'further', 'fully'].includes(tokens[a]!.bare)
  )
    a++;
  if (a === k && !['shall', 'should', 'will', 'must'].includes(tokens[k]?.bare ?? '')) {
    // Subjunctive ("that all parties cease"): accept only a lower-case verb right after the subject.
    if (!/^[a-z]+$/.test(tokens[k]?.raw ?? '')) return null;
  }
  const action = a < tokens.length ? rest.slice(tokens[a]!.start) : '';
  const modal = ['shall', 'should', 'will', 'must', 'may'].includes(tokens[k]?.bare ?? '');
  return { actor: rest.slice(tokens[1]!.start, actorEnd).replace(/,$/, ''), action, modal };
}
