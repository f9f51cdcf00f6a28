import { useTranslation } from 'react-i18next';
import { isLanguage, type Language } from '@/lib/i18n';
import { formatCount, formatPercent } from '../utils/format';

/** Percentages and counts in the current UI language (re-rendered when the language changes). */
export function useNumberFormat() {
  const { i18n } = useTranslation();
  const language: Language = isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : 'vi';
  return {
    language,
    percent: (rate: number | null | undefined) => formatPercent(rate, language),
    count: (value: number) => formatCount(value, language),
  };
}
