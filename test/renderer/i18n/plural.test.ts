import { describe, expect, it } from 'vitest';
import { format, translate } from '../../../renderer/src/i18n';
import { parsePluralOptions, pluralBlocksValid, selectPlurals } from '../../../renderer/src/i18n/plural';

const items = 'Delete {n, plural, one {# item} other {# items}}?';

describe('plural messages (Intl.PluralRules of the app language)', () => {
  it('picks one/other in English', () => {
    expect(format(items, { n: 1 }, 'en')).toBe('Delete 1 item?');
    expect(format(items, { n: 3 }, 'en')).toBe('Delete 3 items?');
    expect(format(items, { n: 0 }, 'en')).toBe('Delete 0 items?');
  });

  it('groups digits in # and fills placeholders inside a branch', () => {
    expect(format('{n, plural, one {# file in {dir}} other {# files in {dir}}}', { n: 1200, dir: 'a' }, 'en')).toBe(
      '1,200 files in a',
    );
  });

  it('prefers an exact =N branch', () => {
    expect(selectPlurals('{n, plural, =0 {none} one {# item} other {# items}}', { n: 0 }, 'en')).toBe('none');
  });

  it('leaves text without plural blocks, and blocks whose variable is missing, as they are', () => {
    expect(format('已删除 {n} 项', { n: 2 }, 'zh-CN')).toBe('已删除 2 项');
    expect(selectPlurals(items, {}, 'en')).toBe(items);
  });

  it('validates blocks: an `other` branch is required and braces must balance', () => {
    expect(pluralBlocksValid(items)).toBe(true);
    expect(pluralBlocksValid('{n, plural, one {# item}}')).toBe(false);
    expect(pluralBlocksValid('{n, plural, one {# item} other {# items}')).toBe(false);
    expect(parsePluralOptions('one {a} other {b}')).toEqual({ one: 'a', other: 'b' });
  });

  it('is used by the catalogues: the bulk delete title in both languages', () => {
    expect(translate('en', 'library.bulk.deleteTitle', { n: 1 })).toMatch(/\b1 item\b/);
    expect(translate('en', 'library.bulk.deleteTitle', { n: 3 })).toMatch(/\b3 items\b/);
    expect(translate('zh-CN', 'library.bulk.deleteTitle', { n: 3 })).toContain('3');
  });
});
