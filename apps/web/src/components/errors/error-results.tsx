import { Button } from 'antd';
import { lazy, Suspense, type ComponentProps, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { paths } from '@/config/paths';

const LazyResult = lazy(() => import('./result'));

/** antd's Result, loaded on first use; nothing shows for the moment its code takes to arrive. */
export function Result(props: ComponentProps<typeof LazyResult>) {
  return (
    <Suspense fallback={null}>
      <LazyResult {...props} />
    </Suspense>
  );
}

function HomeButton({ to = paths.home.getHref(), label }: { to?: string; label?: ReactNode }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <Button type="primary" onClick={() => void navigate(to)}>
      {label ?? t('common.backHome')}
    </Button>
  );
}

export function NotFoundResult({ title, subTitle, backTo, backLabel }: {
  title?: ReactNode;
  subTitle?: ReactNode;
  backTo?: string;
  backLabel?: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Result
      status="404"
      title={title ?? t('common.notFoundTitle')}
      subTitle={subTitle ?? t('common.notFoundHint')}
      extra={<HomeButton to={backTo} label={backLabel} />}
    />
  );
}

/** A period that does not exist (or that this user may not see), wherever a screen asks for one. */
export function PeriodNotFoundResult() {
  const { t } = useTranslation();
  return (
    <NotFoundResult
      title={t('periods.detail.notFound')}
      subTitle={t('periods.detail.notFoundHint')}
      backTo={paths.app.periods.getHref()}
      backLabel={t('periods.detail.backToList')}
    />
  );
}

export function ForbiddenResult({ subTitle }: { subTitle?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Result
      status="403"
      title={t('common.forbiddenTitle')}
      subTitle={subTitle ?? t('common.forbiddenHint')}
      extra={<HomeButton />}
    />
  );
}

/** A failed request that may succeed if asked again. */
export function ErrorResult({ message, onRetry }: { message: ReactNode; onRetry?: () => void }) {
  const { t } = useTranslation();
  return (
    <Result
      status="error"
      title={t('common.unexpectedTitle')}
      subTitle={message}
      extra={onRetry ? <Button onClick={onRetry}>{t('common.retry')}</Button> : undefined}
    />
  );
}
