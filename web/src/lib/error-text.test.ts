import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from '@targetboard/shared/api/errors';
import { ApiError } from './api-client';
import { errorText } from './error-text';

describe('errorText', () => {
  it('says every API error code in both languages, the server text only as detail', () => {
    for (const code of ERROR_CODES) {
      const error = new ApiError(400, code, 'this region is outside your scope');
      const zh = errorText(error, 'zh');
      const en = errorText(error, 'en');
      expect(zh.text, code).toMatch(/[\u4e00-\u9fff]/);
      expect(zh.text, code).not.toContain('outside your scope');
      expect(en.text, code).not.toBe(zh.text);
      expect(zh.detail).toBe('this region is outside your scope');
    }
  });

  it('offers a retry only where asking again can help', () => {
    const retry = (code: string, status = 400) =>
      errorText(new ApiError(status, code, ''), 'zh').retry;
    expect(retry('unavailable', 503)).toBe(true);
    expect(retry('internal', 500)).toBe(true);
    expect(retry('forbidden', 403)).toBe(false);
    expect(retry('validation_failed', 422)).toBe(false);
    expect(retry('conflict', 409)).toBe(false);
    expect(errorText(new TypeError('Failed to fetch'), 'zh')).toEqual({
      text: '无法连接服务器，请检查网络后重试。',
      detail: null,
      retry: true,
    });
    expect(errorText(new ApiError(502, 'bad_gateway', 'HTTP 502'), 'zh').retry).toBe(true);
  });
});
