import { Badge, Button, Divider, Drawer, Grid, Popover, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '@/config/paths';
import { BELL_PAGE_SIZE, useNotifications } from '../api/get-notifications';
import { useNotificationCounts } from '../api/get-notification-counts';
import { useMarkAllNotificationsRead } from '../api/mark-read';
import { NotificationList } from './notification-list';

function BellIcon() {
  return (
    <svg width="20" height="20" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path
        d="M12 3a6 6 0 0 0-6 6v3.6L4.3 15.4A1 1 0 0 0 5.2 17h13.6a1 1 0 0 0 .9-1.6L18 12.6V9a6 6 0 0 0-6-6Zm-2 15.5a2 2 0 0 0 4 0"
        fill="none"
        stroke="currentColor"
        strokeWidth="2"
        strokeLinejoin="round"
      />
    </svg>
  );
}

/**
 * The bell of the app header, on every page: the unread count (polled), the newest notifications
 * in a dropdown, "mark all read", the way to the full list — and, for the standing office, the
 * count of reports waiting to be accepted ("chờ tiếp nhận").
 */
export function NotificationBell() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const counts = useNotificationCounts();
  const latest = useNotifications(1, BELL_PAGE_SIZE, { enabled: open });
  const markAll = useMarkAllNotificationsRead();
  const unread = counts.data?.unread ?? 0;
  const awaiting = counts.data?.awaitingReceipt ?? null;
  const close = () => setOpen(false);
  // A popover anchored to the bell runs off a phone's screen: there the panel slides in from the side.
  const narrow = !Grid.useBreakpoint().md;

  const content = (
    <div style={{ width: narrow ? '100%' : 380 }} data-testid="notification-panel">
      <div style={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: 8, padding: '4px 12px' }}>
        <Typography.Text strong>{t('notifications.title')}</Typography.Text>
        <Button type="link" size="small" disabled={unread === 0} loading={markAll.isPending} onClick={() => markAll.mutate()}>
          {t('notifications.markAllRead')}
        </Button>
      </div>
      {awaiting !== null ? (
        <Link
          to={paths.app.reviewQueue.getHref()}
          onClick={close}
          style={{ display: 'block', padding: '6px 12px', background: '#f0f5ff', borderTop: '1px solid #f0f0f0' }}
        >
          {t('notifications.awaitingReceipt', { count: awaiting })}
        </Link>
      ) : null}
      <Divider style={{ margin: 0 }} />
      <div style={narrow ? undefined : { maxHeight: 'min(420px, 60vh)', overflowY: 'auto' }}>
        <NotificationList items={latest.data?.items ?? []} loading={latest.isPending && open} onOpen={close} compact />
      </div>
      <Divider style={{ margin: 0 }} />
      <Link to={paths.app.notifications.getHref()} onClick={close} style={{ display: 'block', textAlign: 'center', padding: '8px 12px' }}>
        {t('notifications.viewAll')}
      </Link>
    </div>
  );

  const bell = (
    <Button
      type="text"
      aria-label={unread > 0 ? t('notifications.bellUnread', { count: unread }) : t('notifications.bell')}
      aria-haspopup="dialog"
      aria-expanded={open}
      onClick={narrow ? () => setOpen(!open) : undefined}
      style={{ color: '#fff', paddingInline: 6 }}
    >
      <Badge count={unread} size="small" overflowCount={99} offset={[4, -2]}>
        <span style={{ color: '#fff', display: 'inline-flex' }}>
          <BellIcon />
        </span>
      </Badge>
    </Button>
  );

  if (narrow) {
    return (
      <>
        {bell}
        <Drawer
          open={open}
          onClose={close}
          placement="right"
          size="min(380px, 100vw)"
          closable={false}
          aria-label={t('notifications.title')}
          destroyOnHidden
          styles={{ body: { padding: '8px 0' } }}
        >
          {content}
        </Drawer>
      </>
    );
  }
  return (
    <Popover content={content} trigger="click" placement="bottomRight" open={open} onOpenChange={setOpen} arrow={false} styles={{ container: { padding: 0 } }}>
      {bell}
    </Popover>
  );
}
