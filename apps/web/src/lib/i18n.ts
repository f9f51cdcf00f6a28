import { SUBMISSION_TERMS, submissionTermWording, type SubmissionTerm } from '@giao-ban/shared';
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from '@/locales/en.json';
import vi from '@/locales/vi.json';

/** Vietnamese is the working language of the committee; English is a courtesy switch. */
export const LANGUAGES = ['vi', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'vi';
export const LANGUAGE_STORAGE_KEY = 'giao-ban.language';

/**
 * A submission's timeliness ("Đúng hạn", "Trễ hạn", "Bổ sung đúng hạn"…) in libs/shared's words,
 * which the exported documents use too: `t(\`submissionTerms.${term}\`)`.
 */
function submissionTerms(language: Language): Record<SubmissionTerm, string> {
  return Object.fromEntries(SUBMISSION_TERMS.map((term) => [term, submissionTermWording(term, language)])) as Record<SubmissionTerm, string>;
}

export const resources = {
  vi: { translation: { ...vi, submissionTerms: submissionTerms('vi') } },
  en: { translation: { ...en, submissionTerms: submissionTerms('en') } },
} as const;

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof resources.vi.translation };
  }
}

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

export function readStoredLanguage(): Language {
  try {
    const stored = globalThis.localStorage?.getItem(LANGUAGE_STORAGE_KEY);
    return isLanguage(stored) ? stored : DEFAULT_LANGUAGE;
  } catch {
    // Storage can be disabled (private mode, strict cookie settings): fall back quietly.
    return DEFAULT_LANGUAGE;
  }
}

function storeLanguage(language: Language): void {
  try {
    globalThis.localStorage?.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    // Not persisted; the choice still applies to this tab.
  }
}

export const i18n = i18next.createInstance();

void i18n.use(initReactI18next).init({
  resources,
  lng: readStoredLanguage(),
  fallbackLng: DEFAULT_LANGUAGE,
  supportedLngs: [...LANGUAGES],
  interpolation: { escapeValue: false }, // React escapes.
  initAsync: false, // resources are bundled: be ready before the first render
  returnNull: false,
});

function syncDocumentLanguage(language: string): void {
  if (typeof document !== 'undefined') document.documentElement.lang = language;
}
syncDocumentLanguage(i18n.language);
i18n.on('languageChanged', syncDocumentLanguage);

export function currentLanguage(): Language {
  return isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : DEFAULT_LANGUAGE;
}

/** Switches the UI language and remembers it in localStorage. */
export async function setLanguage(language: Language): Promise<void> {
  storeLanguage(language);
  await i18n.changeLanguage(language);
}

/** BCP 47 locale for Intl formatting of the current UI language. */
export function intlLocale(language: Language = currentLanguage()): string {
  return language === 'vi' ? 'vi-VN' : 'en-GB';
}
