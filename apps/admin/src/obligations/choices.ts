/** The API's enumerations with the words staff use for them. */
export const KIND_CHOICES = [
  { id: 'REPORT', name: 'Report' },
  { id: 'AGENDA_ITEM', name: 'Agenda item' },
  { id: 'TASK', name: 'Task' },
  { id: 'MEETING', name: 'Meeting' },
  { id: 'STATE_ACTION', name: 'Action by States' },
  { id: 'MANDATE_RENEWAL', name: 'Mandate renewal' },
];

export const STRENGTH_CHOICES = [
  { id: 'MANDATORY', name: 'Mandatory' },
  { id: 'HORTATORY', name: 'Hortatory' },
];

export const STATUS_CHOICES = [
  { id: 'PENDING', name: 'Pending' },
  { id: 'IN_PROGRESS', name: 'In progress' },
  { id: 'SUBMITTED', name: 'Submitted' },
  { id: 'FULFILLED', name: 'Fulfilled' },
  { id: 'DEFERRED', name: 'Deferred' },
  { id: 'CANCELLED', name: 'Cancelled' },
];

export const REVIEW_CHOICES = [
  { id: 'NEEDS_REVIEW', name: 'Needs review' },
  { id: 'CONFIRMED', name: 'Confirmed' },
  { id: 'REJECTED', name: 'Rejected' },
];

export const nameOf = (choices: { id: string; name: string }[], id: string): string => choices.find((c) => c.id === id)?.name ?? id;
