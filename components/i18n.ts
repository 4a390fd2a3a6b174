import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import en from '@/public/_locales/en/messages.json';

/**
 * UI text comes from the extension's own locale files (public/_locales/<lang>/messages.json, the
 * browser's i18n format). The panel and options page read them directly so the reader can pick a
 * language other than the browser's, and switch without a reload.
 */
export type MessageKey = keyof typeof en;
export type Catalog = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
export type Translate = (key: MessageKey, ...substitutions: (string | number)[]) => string;

export const LANGUAGES = ['en', 'de', 'sr', 'sq'] as const;
export type Language = (typeof LANGUAGES)[number];

export const BUNDLED: Catalog = en;

export function createTranslate(catalog: Catalog, fallback: Catalog = BUNDLED): Translate {
  return (key, ...subs) => {
    const entry = catalog[key] ?? fallback[key];
    if (!entry) return key;
    return entry.message.replace(/\$([A-Za-z_]+)\$/g, (whole, name: string) => {
      const content = entry.placeholders?.[name.toLowerCase()]?.content;
      const index = content ? Number(/^\$(\d)$/.exec(content)?.[1]) : NaN;
      return Number.isInteger(index) && subs[index - 1] !== undefined ? String(subs[index - 1]) : whole;
    });
  };
}

/** The language to show: the reader's choice, else the browser's if Kontekst has it, else English. */
export function pickLanguage(setting: string, browserLanguage: string): Language {
  const wanted = setting === 'auto' ? browserLanguage.toLowerCase().split(/[-_]/)[0] : setting;
  return (LANGUAGES as readonly string[]).includes(wanted ?? '') ? (wanted as Language) : 'en';
}

/** A language's locale file from the extension's own _locales (English is bundled); English if it fails. */
export async function loadCatalog(language: string, getURL: (path: string) => string): Promise<Catalog> {
  if (language === 'en') return BUNDLED;
  try {
    return (await (await fetch(getURL(`/_locales/${language}/messages.json`))).json()) as Catalog;
  } catch {
    return BUNDLED;
  }
}

export const TranslateContext = createContext<Translate>(createTranslate(BUNDLED));
export const useT = () => useContext(TranslateContext);
