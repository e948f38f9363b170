import { describe, expect, it } from 'vitest';
import { SUBMISSION_STATES, type SubmissionState } from '../api/submissions.schema';
import { ROLES, type Role } from '../api/users.schema';
import {
  decideSubmission,
  type SubmissionEvent,
  submissionRefusalMessage,
} from './submission-machine';

const EVENTS: SubmissionEvent[] = ['submit', 'approve', 'return', 'reopen', 'remind'];

// Every state × event, for a role that may act and a reason given: the next state, or 'refused'.
const TRANSITIONS: Record<SubmissionState, Record<SubmissionEvent, SubmissionState | 'refused'>> = {
  not_started: {
    submit: 'submitted',
    approve: 'refused',
    return: 'refused',
    reopen: 'refused',
    remind: 'not_started',
  },
  draft: {
    submit: 'submitted',
    approve: 'refused',
    return: 'refused',
    reopen: 'refused',
    remind: 'draft',
  },
  submitted: {
    submit: 'refused',
    approve: 'approved',
    return: 'returned',
    reopen: 'refused',
    remind: 'refused',
  },
  returned: {
    submit: 'submitted',
    approve: 'refused',
    return: 'refused',
    reopen: 'refused',
    remind: 'returned',
  },
  approved: {
    submit: 'refused',
    approve: 'refused',
    return: 'returned',
    reopen: 'draft',
    remind: 'refused',
  },
};

// Who may do what, admins always.
const MAY: Record<SubmissionEvent, Role[]> = {
  submit: ['reporter', 'admin'],
  approve: ['approver', 'admin'],
  return: ['approver', 'admin'],
  reopen: ['approver', 'admin'],
  remind: ['approver', 'admin'],
};

describe('the submission state machine', () => {
  const cases = SUBMISSION_STATES.flatMap((state) =>
    EVENTS.map((event) => ({ state, event, expected: TRANSITIONS[state][event] })),
  );
  it('has a row for every state and event', () => expect(cases).toHaveLength(25));

  it.each(cases)('$event from $state → $expected', ({ state, event, expected }) => {
    const decision = decideSubmission({ state, version: 3 }, event, {
      role: 'admin',
      reason: '数据有误',
    });
    expect(decision).toEqual(
      expected === 'refused' ? { ok: false, refusal: 'wrong_state' } : { ok: true, to: expected },
    );
  });

  const roleCases = EVENTS.flatMap((event) => ROLES.map((role) => ({ event, role })));
  it.each(roleCases)('$event by $role', ({ event, role }) => {
    const from = SUBMISSION_STATES.find((s) => TRANSITIONS[s][event] !== 'refused')!;
    const decision = decideSubmission({ state: from, version: 1 }, event, {
      role,
      reason: '数据有误',
    });
    expect(decision.ok).toBe(MAY[event].includes(role));
    if (!decision.ok) expect(decision.refusal).toBe('forbidden');
  });

  it('wants a reason to return, and only to return', () => {
    for (const reason of [undefined, null, '']) {
      expect(
        decideSubmission({ state: 'submitted', version: 1 }, 'return', {
          role: 'approver',
          reason,
        }),
      ).toEqual({ ok: false, refusal: 'reason_required' });
      expect(
        decideSubmission({ state: 'submitted', version: 1 }, 'approve', {
          role: 'approver',
          reason,
        }),
      ).toEqual({ ok: true, to: 'approved' });
    }
  });

  it('refuses a stale version before judging the state, and skips the check without one', () => {
    const current = { state: 'approved' as const, version: 4 };
    expect(decideSubmission(current, 'approve', { role: 'approver', version: 3 })).toEqual({
      ok: false,
      refusal: 'stale_version',
    });
    expect(decideSubmission(current, 'reopen', { role: 'approver', version: 4 })).toEqual({
      ok: true,
      to: 'draft',
    });
    expect(decideSubmission(current, 'reopen', { role: 'approver' })).toEqual({
      ok: true,
      to: 'draft',
    });
  });

  it('checks the role first, then the reason, then the version', () => {
    const current = { state: 'draft' as const, version: 2 };
    expect(decideSubmission(current, 'return', { role: 'reporter', version: 1 })).toEqual({
      ok: false,
      refusal: 'forbidden',
    });
    expect(decideSubmission(current, 'return', { role: 'approver', version: 1 })).toEqual({
      ok: false,
      refusal: 'reason_required',
    });
    expect(
      decideSubmission(current, 'return', { role: 'approver', version: 1, reason: '缺数据' }),
    ).toEqual({ ok: false, refusal: 'stale_version' });
  });

  it('names the state and the action in a refusal', () => {
    expect(submissionRefusalMessage('wrong_state', 'approve', 'draft')).toBe(
      '当前状态为“草稿”，不能审核通过',
    );
    expect(submissionRefusalMessage('wrong_state', 'remind', 'approved')).toBe(
      '当前状态为“已审核”，无需催报',
    );
  });
});
