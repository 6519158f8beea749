import { describe, expect, it } from 'vitest';
import type { AccountSummary } from '@shared/models';
import { accountLabel, accountName } from '../../../renderer/src/features/accounts/account-label';
import { translate, type MessageKey } from '../../../renderer/src/i18n';

// Issue 10: "In English, no Chinese UI text remains (the env account's label included)". The env account's
// stored name is for logs (it may be Chinese); the UI labels it, and the demo, in the app's language.
const CJK = /[\u3400-\u9fff]/;
const enT = (key: MessageKey, vars?: Record<string, string | number>) => translate('en', key, vars);

const account = (over: Partial<AccountSummary>) =>
  ({ name: '环境变量账号', appIdMasked: 'wx12…cdef', ...over }) as AccountSummary;

describe('account labels in English', () => {
  it('names the env account and the demo without Chinese', () => {
    for (const a of [account({ id: 'env', isDemo: false }), account({ id: 'demo', isDemo: true })]) {
      expect(accountName(a, enT)).not.toMatch(CJK);
      expect(accountLabel(a, enT)).not.toMatch(CJK);
    }
  });
});
