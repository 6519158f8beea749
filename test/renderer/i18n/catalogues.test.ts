/// <reference types="vite/client" />
/**
 * Every message catalogue, the shell's and each feature's, is complete in both languages: the same keys
 * both ways, no empty text, the same `{placeholders}`, well-formed plural blocks, and no Chinese left in
 * the English side (except the two texts that name Chinese itself). Feature catalogues are found by
 * file name, so a new `features/<x>/messages.{zh-CN,en}.ts` pair is checked without touching this test.
 */
import { describe, expect, it } from 'vitest';
import { catalogues } from '../../../renderer/src/i18n';
import { pluralBlocksValid } from '../../../renderer/src/i18n/plural';

type Catalogue = Record<string, string>;

const featureModules = import.meta.glob<Record<string, Catalogue>>('../../../renderer/src/**/messages.*.ts', {
  eager: true,
});

/** Each module exports one catalogue object (`libraryZh`, `libraryEn`, …). */
function onlyExport(path: string): Catalogue {
  const values = Object.values(featureModules[path]);
  expect(values, `${path} exports one catalogue`).toHaveLength(1);
  return values[0];
}

const pairs: { name: string; zh: Catalogue; en: Catalogue }[] = [
  { name: 'i18n (merged)', zh: catalogues['zh-CN'], en: catalogues.en },
];
for (const path of Object.keys(featureModules).filter((p) => p.endsWith('messages.zh-CN.ts'))) {
  const enPath = path.replace('messages.zh-CN.ts', 'messages.en.ts');
  pairs.push({
    name: path.replace('../../../renderer/src/', ''),
    zh: onlyExport(path),
    en: featureModules[enPath] ? onlyExport(enPath) : {},
  });
}

/** Placeholder names, including plural selectors (`{n, plural, …}`) and names used inside branches. */
function placeholders(text: string): string[] {
  const names = new Set<string>();
  // A `{` right after a plural keyword opens a branch (`one {it}`), not a placeholder.
  for (const m of text.matchAll(/(?<!(?:zero|one|two|few|many|other|=\d+)\s*)\{(\w+)/g)) names.add(m[1]);
  return [...names].sort();
}

const CJK = /[\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef]/;
/** English texts that must name Chinese in Chinese: the language toggle (an endonym, as every OS does it). */
const CHINESE_ALLOWED_IN_EN = new Set(['lang.switchTo', 'lang.toggleLabel']);

describe('message catalogues', () => {
  it('finds the shell catalogue and every feature catalogue', () => {
    expect(pairs.length).toBeGreaterThanOrEqual(5);
    for (const path of Object.keys(featureModules).filter((p) => p.endsWith('messages.en.ts'))) {
      expect(
        featureModules[path.replace('messages.en.ts', 'messages.zh-CN.ts')],
        `${path} has a zh-CN twin`,
      ).toBeTruthy();
    }
  });

  describe.each(pairs)('$name', ({ zh, en }) => {
    it('has every zh-CN key in English', () => {
      expect(Object.keys(zh).filter((k) => !(k in en))).toEqual([]);
    });

    it('has no English key that zh-CN lacks', () => {
      expect(Object.keys(en).filter((k) => !(k in zh))).toEqual([]);
    });

    it('has no empty text in either language', () => {
      const empty = [
        ...Object.entries(zh).map(([k, v]) => ['zh-CN', k, v] as const),
        ...Object.entries(en).map(([k, v]) => ['en', k, v] as const),
      ]
        .filter(([, , v]) => typeof v !== 'string' || v.trim() === '')
        .map(([lang, k]) => `${lang}:${k}`);
      expect(empty).toEqual([]);
    });

    it('uses the same placeholders in both languages', () => {
      const differ = Object.keys(zh)
        .filter((k) => k in en)
        .filter((k) => placeholders(zh[k]).join() !== placeholders(en[k]).join())
        .map((k) => `${k}: zh {${placeholders(zh[k]).join(',')}} en {${placeholders(en[k]).join(',')}}`);
      expect(differ).toEqual([]);
    });

    it('has well-formed plural blocks with an `other` branch', () => {
      const bad = [...Object.entries(zh), ...Object.entries(en)].filter(([, v]) => !pluralBlocksValid(v));
      expect(bad).toEqual([]);
    });

    it('has no Chinese in English texts', () => {
      const chinese = Object.entries(en).filter(([k, v]) => CJK.test(v) && !CHINESE_ALLOWED_IN_EN.has(k));
      expect(chinese).toEqual([]);
    });
  });
});
