import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { BrandMark } from '@/components/brand-mark';
import { LanguageSwitch } from '@/components/language-switch';
import { HEADER_ACCENT, HEADER_BACKGROUND, TEXT_SECONDARY } from './theme';
import './accessibility.css';

/**
 * The frame of the sign-in page: red band, the committee's name, one panel.
 * Plain markup rather than antd Card/Typography: this is the first page anyone loads, and
 * Card alone drags in Tabs, Menu and Skeleton (about 25 KB gzip) for a white box.
 */
export function AuthLayout({ title, children }: { title: string; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div style={{ minHeight: '100vh', display: 'flex', flexDirection: 'column', background: '#f3f4f6', position: 'relative' }}>
      <div
        aria-hidden="true"
        style={{
          background: HEADER_BACKGROUND,
          borderBottom: `3px solid ${HEADER_ACCENT}`,
          height: 168,
          position: 'absolute',
          inset: '0 0 auto 0',
        }}
      />
      <main
        style={{
          position: 'relative',
          flex: 1,
          display: 'flex',
          alignItems: 'flex-start',
          justifyContent: 'center',
          padding: '40px 16px 24px',
        }}
      >
        <section
          aria-labelledby="auth-title"
          style={{
            width: '100%',
            maxWidth: 420,
            boxSizing: 'border-box',
            background: '#fff',
            borderRadius: 8,
            padding: '16px 24px 24px',
            boxShadow: '0 8px 24px rgba(0,0,0,0.12)',
          }}
        >
          <div style={{ display: 'flex', justifyContent: 'flex-end' }}>
            <LanguageSwitch size="small" />
          </div>
          <div style={{ textAlign: 'center', margin: '4px 0 24px' }}>
            <BrandMark size={64} />
            <h1 style={{ margin: '12px 0 4px', color: HEADER_BACKGROUND, fontSize: 30, fontWeight: 700, lineHeight: 1.2 }}>
              {t('app.name')}
            </h1>
            <p style={{ margin: 0, fontSize: 15, color: 'rgba(0,0,0,0.6)', lineHeight: 1.4 }}>{t('app.committee')}</p>
          </div>
          <h2 id="auth-title" style={{ fontSize: 18, fontWeight: 600, margin: '0 0 16px', color: 'rgba(0,0,0,0.88)' }}>
            {title}
          </h2>
          {children}
        </section>
      </main>
      <footer style={{ textAlign: 'center', padding: 16, color: TEXT_SECONDARY, fontSize: 12 }}>{t('app.footer')}</footer>
    </div>
  );
}
