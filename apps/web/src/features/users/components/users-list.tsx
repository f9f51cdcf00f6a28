import type { Page, UserAccount } from '@giao-ban/shared';
import { Button, Empty, Flex, Grid, Tag, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { PagedTable } from '@/components/paged-table';
import { PhonePager } from '@/components/phone-pager';
import { formatInstant } from '@/lib/format';

export type UserAction = 'edit' | 'resetPassword' | 'deactivate' | 'activate';

export interface UsersListProps {
  data: Page<UserAccount>;
  loading: boolean;
  currentUserId: string;
  busyUserId: string | null;
  onAction: (action: UserAction, user: UserAccount) => void;
  onPageChange: (page: number) => void;
}

function StateTags({ user }: { user: UserAccount }) {
  const { t } = useTranslation();
  return (
    <Flex wrap gap={4}>
      {user.active ? <Tag color="green">{t('users.active')}</Tag> : <Tag color="default">{t('users.inactive')}</Tag>}
      {user.mustChangePassword ? <Tag color="gold">{t('users.mustChangePassword')}</Tag> : null}
    </Flex>
  );
}

function Actions({ user, own, busy, onAction }: { user: UserAccount; own: boolean; busy: boolean; onAction: UsersListProps['onAction'] }) {
  const { t } = useTranslation();
  const label = (action: string) => `${action}: ${user.fullName}`;
  return (
    <Flex wrap gap={4}>
      <Button size="small" aria-label={label(t('users.actions.edit'))} onClick={() => onAction('edit', user)}>
        {t('users.actions.edit')}
      </Button>
      <Button size="small" aria-label={label(t('users.actions.resetPassword'))} onClick={() => onAction('resetPassword', user)}>
        {t('users.actions.resetPassword')}
      </Button>
      {user.active ? (
        // An administrator cannot lock themselves out (the API refuses it too).
        own ? null : (
          <Button size="small" danger loading={busy} aria-label={label(t('users.actions.deactivate'))} onClick={() => onAction('deactivate', user)}>
            {t('users.actions.deactivate')}
          </Button>
        )
      ) : (
        <Button size="small" loading={busy} aria-label={label(t('users.actions.activate'))} onClick={() => onAction('activate', user)}>
          {t('users.actions.activate')}
        </Button>
      )}
    </Flex>
  );
}

/** The accounts: a table on a desktop, one card per person on a phone. */
export function UsersList({ data, loading, currentUserId, busyUserId, onAction, onPageChange }: UsersListProps) {
  const { t, i18n } = useTranslation();
  const screens = Grid.useBreakpoint();
  const lastSignIn = (user: UserAccount) =>
    user.lastSignInAt ? formatInstant(user.lastSignInAt, i18n.resolvedLanguage === 'en' ? 'en' : 'vi') : t('users.never');
  const name = (user: UserAccount) => (
    <div>
      <div style={{ fontWeight: 500 }}>
        {user.fullName}
        {user.id === currentUserId ? <Tag style={{ marginInlineStart: 6 }}>{t('users.you')}</Tag> : null}
      </div>
      <Typography.Text type="secondary" style={{ fontSize: 13 }}>
        {user.login}
      </Typography.Text>
    </div>
  );
  const contact = (user: UserAccount) => (
    <div style={{ fontSize: 13, lineHeight: 1.5 }}>
      {user.email ? <div>{user.email}</div> : null}
      {user.phone ? <div>{user.phone}</div> : null}
    </div>
  );

  if (!screens.md) {
    if (data.items.length === 0) return <Empty description={t('users.list.empty')} />;
    return (
      <Flex vertical gap={8}>
        <Typography.Text type="secondary">{t('users.list.total', { count: data.total })}</Typography.Text>
        <Flex vertical component="ul" style={{ listStyle: 'none', margin: 0, padding: 0, background: '#fff', borderRadius: 8 }}>
          {data.items.map((user, index) => (
            <li key={user.id} style={{ padding: '10px 12px', borderTop: index === 0 ? undefined : '1px solid #f0f0f0' }}>
              {name(user)}
              <div style={{ fontSize: 13, marginTop: 4 }}>
                {t(`roles.${user.role}`)}
                {user.agencyName ? ` · ${user.agencyName}` : ''}
              </div>
              {contact(user)}
              <div style={{ fontSize: 13, color: 'rgba(0,0,0,0.55)', margin: '4px 0' }}>
                {`${t('users.fields.lastSignIn')}: ${lastSignIn(user)}`}
              </div>
              <Flex vertical gap={8}>
                <StateTags user={user} />
                <Actions user={user} own={user.id === currentUserId} busy={busyUserId === user.id} onAction={onAction} />
              </Flex>
            </li>
          ))}
        </Flex>
        <PhonePager data={data} onPageChange={onPageChange} />
      </Flex>
    );
  }

  // Name, login and contact in one cell, role and unit in another: the table fits an office PC
  // beside the menu without squeezing the names into a column of single words.
  const columns: TableColumnsType<UserAccount> = [
    {
      key: 'name',
      title: t('users.fields.fullName'),
      render: (_, user) => (
        <>
          {name(user)}
          {contact(user)}
        </>
      ),
    },
    {
      key: 'role',
      title: `${t('users.fields.role')} · ${t('users.fields.unit')}`,
      width: 240,
      render: (_, user) => (
        <div>
          <div>{t(`roles.${user.role}`)}</div>
          {user.agencyName ? <Typography.Text type="secondary">{user.agencyName}</Typography.Text> : null}
        </div>
      ),
    },
    { key: 'lastSignIn', title: t('users.fields.lastSignIn'), width: 150, render: (_, user) => lastSignIn(user) },
    { key: 'state', title: t('users.fields.state'), width: 150, render: (_, user) => <StateTags user={user} /> },
    {
      key: 'actions',
      title: t('users.fields.actions'),
      width: 220,
      render: (_, user) => <Actions user={user} own={user.id === currentUserId} busy={busyUserId === user.id} onAction={onAction} />,
    },
  ];

  return (
    <PagedTable<UserAccount>
      rowKey="id"
      size="middle"
      columns={columns}
      data={data}
      loading={loading}
      scroll={{ x: 900 }}
      locale={{ emptyText: <Empty description={t('users.list.empty')} /> }}
      totalLabel={(count) => t('users.list.total', { count })}
      onPageChange={onPageChange}
    />
  );
}
