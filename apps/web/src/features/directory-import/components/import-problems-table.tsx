import type { ImportProblem } from '@giao-ban/shared';
import { Table, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { problemText } from '../utils/import-text';

/** Every problem of the file: where (sheet, row, column) and why, in the order of the file. */
export function ImportProblemsTable({ problems }: { problems: ImportProblem[] }) {
  const { t } = useTranslation();
  const columns: TableColumnsType<ImportProblem> = [
    {
      key: 'where',
      title: t('directoryImport.problems.where'),
      width: 170,
      render: (_, p) => {
        if (!p.sheet) return t('directoryImport.problems.wholeFile');
        const sheet = t(`directoryImport.sheets.${p.sheet}`);
        return (
          <>
            <div>{p.row !== null ? t('directoryImport.problems.at', { sheet, row: p.row }) : sheet}</div>
            {p.column ? <Typography.Text type="secondary">{t(`directoryImport.columns.${p.column}`)}</Typography.Text> : null}
          </>
        );
      },
    },
    { key: 'reason', title: t('directoryImport.problems.reason'), render: (_, p) => problemText(p, t) },
  ];
  return (
    <Table<ImportProblem>
      data-testid="import-problems"
      rowKey={(p) => `${p.sheet}:${p.row}:${p.column}:${p.reason}`}
      size="small"
      columns={columns}
      dataSource={problems}
      pagination={problems.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
    />
  );
}
