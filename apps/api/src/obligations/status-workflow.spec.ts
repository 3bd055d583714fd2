import { ALLOWED_TRANSITIONS, checkTransition } from './status-workflow';

describe('checkTransition', () => {
  it.each([
    ['PENDING', 'IN_PROGRESS'],
    ['IN_PROGRESS', 'SUBMITTED'],
    ['SUBMITTED', 'FULFILLED'],
    ['PENDING', 'DEFERRED'],
    ['DEFERRED', 'IN_PROGRESS'],
    ['FULFILLED', 'SUBMITTED'],
  ] as const)('allows %s → %s', (from, to) => {
    expect(checkTransition(from, to, null)).toEqual({ allowed: true });
  });

  it.each([
    ['PENDING', 'FULFILLED'],
    ['FULFILLED', 'PENDING'],
    ['CANCELLED', 'SUBMITTED'],
  ] as const)('refuses %s → %s, naming what is allowed', (from, to) => {
    const check = checkTransition(from, to, null);
    expect(check).toEqual({ allowed: false, reason: expect.stringContaining(ALLOWED_TRANSITIONS[from].join(', ')) });
  });

  it('needs a reason to cancel', () => {
    expect(checkTransition('PENDING', 'CANCELLED', '  ')).toEqual({ allowed: false, reason: expect.stringContaining('statusReason') });
    expect(checkTransition('PENDING', 'CANCELLED', 'Superseded by resolution 60/97')).toEqual({ allowed: true });
  });

  it('lets a status stay as it is', () => {
    expect(checkTransition('SUBMITTED', 'SUBMITTED', null)).toEqual({ allowed: true });
  });
});
