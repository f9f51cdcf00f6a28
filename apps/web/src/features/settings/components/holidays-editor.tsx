import { HOLIDAY_NAME_MAX_LENGTH, HOLIDAYS_PER_YEAR_MAX, missingHolidayYears, validateHolidayYear, type HolidayYear } from '@giao-ban/shared';
import { Alert, Button, DatePicker, Empty, Flex, Form, Input, message, Select, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorResult } from '@/components/errors/error-results';
import { ContentSpinner } from '@/components/full-page-spinner';
import { isApiError } from '@/lib/api-client';
import { errorMessage } from '@/lib/error-message';
import { appToday } from '@/lib/app-clock';
import { useHolidayYear } from '../api/get-holiday-year';
import { useSaveHolidays } from '../api/save-holidays';
import { holidayFieldErrors, toHolidayRequest, type HolidaysFormValues } from '../utils/settings-form';
import './settings.css';

/** The years the picker offers: last year to two years on, and every year that has a list. */
function yearChoices(thisYear: number, year: number, withHolidays: number[]): number[] {
  return [...new Set([thisYear - 1, thisYear, thisYear + 1, thisYear + 2, year, ...withHolidays])].sort((a, b) => a - b);
}

function HolidaysForm({ data }: { data: HolidayYear }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<HolidaysFormValues>();
  const [formError, setFormError] = useState<string | null>(null);
  const [toast, toastHolder] = message.useMessage();
  const save = useSaveHolidays();
  const { year } = data;
  const inYear = (date: dayjs.Dayjs) => date.year() !== year;

  const onFinish = (values: HolidaysFormValues) => {
    setFormError(null);
    const holidays = toHolidayRequest(values.holidays ?? []);
    // The same rule as the API's (libs/shared), before asking it.
    const problems = validateHolidayYear(year, holidays);
    if (problems.length) {
      form.setFields(holidayFieldErrors(problems, year, t));
      return;
    }
    save.mutate(
      { year, body: { holidays } },
      {
        onSuccess: (saved) => {
          form.setFieldsValue({ holidays: saved.holidays.map((h) => ({ date: dayjs(h.date), name: h.name })) });
          void toast.success(t('settings.holidays.saved', { year }));
        },
        onError: (error) => {
          const fields = isApiError(error) ? holidayFieldErrors(error.fieldErrors, year, t) : [];
          if (fields.length) form.setFields(fields);
          setFormError(errorMessage(error, t));
        },
      },
    );
  };

  return (
    <Form<HolidaysFormValues>
      form={form}
      name={`holidays-${year}`}
      layout="vertical"
      requiredMark={false}
      initialValues={{ holidays: data.holidays.map((h) => ({ date: dayjs(h.date), name: h.name })) }}
      onFinish={onFinish}
    >
      {toastHolder}
      {formError ? <Alert type="error" showIcon title={formError} role="alert" style={{ marginBottom: 12 }} /> : null}
      <Form.List name="holidays">
        {(rows, { add, remove }) => (
          <>
            {rows.length === 0 ? <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('settings.holidays.empty', { year })} /> : null}
            <ol className="gb-holiday-rows" aria-label={t('settings.holidays.listLabel', { year })}>
              {rows.map((row, index) => (
                <li key={row.key}>
                  <Flex wrap gap={8} align="start">
                    <Form.Item
                      name={[row.name, 'date']}
                      label={index === 0 ? t('settings.holidays.date') : undefined}
                      rules={[{ required: true, message: t('settings.holidays.errors.date') }]}
                      style={{ marginBottom: 12, flex: '0 0 170px' }}
                    >
                      <DatePicker
                        format="DD/MM/YYYY"
                        placeholder={t('settings.holidays.datePlaceholder')}
                        aria-label={t('settings.holidays.dateOf', { n: index + 1 })}
                        disabledDate={inYear}
                        defaultPickerValue={dayjs(`${year}-01-01`)}
                        style={{ width: '100%' }}
                      />
                    </Form.Item>
                    <Form.Item
                      name={[row.name, 'name']}
                      label={index === 0 ? t('settings.holidays.name') : undefined}
                      rules={[{ required: true, whitespace: true, message: t('settings.holidays.errors.name') }]}
                      style={{ marginBottom: 12, flex: '1 1 220px' }}
                    >
                      <Input maxLength={HOLIDAY_NAME_MAX_LENGTH} aria-label={t('settings.holidays.nameOf', { n: index + 1 })} placeholder={t('settings.holidays.namePlaceholder')} />
                    </Form.Item>
                    <Button
                      danger
                      aria-label={t('settings.holidays.remove', { n: index + 1 })}
                      onClick={() => remove(row.name)}
                      style={{ marginTop: index === 0 ? 30 : 0 }}
                    >
                      {t('settings.holidays.removeShort')}
                    </Button>
                  </Flex>
                </li>
              ))}
            </ol>
            <Flex wrap gap={8} style={{ marginTop: 4 }}>
              <Button onClick={() => add({ date: null, name: '' })} disabled={rows.length >= HOLIDAYS_PER_YEAR_MAX}>
                {t('settings.holidays.add')}
              </Button>
              <Button type="primary" htmlType="submit" loading={save.isPending}>
                {t('settings.holidays.save', { year })}
              </Button>
            </Flex>
          </>
        )}
      </Form.List>
    </Form>
  );
}

/**
 * "Ngày nghỉ lễ": the public holidays of a year, which move a due date falling on one to the next
 * working day. The years this one and the next without a list are named, so none is forgotten.
 */
export function HolidaysEditor() {
  const { t } = useTranslation();
  const today = appToday();
  const thisYear = Number(today.slice(0, 4));
  const [year, setYear] = useState(thisYear);
  const holidays = useHolidayYear(year);

  if (holidays.isPending) return <ContentSpinner label={t('common.loading')} />;
  if (holidays.isError) return <ErrorResult message={errorMessage(holidays.error, t)} onRetry={() => void holidays.refetch()} />;
  const data = holidays.data;
  const missing = missingHolidayYears(today, data.yearsWithHolidays);

  return (
    <>
      <Typography.Paragraph type="secondary" style={{ marginTop: 0 }}>
        {t('settings.holidays.hint')}
      </Typography.Paragraph>
      {missing.length ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          title={t('settings.holidays.missing', { years: missing.join(', '), count: missing.length })}
          action={
            missing.includes(year) ? null : (
              <Button size="small" onClick={() => setYear(missing[0]!)}>
                {t('settings.holidays.fill', { year: missing[0] })}
              </Button>
            )
          }
        />
      ) : null}
      <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('settings.holidays.notRetroactive')} />
      <Flex wrap align="center" gap={8} style={{ marginBottom: 16 }}>
        <label htmlFor="holiday-year">{t('settings.holidays.year')}</label>
        <Select
          id="holiday-year"
          value={year}
          onChange={setYear}
          style={{ width: 140 }}
          options={yearChoices(thisYear, year, data.yearsWithHolidays).map((y) => ({
            value: y,
            label: data.yearsWithHolidays.includes(y) ? String(y) : t('settings.holidays.yearEmpty', { year: y }),
          }))}
        />
      </Flex>
      {/* A fresh form for each year and each saved list: the rows are the server's. */}
      {holidays.isPlaceholderData ? <ContentSpinner label={t('common.loading')} /> : <HolidaysForm key={`${data.year}`} data={data} />}
    </>
  );
}
