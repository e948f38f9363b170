import type { SubmissionAction, SubmissionState } from '../api/submissions.schema';
import type { Role } from '../api/users.schema';

/** What can happen to a region's quarter: the four actions, and a reminder that keeps the state. */
export type SubmissionEvent = SubmissionAction | 'remind';

interface Rule {
  /** The states the event may leave from. */
  from: readonly SubmissionState[];
  /** The state it leaves the quarter in; `null` keeps the state (a reminder). */
  to: Exclude<SubmissionState, 'not_started'> | null;
  /** Who may do it besides admins, who may do everything. */
  roles: readonly Role[];
  /** The verb in a refusal message. */
  label: string;
}

/** The state machine: which states each event leaves from, where it goes, and who may do it. */
export const SUBMISSION_RULES: Record<SubmissionEvent, Rule> = {
  submit: {
    from: ['not_started', 'draft', 'returned'],
    to: 'submitted',
    roles: ['reporter'],
    label: '提交',
  },
  approve: { from: ['submitted'], to: 'approved', roles: ['approver'], label: '审核通过' },
  return: { from: ['submitted', 'approved'], to: 'returned', roles: ['approver'], label: '退回' },
  reopen: { from: ['approved'], to: 'draft', roles: ['approver'], label: '重新打开' },
  // A quarter already submitted or approved needs no reminder.
  remind: {
    from: ['not_started', 'draft', 'returned'],
    to: null,
    roles: ['approver'],
    label: '催报',
  },
};

export const SUBMISSION_STATE_NAMES: Record<SubmissionState, string> = {
  not_started: '未开始',
  draft: '草稿',
  submitted: '已提交',
  returned: '已退回',
  approved: '已审核',
};

/** Why an event is refused: role, a return without a reason, a stale version, or the state. */
export type SubmissionRefusal = 'forbidden' | 'reason_required' | 'stale_version' | 'wrong_state';

export type SubmissionDecision =
  { ok: true; to: SubmissionState } | { ok: false; refusal: SubmissionRefusal };

export interface SubmissionRequest {
  role: Role;
  /** The version the caller read; undefined skips the check. */
  version?: number;
  /** Trimmed; empty or null counts as none. */
  reason?: string | null;
}

/**
 * Where `event` takes a quarter now in `current`, or why it may not: checked in the order
 * role → reason (returning needs one) → version (stale when given and different) → state.
 */
export function decideSubmission(
  current: { state: SubmissionState; version: number },
  event: SubmissionEvent,
  request: SubmissionRequest,
): SubmissionDecision {
  const rule = SUBMISSION_RULES[event];
  if (request.role !== 'admin' && !rule.roles.includes(request.role))
    return { ok: false, refusal: 'forbidden' };
  if (event === 'return' && !request.reason) return { ok: false, refusal: 'reason_required' };
  if (request.version !== undefined && request.version !== current.version)
    return { ok: false, refusal: 'stale_version' };
  if (!rule.from.includes(current.state)) return { ok: false, refusal: 'wrong_state' };
  return { ok: true, to: rule.to ?? current.state };
}

/** The message shown for a refusal of a permitted role, in the bureau's language. */
export function submissionRefusalMessage(
  refusal: Exclude<SubmissionRefusal, 'forbidden'>,
  event: SubmissionEvent,
  state: SubmissionState,
): string {
  switch (refusal) {
    case 'reason_required':
      return '退回时请填写原因';
    case 'stale_version':
      return '该季度的状态已被他人更改，请刷新';
    case 'wrong_state':
      return event === 'remind'
        ? `当前状态为“${SUBMISSION_STATE_NAMES[state]}”，无需催报`
        : `当前状态为“${SUBMISSION_STATE_NAMES[state]}”，不能${SUBMISSION_RULES[event].label}`;
  }
}
