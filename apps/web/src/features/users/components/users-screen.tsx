import type { TemporaryPasswordIssued, UserAccount } from '@giao-ban/shared';
import { Button, Flex, message, Modal } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ErrorResult } from '@/components/errors/error-results';
import { ContentSpinner } from '@/components/full-page-spinner';
import { PageHeader } from '@/components/page-header';
import { paths } from '@/config/paths';
import { errorMessage } from '@/lib/error-message';
import { useAllAgencies } from '@/lib/api/agencies';
import { useUsers } from '../api/get-users';
import { useResetUserPassword } from '../api/reset-user-password';
import { useSetUserActive } from '../api/set-user-active';
import { useUserFilters } from '../hooks/use-user-filters';
import { TemporaryPasswordModal } from './temporary-password-modal';
import { UserFilters } from './user-filters';
import { UserFormModal } from './user-form-modal';
import { UsersList, type UserAction } from './users-list';

type Editing = { user: UserAccount | null } | null;

/**
 * "Quản lý người dùng": the administrator finds accounts, creates and edits them, locks and
 * unlocks them and resets passwords. A temporary password is shown once, in its own dialog.
 */
export function UsersScreen({ currentUserId }: { currentUserId: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { filters, query, update, filtered, clear } = useUserFilters();
  const users = useUsers(query);
  const units = useAllAgencies();
  const setActive = useSetUserActive();
  const resetPassword = useResetUserPassword();
  const [modal, modalHolder] = Modal.useModal();
  const [toast, toastHolder] = message.useMessage();
  const [editing, setEditing] = useState<Editing>(null);
  const [issued, setIssued] = useState<{ issued: TemporaryPasswordIssued; reason: 'created' | 'reset' } | null>(null);
  const busyUserId = setActive.isPending ? (setActive.variables?.userId ?? null) : null;

  const onAction = (action: UserAction, user: UserAccount) => {
    switch (action) {
      case 'edit':
        return setEditing({ user });
      case 'activate':
        return setActive.mutate(
          { userId: user.id, active: true },
          {
            onSuccess: () => void toast.success(t('users.done.activated', { login: user.login })),
            onError: (error) => void toast.error(errorMessage(error, t)),
          },
        );
      case 'deactivate':
        return void modal.confirm({
          title: t('users.confirmDeactivate.title', { name: user.fullName }),
          content: t('users.confirmDeactivate.content'),
          okText: t('users.confirmDeactivate.ok'),
          okButtonProps: { danger: true },
          cancelText: t('users.form.cancel'),
          onOk: () =>
            setActive.mutateAsync({ userId: user.id, active: false }).then(
              () => void toast.success(t('users.done.deactivated', { login: user.login })),
              (error: unknown) => void toast.error(errorMessage(error, t)),
            ),
        });
      case 'resetPassword':
        return void modal.confirm({
          title: t('users.confirmReset.title', { name: user.fullName }),
          content: t('users.confirmReset.content'),
          okText: t('users.confirmReset.ok'),
          cancelText: t('users.form.cancel'),
          onOk: () =>
            resetPassword.mutateAsync(user.id).then(
              (answer) => setIssued({ issued: answer, reason: 'reset' }),
              (error: unknown) => void toast.error(errorMessage(error, t)),
            ),
        });
    }
  };

  let body;
  if (users.isPending) body = <ContentSpinner label={t('common.loading')} />;
  else if (users.isError) body = <ErrorResult message={errorMessage(users.error, t)} onRetry={() => void users.refetch()} />;
  else {
    body = (
      <UsersList
        data={users.data}
        loading={users.isFetching && users.isPlaceholderData}
        currentUserId={currentUserId}
        busyUserId={busyUserId}
        onAction={onAction}
        onPageChange={(page) => update({ page })}
      />
    );
  }

  return (
    <>
      {modalHolder}
      {toastHolder}
      <PageHeader
        title={t('users.title')}
        description={t('users.description')}
        extra={
          <Flex wrap gap={8}>
            <Button onClick={() => void navigate(paths.app.directoryImport.getHref())}>{t('directoryImport.open')}</Button>
            <Button type="primary" onClick={() => setEditing({ user: null })}>
              {t('users.add')}
            </Button>
          </Flex>
        }
      />
      <UserFilters filters={filters} units={units.data ?? []} filtered={filtered} onChange={update} onClear={clear} />
      {body}
      <UserFormModal
        // a fresh form for every opening
        key={editing ? (editing.user?.id ?? 'new') : 'closed'}
        open={editing !== null}
        user={editing?.user ?? null}
        currentUserId={currentUserId}
        units={units.data ?? []}
        onClose={() => setEditing(null)}
        onCreated={(answer) => {
          setEditing(null);
          setIssued({ issued: answer, reason: 'created' });
        }}
        onUpdated={() => {
          setEditing(null);
          void toast.success(t('users.done.updated'));
        }}
      />
      <TemporaryPasswordModal issued={issued?.issued ?? null} reason={issued?.reason ?? 'created'} onClose={() => setIssued(null)} />
    </>
  );
}
