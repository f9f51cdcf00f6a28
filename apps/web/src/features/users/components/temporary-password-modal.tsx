import type { TemporaryPasswordIssued } from '@giao-ban/shared';
import { Alert, Button, Flex, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useClipboard } from '@/lib/use-clipboard';

export interface TemporaryPasswordModalProps {
  /** What the server answered; null: closed. The password exists only here, in memory. */
  issued: TemporaryPasswordIssued | null;
  reason: 'created' | 'reset';
  onClose: () => void;
}

/** Shows a one-time password once, with a copy button; closing it forgets it. */
export function TemporaryPasswordModal({ issued, reason, onClose }: TemporaryPasswordModalProps) {
  const { t } = useTranslation();
  const clipboard = useClipboard();
  const login = issued?.user.login ?? '';
  return (
    <Modal
      open={issued !== null}
      title={reason === 'created' ? t('users.temporaryPassword.createdTitle', { login }) : t('users.temporaryPassword.resetTitle', { login })}
      onCancel={onClose}
      maskClosable={false}
      destroyOnHidden
      footer={
        <Button type="primary" onClick={onClose}>
          {t('users.temporaryPassword.done')}
        </Button>
      }
    >
      {issued ? (
        <Flex vertical gap={12}>
          <div>
            <Typography.Text type="secondary">{t('users.temporaryPassword.intro', { name: issued.user.fullName })}</Typography.Text>
            <Flex wrap align="center" gap={12} style={{ marginTop: 6 }}>
              <code
                data-testid="temporary-password"
                style={{
                  fontSize: 22,
                  letterSpacing: 1,
                  padding: '6px 12px',
                  background: '#f5f5f5',
                  border: '1px solid #d9d9d9',
                  borderRadius: 6,
                  userSelect: 'all',
                }}
              >
                {issued.temporaryPassword}
              </code>
              <Button onClick={() => void clipboard.copy(issued.temporaryPassword)}>
                {clipboard.state === 'copied' ? t('users.temporaryPassword.copied') : t('users.temporaryPassword.copy')}
              </Button>
            </Flex>
            {clipboard.state === 'failed' ? (
              <Typography.Text type="danger" role="status">
                {t('users.temporaryPassword.copyFailed')}
              </Typography.Text>
            ) : null}
          </div>
          <Alert type="warning" showIcon title={t('users.temporaryPassword.once')} />
        </Flex>
      ) : null}
    </Modal>
  );
}
