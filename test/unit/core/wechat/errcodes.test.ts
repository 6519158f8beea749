import { describe, expect, it } from 'vitest';
import { AppError } from '@shared/errors';
import { describeErrcode, errcodeInfo, ERRCODES, TOKEN_ERRCODES } from '../../../../electron/core/wechat/errcodes';
import {
  FileRejectedError,
  RetiredApiError,
  splitRid,
  WeChatApiError,
  WeChatTransportError,
  type TransportPhase,
} from '../../../../electron/core/wechat/errors';
import { toAppError } from '../../../../electron/core/wechat/to-app-error';

/** Every errcode named in docs/wechat-api.md § Error codes (stable_token, draft and freepublish codes included). */
const DOCUMENTED = [
  -1, 40001, 40002, 40004, 40005, 40006, 40007, 40009, 40013, 40014, 40113, 40114, 40125, 40161, 40164, 40243, 41001,
  41002, 41004, 41005, 41039, 42001, 43002, 44001, 44002, 44003, 45001, 45002, 45003, 45004, 45007, 45009, 45011, 45103,
  45106, 45166, 46001, 47001, 48001, 48006, 50002, 50004, 50007, 53404, 53405, 53406, 53503, 53504, 53505, 53600, 76001,
  76002, 76003, 76004, 76021, 76022, 88000, 89503, 89506, 89507,
];

describe('errcode table', () => {
  it('covers every documented errcode', () => {
    const missing = DOCUMENTED.filter((c) => ERRCODES[c] === undefined);
    expect(missing).toEqual([]);
    expect(ERRCODES[0]).toBeUndefined();
  });

  it('every row yields a zh and an en message naming the errcode, distinct from the generic text', () => {
    const generic = describeErrcode(999_999);
    for (const key of Object.keys(ERRCODES)) {
      const code = Number(key);
      const { zh, en } = describeErrcode(code);
      expect(zh).toContain(String(code));
      expect(en).toContain(String(code));
      expect(zh).toMatch(/[\u4e00-\u9fff]/);
      expect(en).not.toMatch(/[\u4e00-\u9fff]/);
      expect(zh.replace(String(code), '')).not.toBe(generic.zh.replace('999999', ''));
      expect(errcodeInfo(code).known).toBe(true);
    }
  });

  it('key codes say what to do', () => {
    expect(describeErrcode(40164).zh).toContain('IP 白名单');
    expect(describeErrcode(40164).zh).toContain('API base URL');
    expect(describeErrcode(45009).zh).toContain('00:00');
    expect(describeErrcode(45009).en).toContain('clear_quota');
    expect(describeErrcode(-1).en).toMatch(/try again/i);
    expect(ERRCODES[40164].errClass).toBe('ip-whitelist');
    expect(ERRCODES[45009].errClass).toBe('quota');
    expect(ERRCODES[45106].errClass).toBe('retired');
    expect([...TOKEN_ERRCODES].sort()).toEqual([40001, 40014, 42001]);
  });

  it('unknown errcodes get a generic message that still names the code and the rid', () => {
    const { zh, en } = describeErrcode(61234, 'abc-123');
    expect(zh).toContain('61234');
    expect(zh).toContain('abc-123');
    expect(en).toContain('61234');
    expect(en).toContain('abc-123');
    expect(toAppError(new WeChatApiError(61234, 'odd rid: abc-123', 'x'))).toMatchObject({
      code: 'WX_61234',
      errClass: 'internal',
      rid: 'abc-123',
    });
  });
});

describe('WeChatApiError', () => {
  it('splits the rid off errmsg', () => {
    expect(
      splitRid('invalid credential, access_token is invalid or not latest rid: 622712e8-186450e1-7a4b2d49'),
    ).toEqual({
      errmsg: 'invalid credential, access_token is invalid or not latest',
      rid: '622712e8-186450e1-7a4b2d49',
    });
    expect(splitRid('system error')).toEqual({ errmsg: 'system error' });
    const err = new WeChatApiError(40007, 'invalid media_id hint: [Q4X] rid: 62-e8', 'material/get_material');
    expect(err).toMatchObject({
      errcode: 40007,
      errmsg: 'invalid media_id hint: [Q4X]',
      rid: '62-e8',
      endpoint: 'material/get_material',
    });
  });
});

describe('toAppError', () => {
  const transport = (code: string, phase: TransportPhase, idempotent: boolean, statusCode?: number) =>
    new WeChatTransportError({ code, phase, idempotent, statusCode, endpoint: 'material/add_material', message: 'm' });

  it('maps WeChat errors to WX_<errcode> with class, rid and bilingual text', () => {
    const p = toAppError(
      new WeChatApiError(45009, 'reach max api daily quota limit rid: r1', 'material/batchget_material'),
    );
    expect(p).toEqual({
      code: 'WX_45009',
      errClass: 'quota',
      retryable: false,
      errcode: 45009,
      rid: 'r1',
      message: describeErrcode(45009, 'r1'),
      details: ['material/batchget_material'],
    });
  });

  it('after-send failures of non-idempotent calls are AMBIGUOUS; before-send ones are plain NETWORK', () => {
    expect(toAppError(transport('ECONNRESET', 'after-send', false))).toMatchObject({
      code: 'AMBIGUOUS',
      errClass: 'ambiguous-transport',
      retryable: false,
    });
    expect(toAppError(transport('ETIMEDOUT', 'unknown', false))).toMatchObject({ code: 'AMBIGUOUS' });
    expect(toAppError(transport('HTTP_502', 'after-send', false, 502))).toMatchObject({ code: 'AMBIGUOUS' });
    expect(toAppError(transport('ECONNREFUSED', 'before-send', false))).toMatchObject({
      code: 'NETWORK',
      errClass: 'retryable',
      retryable: true,
    });
    expect(toAppError(transport('ECONNRESET', 'after-send', true))).toMatchObject({ code: 'NETWORK', retryable: true });
    expect(toAppError(transport('ETIMEDOUT', 'after-send', true))).toMatchObject({ code: 'TIMEOUT', retryable: true });
    expect(toAppError(transport('HTTP_503', 'after-send', true, 503))).toMatchObject({
      code: 'NETWORK',
      retryable: true,
    });
    expect(toAppError(transport('HTTP_404', 'after-send', true, 404))).toMatchObject({
      code: 'NETWORK',
      retryable: false,
    });
    expect(toAppError(transport('ERR_ABORTED', 'unknown', false))).toMatchObject({
      code: 'CANCELLED',
      errClass: 'cancelled',
    });
  });

  it('passes AppError payloads through and maps local/retired errors', () => {
    const payload = {
      code: 'VALIDATION',
      errClass: 'validation' as const,
      retryable: false,
      message: { zh: '甲', en: 'a' },
    };
    expect(toAppError(new AppError(payload))).toEqual(payload);
    expect(toAppError(new RetiredApiError('add_news'))).toMatchObject({
      code: 'WX_45106',
      errClass: 'retired',
      errcode: 45106,
    });
    expect(toAppError(new FileRejectedError('TOO_LARGE', 'a.jpg', { zh: '大', en: 'big' }))).toMatchObject({
      code: 'FILE_TOO_LARGE',
      errClass: 'bad-input',
    });
    expect(toAppError('a string')).toMatchObject({ code: 'INTERNAL', errClass: 'internal' });
    expect(toAppError(undefined).code).toBe('INTERNAL');
  });
});
