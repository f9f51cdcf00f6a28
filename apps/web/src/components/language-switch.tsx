import { Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import { currentLanguage, setLanguage, type Language } from '@/lib/i18n';

/** VI / EN switch; the choice is remembered in localStorage. */
export function LanguageSwitch({ size = 'middle' }: { size?: 'small' | 'middle' | 'large' }) {
  const { t, i18n } = useTranslation();
  const value = i18n.resolvedLanguage === 'en' ? 'en' : currentLanguage();

  return (
    <Segmented<Language>
      aria-label={t('language.label')}
      size={size}
      value={value}
      onChange={(language) => void setLanguage(language)}
      options={[
        { value: 'vi', label: <span lang="vi" title={t('language.vi')}>VI</span> },
        { value: 'en', label: <span lang="en" title={t('language.en')}>EN</span> },
      ]}
    />
  );
}
