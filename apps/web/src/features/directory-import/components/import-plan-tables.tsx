import type { DirectoryImportPlan, FieldChanges, UnitImportFields, UserImportFields } from '@giao-ban/shared';
import { Table, Typography, type TableColumnsType } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldLabel, fieldValue } from '../utils/import-text';

interface PlanRow {
  key: string;
  title: ReactNode;
  details: ReactNode;
}

function PlanTable(props: { title: string; subjectTitle: string; detailsTitle: string; rows: PlanRow[]; testId: string }) {
  const { title, subjectTitle, detailsTitle, rows, testId } = props;
  if (rows.length === 0) return null;
  const columns: TableColumnsType<PlanRow> = [
    { key: 'title', title: subjectTitle, width: '40%', render: (_, r) => r.title },
    { key: 'details', title: detailsTitle, render: (_, r) => r.details },
  ];
  return (
    <section data-testid={testId} style={{ marginTop: 16 }}>
      <Typography.Title level={2} style={{ fontSize: 16 }}>
        {title}
      </Typography.Title>
      <Table<PlanRow> rowKey="key" size="small" columns={columns} dataSource={rows} pagination={rows.length > 50 ? { pageSize: 50, showSizeChanger: false } : false} />
    </section>
  );
}

/** What the file creates and changes, sheet by sheet; a change lists each field, before → after. */
export function ImportPlanTables({ plan }: { plan: DirectoryImportPlan }) {
  const { t } = useTranslation();
  const value = (field: keyof UnitImportFields | keyof UserImportFields, v: unknown) => fieldValue(field, v, plan.unitNames, t);
  const changeList = <F extends UnitImportFields | UserImportFields>(changes: FieldChanges<F>) => (
    <ul style={{ margin: 0, paddingLeft: 18 }}>
      {(Object.entries(changes) as [keyof F & string, { from: unknown; to: unknown }][]).map(([field, change]) => (
        <li key={field}>
          {fieldLabel(field as keyof UnitImportFields, t)}: <Typography.Text delete type="secondary">{value(field as keyof UnitImportFields, change.from)}</Typography.Text> →{' '}
          <Typography.Text strong>{value(field as keyof UnitImportFields, change.to)}</Typography.Text>
        </li>
      ))}
    </ul>
  );
  const atRow = (row: number, ...parts: string[]) => [...parts, t('directoryImport.plan.row', { row })].join(' · ');
  const twoLines = (first: ReactNode, second: ReactNode) => (
    <>
      <div>{first}</div>
      <Typography.Text type="secondary">{second}</Typography.Text>
    </>
  );
  const contact = (...parts: (string | null)[]) => parts.filter(Boolean).join(' · ');

  return (
    <>
      <PlanTable
        testId="plan-units-create"
        title={t('directoryImport.plan.unitsCreate', { count: plan.units.create.length })}
        subjectTitle={t('directoryImport.plan.unit')}
        detailsTitle={t('directoryImport.plan.details')}
        rows={plan.units.create.map((u) => ({
          key: u.code,
          title: twoLines(u.fields.name, atRow(u.row, u.code, u.fields.shortName)),
          details: twoLines(
            `${value('kind', u.fields.kind)} · ${t('directoryImport.columns.displayOrder')} ${u.fields.displayOrder}`,
            contact(u.fields.contactPerson, u.fields.email, u.fields.phone),
          ),
        }))}
      />
      <PlanTable
        testId="plan-units-change"
        title={t('directoryImport.plan.unitsChange', { count: plan.units.change.length })}
        subjectTitle={t('directoryImport.plan.unit')}
        detailsTitle={t('directoryImport.plan.changes')}
        rows={plan.units.change.map((u) => ({ key: u.code, title: twoLines(u.name, atRow(u.row, u.code)), details: changeList(u.changes) }))}
      />
      <PlanTable
        testId="plan-users-create"
        title={t('directoryImport.plan.usersCreate', { count: plan.users.create.length })}
        subjectTitle={t('directoryImport.plan.account')}
        detailsTitle={t('directoryImport.plan.details')}
        rows={plan.users.create.map((u) => ({
          key: u.login,
          title: twoLines(u.fields.fullName, atRow(u.row, u.login)),
          details: twoLines(
            [value('role', u.fields.role), u.fields.unitCode ? value('unitCode', u.fields.unitCode) : null].filter(Boolean).join(' · '),
            contact(u.fields.email, u.fields.phone),
          ),
        }))}
      />
      <PlanTable
        testId="plan-users-change"
        title={t('directoryImport.plan.usersChange', { count: plan.users.change.length })}
        subjectTitle={t('directoryImport.plan.account')}
        detailsTitle={t('directoryImport.plan.changes')}
        rows={plan.users.change.map((u) => ({ key: u.login, title: twoLines(u.fullName, atRow(u.row, u.login)), details: changeList(u.changes) }))}
      />
    </>
  );
}
