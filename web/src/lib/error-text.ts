import type { ErrorCode } from '@targetboard/shared/api/errors';
import { ApiError } from './api-client';
import type { Language } from './messages';

/**
 * What each error code of the API means to the person using the app, in the UI's languages.
 * Keyed by every `ErrorCode`, so a code added to the API fails the typecheck here until it is
 * given words. `retry`: asking again may succeed (the server or network was unavailable);
 * otherwise something must change first and a retry button would only repeat the failure.
 */
const CODES: Record<ErrorCode, { zh: string; en: string; retry: boolean }> = {
  bad_request: { zh: '请求格式有误。', en: 'The request was malformed.', retry: false },
  validation_failed: {
    zh: '填写的内容有误，请检查后再试。',
    en: 'Some input is invalid; check it and try again.',
    retry: false,
  },
  unauthenticated: {
    zh: '登录已过期，请重新登录。',
    en: 'Your session has ended; please sign in again.',
    retry: false,
  },
  forbidden: {
    zh: '您无权进行此操作，或该地区不在您的范围内。',
    en: 'You may not do this, or the region is outside your scope.',
    retry: false,
  },
  not_found: {
    zh: '找不到要找的内容，可能已被删除。',
    en: 'Not found; it may have been removed.',
    retry: false,
  },
  method_not_allowed: {
    zh: '不支持此操作。',
    en: 'This operation is not supported.',
    retry: false,
  },
  conflict: {
    zh: '数据已被他人修改，请刷新后再试。',
    en: 'Someone else changed this meanwhile; reload and try again.',
    retry: false,
  },
  locked: {
    zh: '该季度已审核通过并锁定，需审核人重新打开后才能修改。',
    en: 'This quarter is approved and locked; an approver must re-open it first.',
    retry: false,
  },
  plausibility_note_required: {
    zh: '部分数据与历史相比变化异常，请填写备注说明原因。',
    en: 'Some figures jump against their history; add a note explaining why.',
    retry: false,
  },
  figures_missing: {
    zh: '还有指标没有数据，请逐项说明原因或确认不适用。',
    en: 'Some indicators have no figure; give a reason for each or confirm they do not apply.',
    retry: false,
  },
  payload_too_large: {
    zh: '文件或内容太大。',
    en: 'The file or content is too large.',
    retry: false,
  },
  unsupported_media_type: {
    zh: '不支持这种文件或内容格式。',
    en: 'This file or content type is not supported.',
    retry: false,
  },
  unprocessable: {
    zh: '无法处理所提交的内容。',
    en: 'The content could not be processed.',
    retry: false,
  },
  rate_limited: {
    zh: '操作过于频繁，请稍候再试。',
    en: 'Too many attempts; wait a moment and try again.',
    retry: true,
  },
  unavailable: {
    zh: '服务暂时不可用（数据库无法连接），请稍后重试。',
    en: 'The service is unavailable for now (no database); try again shortly.',
    retry: true,
  },
  internal: {
    zh: '服务器出错，请稍后重试；如仍失败，请联系管理员。',
    en: 'The server failed; try again, and tell an administrator if it keeps failing.',
    retry: true,
  },
};

const NETWORK = {
  zh: '无法连接服务器，请检查网络后重试。',
  en: 'The server cannot be reached; check the connection and try again.',
};

export interface ErrorText {
  /** In the UI's language. */
  text: string;
  /** The server's own words, for a detail line (they may be English or name internals). */
  detail: string | null;
  /** Whether asking again may help. */
  retry: boolean;
}

/** An error from the API (or no answer at all) as the UI says it. */
export function errorText(error: unknown, lang: Language): ErrorText {
  if (error instanceof ApiError && error.code in CODES) {
    const known = CODES[error.code as ErrorCode];
    return {
      text: known[lang],
      detail: error.message && error.message !== known[lang] ? error.message : null,
      retry: known.retry,
    };
  }
  if (error instanceof ApiError && error.status > 0)
    return {
      text: CODES.internal[lang],
      detail: error.message || null,
      retry: error.status >= 500,
    };
  return { text: NETWORK[lang], detail: null, retry: true };
}
