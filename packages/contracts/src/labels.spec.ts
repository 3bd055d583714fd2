import {
  BODIES,
  BODY_LABELS,
  choicesOf,
  DOCUMENT_KIND_LABELS,
  DOCUMENT_KINDS,
  labelOf,
  LINK_ORIGIN_LABELS,
  LINK_ORIGINS,
  LINK_RELATION_LABELS,
  LINK_RELATIONS,
  OBLIGATION_KIND_LABELS,
  OBLIGATION_KINDS,
  OBLIGATION_STATUS_LABELS,
  OBLIGATION_STATUSES,
  OBLIGATION_STRENGTH_LABELS,
  OBLIGATION_STRENGTHS,
  REVIEW_STATE_LABELS,
  REVIEW_STATES,
  ROLE_LABELS,
  ROLES,
  SOURCE_FORMAT_LABELS,
  SOURCE_FORMATS,
} from './index';

// The types already demand a label per value; this catches a label left for a value since removed.
describe.each([
  ['bodies', BODIES, BODY_LABELS],
  ['source formats', SOURCE_FORMATS, SOURCE_FORMAT_LABELS],
  ['obligation kinds', OBLIGATION_KINDS, OBLIGATION_KIND_LABELS],
  ['strengths', OBLIGATION_STRENGTHS, OBLIGATION_STRENGTH_LABELS],
  ['statuses', OBLIGATION_STATUSES, OBLIGATION_STATUS_LABELS],
  ['review states', REVIEW_STATES, REVIEW_STATE_LABELS],
  ['document kinds', DOCUMENT_KINDS, DOCUMENT_KIND_LABELS],
  ['link relations', LINK_RELATIONS, LINK_RELATION_LABELS],
  ['link origins', LINK_ORIGINS, LINK_ORIGIN_LABELS],
  ['roles', ROLES, ROLE_LABELS],
] as const)('%s', (_name, values: readonly string[], labels: Record<string, string>) => {
  it('has exactly one non-empty label per value', () => {
    expect(Object.keys(labels).sort()).toEqual([...values].sort());
    expect(Object.values(labels).every((label) => label.trim().length > 0)).toBe(true);
  });
});

describe('choicesOf', () => {
  it('keeps the values in order, each with its label', () => {
    expect(choicesOf(REVIEW_STATES, REVIEW_STATE_LABELS)).toEqual([
      { id: 'NEEDS_REVIEW', name: 'Needs review' },
      { id: 'CONFIRMED', name: 'Confirmed' },
      { id: 'REJECTED', name: 'Rejected' },
    ]);
  });
});

describe('labelOf', () => {
  it('names a known value and passes an unknown one through', () => {
    expect(labelOf(OBLIGATION_STATUS_LABELS, 'IN_PROGRESS')).toBe('In progress');
    expect(labelOf(OBLIGATION_STATUS_LABELS, 'ARCHIVED')).toBe('ARCHIVED');
    expect(labelOf(OBLIGATION_STATUS_LABELS, 'toString')).toBe('toString');
  });
});
