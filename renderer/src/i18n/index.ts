/**
 * i18n: typed catalogues (zh-CN first, English second), a `useT()` hook and a persisted language toggle.
 * Written without JSX so it stays a plain .ts module.
 */
import { createContext, createElement, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import type { LocalizedText } from '@shared/errors';
import { readStorage, writeStorage } from '../lib/storage';
import { selectPlurals } from './plural';
import { en } from './en';
import { zhCN } from './zh-CN';
import type { MessageKey, Messages } from './zh-CN';

export type { MessageKey, Messages } from './zh-CN';

export const LANGS = ['zh-CN', 'en'] as const;
export type Lang = (typeof LANGS)[number];
export const LANG_STORAGE_KEY = 'sucaidesk.lang';

export const catalogues: Record<Lang, Messages> = { 'zh-CN': zhCN, en };

export type Vars = Record<string, string | number>;
export type TFunction = (key: MessageKey, vars?: Vars) => string;

/**
 * Picks plural branches (`{n, plural, one {…} other {…}}`, ./plural.ts) with the rules of `lang`,
 * then replaces `{name}` placeholders; unknown placeholders are left as they are.
 */
export function format(template: string, vars?: Vars, lang: Lang = 'zh-CN'): string {
  if (!vars) return template;
  return selectPlurals(template, vars, lang).replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(vars, name) ? String(vars[name]) : whole,
  );
}

export function translate(lang: Lang, key: MessageKey, vars?: Vars): string {
  return format(catalogues[lang][key], vars, lang);
}

/** Both languages of one message, e.g. for errors built in the renderer (same shape as the main process sends). */
export function localized(key: MessageKey, vars?: Vars): LocalizedText {
  return { zh: translate('zh-CN', key, vars), en: translate('en', key, vars) };
}

/** Picks the current language's side of a `{zh, en}` text. */
export function pick(text: LocalizedText, lang: Lang): string {
  return lang === 'en' ? text.en || text.zh : text.zh || text.en;
}

export function loadLang(): Lang {
  const saved = readStorage(LANG_STORAGE_KEY);
  return saved === 'en' || saved === 'zh-CN' ? saved : 'zh-CN';
}

interface I18nValue {
  lang: Lang;
  setLang: (lang: Lang) => void;
  toggleLang: () => void;
  t: TFunction;
}

const I18nContext = createContext<I18nValue | null>(null);

export function I18nProvider({ children, initialLang }: { children?: ReactNode; initialLang?: Lang }) {
  const [lang, setLangState] = useState<Lang>(() => initialLang ?? loadLang());

  const setLang = useCallback((next: Lang) => {
    setLangState(next);
    writeStorage(LANG_STORAGE_KEY, next);
  }, []);
  const toggleLang = useCallback(() => setLang(lang === 'zh-CN' ? 'en' : 'zh-CN'), [lang, setLang]);

  useEffect(() => {
    // The window title names the account too: the shell sets it (features/shortcuts/use-window-title.ts).
    document.documentElement.lang = lang;
  }, [lang]);

  const value = useMemo<I18nValue>(
    () => ({ lang, setLang, toggleLang, t: (key, vars) => translate(lang, key, vars) }),
    [lang, setLang, toggleLang],
  );
  return createElement(I18nContext.Provider, { value }, children);
}

function useI18n(): I18nValue {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useT() must be used inside <I18nProvider>');
  return value;
}

/** The translate function for the current language. */
export function useT(): TFunction {
  return useI18n().t;
}

/** Current language plus setters (for the toggle and for picking `{zh, en}` texts). */
export function useLang(): Pick<I18nValue, 'lang' | 'setLang' | 'toggleLang'> {
  const { lang, setLang, toggleLang } = useI18n();
  return { lang, setLang, toggleLang };
}
