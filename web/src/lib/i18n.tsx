import { createContext, type ReactNode, useCallback, useContext, useMemo, useState } from 'react';
import { messages, type Language, type MessageKey } from './messages';

interface I18n {
  lang: Language;
  setLang(lang: Language): void;
  t(key: MessageKey, params?: Record<string, string | number>): string;
}

const I18nContext = createContext<I18n | null>(null);
const STORAGE_KEY = 'targetboard.lang';

/** The language the app opens in: the one chosen last in this browser, else Chinese. */
export function initialLanguage(): Language {
  const saved = typeof localStorage === 'undefined' ? null : localStorage.getItem(STORAGE_KEY);
  return saved === 'en' || saved === 'zh' ? saved : 'zh';
}

/** Chinese first; the choice is remembered per browser. */
export function I18nProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Language>(initialLanguage);
  const setLang = useCallback((next: Language) => {
    setLangState(next);
    localStorage.setItem(STORAGE_KEY, next);
    document.documentElement.lang = next === 'zh' ? 'zh-CN' : 'en';
  }, []);
  const value = useMemo<I18n>(
    () => ({
      lang,
      setLang,
      t: (key, params) => {
        let text: string = messages[lang][key];
        for (const [name, v] of Object.entries(params ?? {}))
          text = text.replaceAll(`{${name}}`, String(v));
        return text;
      },
    }),
    [lang, setLang],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const i18n = useContext(I18nContext);
  if (!i18n) throw new Error('useI18n outside I18nProvider');
  return i18n;
}

/** A feature's own strings, Chinese first: `{ zh: {...}, en: {...} }` with the same keys. */
export type Messages<K extends string> = { zh: Record<K, string>; en: Record<K, string> };

/** Defines a feature's messages; the English table must have every Chinese key. */
export function defineMessages<K extends string>(
  zh: Record<K, string>,
  en: Record<K, string>,
): Messages<K> {
  return { zh, en };
}

/**
 * Translates with a feature's own table (so features do not all edit one file), falling back
 * to nothing: a missing key is a type error, not a runtime blank.
 */
export function useMessages<K extends string>(table: Messages<K>) {
  const { lang } = useI18n();
  return useCallback(
    (key: K, params?: Record<string, string | number>) => {
      let text = table[lang][key];
      for (const [name, v] of Object.entries(params ?? {}))
        text = text.replaceAll(`{${name}}`, String(v));
      return text;
    },
    [lang, table],
  );
}
