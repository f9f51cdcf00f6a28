import { SUBMISSION_TERMS, submissionTermWording, type SubmissionTerm } from '@giao-ban/shared';
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
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

const viTranslation = { ...vi, submissionTerms: submissionTerms('vi') };
type Translation = typeof viTranslation;

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: Translation };
  }
}

/**
 * One language's texts. Vietnamese is bundled with the app (the default, and the fallback of a
 * missing English text); English is a chunk of its own, loaded when chosen, so a Vietnamese user
 * does not download it before the first screen. English has plural forms Vietnamese has not
 * (`done_one`, `done_other`), hence the looser type.
 */
export async function translation(language: Language): Promise<Record<string, unknown>> {
  if (language === 'vi') return viTranslation;
  const { default: en } = await import('@/locales/en.json');
  return { ...en, submissionTerms: submissionTerms(language) };
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
  resources: { vi: { translation: viTranslation } },
  lng: DEFAULT_LANGUAGE,
  fallbackLng: DEFAULT_LANGUAGE,
  supportedLngs: [...LANGUAGES],
  partialBundledLanguages: true, // English is added when chosen (applyLanguage)
  interpolation: { escapeValue: false }, // React escapes.
  initAsync: false, // Vietnamese is bundled: ready before the first render
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

/** The language asked for last: a slow English download must not undo a switch back made meanwhile. */
let requestedLanguage: Language = DEFAULT_LANGUAGE;

async function applyLanguage(language: Language): Promise<void> {
  requestedLanguage = language;
  if (!i18n.hasResourceBundle(language, 'translation')) {
    i18n.addResourceBundle(language, 'translation', await translation(language));
  }
  if (requestedLanguage === language) await i18n.changeLanguage(language);
}

/**
 * The remembered language, applied: main.tsx renders the app once this settles, so a user who chose
 * English never sees a Vietnamese first screen. If English cannot be loaded the app starts in
 * Vietnamese rather than not at all.
 */
export const languageReady: Promise<void> = applyLanguage(readStoredLanguage()).catch(() => undefined);

/** Switches the UI language and remembers it in localStorage. */
export async function setLanguage(language: Language): Promise<void> {
  storeLanguage(language);
  await applyLanguage(language);
}

/** BCP 47 locale for Intl formatting of the current UI language. */
export function intlLocale(language: Language = currentLanguage()): string {
  return language === 'vi' ? 'vi-VN' : 'en-GB';
}
