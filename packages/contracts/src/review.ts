/** Nothing extracted is final until a person confirms or corrects it: obligations and document links both carry one. */
export const REVIEW_STATES = ['NEEDS_REVIEW', 'CONFIRMED', 'REJECTED'] as const;
export type ReviewState = (typeof REVIEW_STATES)[number];

export const REVIEW_STATE_LABELS: Record<ReviewState, string> = {
  NEEDS_REVIEW: 'Needs review',
  CONFIRMED: 'Confirmed',
  REJECTED: 'Rejected',
};
