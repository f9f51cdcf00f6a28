import { useTranslation } from 'react-i18next';
import { isRouteErrorResponse, useRouteError } from 'react-router';

/**
 * The router's error element: a render error, or a route chunk that failed to load (a new
 * deployment, a lost connection). Deliberately plain markup: it ships in the entry chunk and
 * must work even when antd's lazily loaded pieces could not be fetched.
 */
export function RouteError() {
  const error = useRouteError();
  const { t } = useTranslation();
  const notFound = isRouteErrorResponse(error) && error.status === 404;
  return (
    <div role="alert" style={{ maxWidth: 560, margin: '15vh auto', padding: 24, textAlign: 'center', fontFamily: 'inherit' }}>
      <h1 style={{ fontSize: 24, margin: '0 0 8px' }}>{notFound ? t('common.notFoundTitle') : t('common.unexpectedTitle')}</h1>
      <p style={{ color: 'rgba(0,0,0,0.6)', margin: '0 0 24px' }}>
        {notFound ? t('common.notFoundHint') : t('common.unexpectedHint')}
      </p>
      <button
        type="button"
        onClick={() => window.location.reload()}
        style={{
          background: '#1a4f8b',
          color: '#fff',
          border: 0,
          borderRadius: 6,
          padding: '8px 20px',
          fontSize: 14,
          cursor: 'pointer',
        }}
      >
        {t('common.retry')}
      </button>
    </div>
  );
}
