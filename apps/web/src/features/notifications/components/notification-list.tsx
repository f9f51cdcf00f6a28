import { notificationPath, type NotificationItem } from '@giao-ban/shared';
import { Empty, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { VisuallyHidden } from '@/components/visually-hidden';
import { formatInstant } from '@/lib/format';
import { useMarkNotificationRead } from '../api/mark-read';
import { notificationText } from '../utils/notification-text';

const UNREAD_BACKGROUND = '#fff7e6';
const UNREAD_DOT = '#d4380d';

/**
 * Notifications as a list: unread ones marked; choosing one marks it read and goes to the exact
 * place it names (the returned section, the report to review…).
 */
export function NotificationList({ items, loading, onOpen, compact }: { items: NotificationItem[]; loading?: boolean; onOpen?: () => void; compact?: boolean }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const markRead = useMarkNotificationRead();
  const language = i18n.resolvedLanguage === 'en' ? 'en' : 'vi';

  const open = (item: NotificationItem) => {
    if (!item.readAt) markRead.mutate(item.id);
    onOpen?.();
    void navigate(notificationPath(item.link));
  };

  if (loading && items.length === 0) {
    return (
      <div style={{ padding: 24, textAlign: 'center' }}>
        <Spin />
      </div>
    );
  }
  if (items.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('notifications.empty')} style={{ padding: 16 }} />;
  return (
    <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
      {items.map((item) => {
        const { title, description } = notificationText(item, t);
        const unread = !item.readAt;
        return (
          <li key={item.id} style={{ borderBottom: '1px solid #f0f0f0', background: unread ? UNREAD_BACKGROUND : undefined }}>
            <button
              type="button"
              onClick={() => open(item)}
              data-testid="notification-item"
              style={{
                all: 'unset',
                boxSizing: 'border-box',
                cursor: 'pointer',
                display: 'flex',
                gap: 10,
                width: '100%',
                padding: compact ? '8px 12px' : '12px 16px',
              }}
            >
              <span
                aria-hidden="true"
                style={{ flex: '0 0 8px', height: 8, marginTop: 7, borderRadius: 4, background: unread ? UNREAD_DOT : 'transparent' }}
              />
              <span style={{ minWidth: 0, flex: 1 }}>
                <Typography.Text strong={unread} style={{ display: 'block', whiteSpace: 'normal' }}>
                  {unread ? (
                    <>
                      <VisuallyHidden>{`${t('notifications.unread')}:`}</VisuallyHidden>{' '}
                    </>
                  ) : null}
                  {title}
                </Typography.Text>
                <Typography.Text type="secondary" style={{ display: 'block', whiteSpace: 'normal', fontSize: 13 }}>
                  {description}
                </Typography.Text>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  <time dateTime={item.createdAt}>{formatInstant(item.createdAt, language)}</time>
                </Typography.Text>
              </span>
            </button>
          </li>
        );
      })}
    </ul>
  );
}
