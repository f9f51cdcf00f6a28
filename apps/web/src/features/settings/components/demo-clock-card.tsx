import type { DemoClockState } from '@giao-ban/shared';
import { Alert, Button, Card, DatePicker, Flex, Typography, message } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '@/lib/error-message';
import { formatInstant, formatNumber } from '@/lib/format';
import { useDemoClock, useSetDemoClock } from '../api/demo-clock';
import { fromVietnamWallClock, offsetParts, toVietnamWallClock } from '../utils/demo-clock';

const PICKER_FORMAT = 'DD/MM/YYYY HH:mm';

function DemoClockForm({ state }: { state: DemoClockState }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage === 'en' ? 'en' : 'vi';
  const [toast, toastHolder] = message.useMessage();
  const setClock = useSetDemoClock();
  const [picked, setPicked] = useState<Dayjs | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const pickerId = useId();

  const parts = offsetParts(state.offsetMinutes);
  const distance = [
    parts.days ? t('settings.demoClock.days', { count: parts.days, days: formatNumber(parts.days, language) }) : null,
    parts.hours ? t('settings.demoClock.hours', { count: parts.hours }) : null,
    parts.minutes ? t('settings.demoClock.minutes', { count: parts.minutes }) : null,
  ]
    .filter(Boolean)
    .join(' ');
  const offsetText =
    state.offsetMinutes === 0 ? t('settings.demoClock.realTime') : t(parts.ahead ? 'settings.demoClock.ahead' : 'settings.demoClock.behind', { distance });

  const send = (now: string | null) => {
    setFailure(null);
    setClock.mutate(
      { now },
      {
        onSuccess: (saved) => {
          setPicked(null);
          void toast.success(now === null ? t('settings.demoClock.backToReal') : t('settings.demoClock.set', { at: formatInstant(saved.now, language) }));
        },
        onError: (error) => setFailure(errorMessage(error, t)),
      },
    );
  };

  return (
    <>
      {toastHolder}
      <Typography.Paragraph type="secondary" style={{ marginTop: 0 }}>
        {t('settings.demoClock.hint')}
      </Typography.Paragraph>
      <Typography.Paragraph style={{ marginBottom: 4 }}>
        {t('settings.demoClock.now')}{' '}
        <Typography.Text strong data-testid="demo-clock-now">
          {formatInstant(state.now, language)}
        </Typography.Text>
      </Typography.Paragraph>
      <Typography.Paragraph type={state.offsetMinutes === 0 ? 'secondary' : 'warning'}>{offsetText}</Typography.Paragraph>
      {failure ? <Alert type="error" showIcon title={failure} role="alert" style={{ marginBottom: 16 }} /> : null}
      <Flex vertical gap={4}>
        <label htmlFor={pickerId}>{t('settings.demoClock.pick')}</label>
        <Flex wrap gap={8} align="center">
          <DatePicker
            id={pickerId}
            showTime={{ format: 'HH:mm' }}
            format={PICKER_FORMAT}
            placeholder={t('settings.demoClock.pickPlaceholder')}
            value={picked}
            defaultPickerValue={dayjs(toVietnamWallClock(state.now))}
            onChange={(value) => setPicked(value)}
            style={{ minWidth: 220 }}
          />
          <Button type="primary" disabled={!picked} loading={setClock.isPending && setClock.variables?.now !== null} onClick={() => picked && send(fromVietnamWallClock(picked.format('YYYY-MM-DDTHH:mm')))}>
            {t('settings.demoClock.setButton')}
          </Button>
          <Button disabled={state.offsetMinutes === 0} loading={setClock.isPending && setClock.variables?.now === null} onClick={() => send(null)}>
            {t('settings.demoClock.realButton')}
          </Button>
        </Flex>
      </Flex>
    </>
  );
}

/**
 * "Đồng hồ demo": in demo mode (`npm start`) the administrator moves the app's date and time to
 * watch reminders fall due. Shown only when the API has a demo clock (it answers 404 otherwise).
 */
export function DemoClockCard() {
  const { t } = useTranslation();
  const clock = useDemoClock();
  if (!clock.isSuccess) return null;
  return (
    <Card title={t('settings.demoClock.title')} style={{ marginTop: 16 }}>
      <DemoClockForm state={clock.data} />
    </Card>
  );
}
