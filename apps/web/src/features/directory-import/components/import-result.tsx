import type { DirectoryImportResult, IssuedImportPassword } from '@giao-ban/shared';
import { Alert, Button, Card, Flex, Table, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { useClipboard } from '@/lib/use-clipboard';
import { ImportPlanTables } from './import-plan-tables';
import './directory-import.css';

const counts = (result: DirectoryImportResult) => ({
  unitsCreate: result.plan.units.create.length,
  unitsChange: result.plan.units.change.length,
  usersCreate: result.plan.users.create.length,
  usersChange: result.plan.users.change.length,
});

/**
 * What was applied, and the new accounts' one-time passwords: shown this once (they live only in
 * this component's memory), with a warning, a copy of the whole list and a print of it alone.
 */
export function ImportResult({ result, onAgain }: { result: DirectoryImportResult; onAgain: () => void }) {
  const { t } = useTranslation();
  const clipboard = useClipboard();
  const n = counts(result);
  const nothing = n.unitsCreate + n.unitsChange + n.usersCreate + n.usersChange === 0;
  const passwords = result.temporaryPasswords;
  const columns: TableColumnsType<IssuedImportPassword> = [
    {
      key: 'account',
      title: t('directoryImport.plan.account'),
      render: (_, p) => (
        <>
          <div>{p.fullName}</div>
          <Typography.Text type="secondary">{[p.login, p.unitName].filter(Boolean).join(' · ')}</Typography.Text>
        </>
      ),
    },
    {
      key: 'password',
      title: t('directoryImport.result.password'),
      width: 170,
      render: (_, p) => (
        <code data-testid="import-temporary-password" style={{ fontSize: 15, letterSpacing: 0.5, userSelect: 'all', whiteSpace: 'nowrap' }}>
          {p.temporaryPassword}
        </code>
      ),
    },
  ];
  const asText = () => passwords.map((p) => [p.login, p.fullName, p.unitName ?? '', p.temporaryPassword].join('\t')).join('\n');

  return (
    <div className="gb-import-result">
      <Alert
        type="success"
        showIcon
        title={t('directoryImport.result.title')}
        description={nothing ? t('directoryImport.result.nothing') : t('directoryImport.result.summary', n)}
      />
      {passwords.length ? (
        <Card title={t('directoryImport.result.passwords')} style={{ marginTop: 16 }}>
          <Alert type="warning" showIcon title={t('directoryImport.result.once')} style={{ marginBottom: 12 }} />
          <Table<IssuedImportPassword> rowKey="login" size="small" columns={columns} dataSource={passwords} pagination={false} />
          <Flex wrap gap={8} style={{ marginTop: 12 }} className="gb-no-print">
            <Button onClick={() => void clipboard.copy(asText())}>{clipboard.state === 'copied' ? t('directoryImport.result.copied') : t('directoryImport.result.copyAll')}</Button>
            <Button onClick={() => window.print()}>{t('directoryImport.result.print')}</Button>
          </Flex>
          {clipboard.state === 'failed' ? (
            <Typography.Text type="danger" role="status">
              {t('directoryImport.result.copyFailed')}
            </Typography.Text>
          ) : null}
        </Card>
      ) : null}
      <div className="gb-no-print">
        <ImportPlanTables plan={result.plan} />
        <Button type="primary" onClick={onAgain} style={{ marginTop: 16 }}>
          {t('directoryImport.result.again')}
        </Button>
      </div>
    </div>
  );
}
