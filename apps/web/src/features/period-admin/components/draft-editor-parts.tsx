import { Button, Flex, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** A titled part of the draft period's page (the units that must report, their own due dates). */
export function DraftEditorSection({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} style={{ marginTop: 24 }}>
      <Typography.Title level={2} id={id} style={{ fontSize: 20 }}>
        {title}
      </Typography.Title>
      {children}
    </section>
  );
}

/** Save, and while something is unsaved, undo with a word that it is unsaved. */
export function SaveChangesBar({ label, dirty, pending, onSave, onUndo }: { label: string; dirty: boolean; pending: boolean; onSave: () => void; onUndo: () => void }) {
  const { t } = useTranslation();
  return (
    <Flex wrap gap={8} align="center" style={{ marginTop: 12 }}>
      <Button type="primary" disabled={!dirty} loading={pending} onClick={onSave}>
        {label}
      </Button>
      {dirty ? (
        <>
          <Button onClick={onUndo}>{t('periodAdmin.units.undo')}</Button>
          <Typography.Text type="warning">{t('periodAdmin.units.unsaved')}</Typography.Text>
        </>
      ) : null}
    </Flex>
  );
}
