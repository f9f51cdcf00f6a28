import { BULLETIN_LIMITS, type BulletinPhoto } from '@giao-ban/shared';
import { Button, Card, Flex, Form, Input, Popconfirm, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { VisuallyHidden } from '@/components/visually-hidden';
import { isApiError } from '@/lib/api-client';
import { errorMessage } from '@/lib/error-message';
import { useDeleteBulletinPhoto, useUploadBulletinPhoto } from '../api/item-photos';
import { BulletinFigure } from './item-text-view';

/** What the picker offers; the server judges the file by its content, not its name. */
export const PHOTO_ACCEPT = '.jpg,.jpeg,.png';

interface PhotoFormValues {
  caption: string;
  credit: string;
}

export interface PhotoListProps {
  itemId: string;
  photos: BulletinPhoto[];
  editable: boolean;
}

/** An item's photos with caption and credit; while the unit writes, add (JPG/PNG) and remove them. */
export function PhotoList({ itemId, photos, editable }: PhotoListProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<PhotoFormValues>();
  const [file, setFile] = useState<File | null>(null);
  const [error, setError] = useState<string | null>(null);
  const upload = useUploadBulletinPhoto(itemId);
  const remove = useDeleteBulletinPhoto(itemId);
  const full = photos.length >= BULLETIN_LIMITS.photosPerItemMax;

  const describe = (cause: unknown) => {
    if (isApiError(cause) && (cause.code === 'UNSUPPORTED_FILE_TYPE' || cause.status === 415)) return t('bulletin.photos.errors.unsupported');
    if (isApiError(cause) && (cause.code === 'FILE_TOO_LARGE' || cause.status === 413)) return t('bulletin.photos.errors.tooLarge');
    return errorMessage(cause, t);
  };

  const pick = (picked: File) => {
    const name = picked.name.toLowerCase();
    if (!PHOTO_ACCEPT.split(',').some((extension) => name.endsWith(extension))) {
      setError(t('bulletin.photos.errors.unsupported'));
    } else if (picked.size > BULLETIN_LIMITS.photoMaxBytes) {
      setError(t('bulletin.photos.errors.tooLarge'));
    } else {
      setError(null);
      setFile(picked);
    }
    return Upload.LIST_IGNORE;
  };

  const onFinish = (values: PhotoFormValues) => {
    if (!file) {
      setError(t('bulletin.photos.errors.noFile'));
      return;
    }
    upload.mutate(
      { file, caption: values.caption.trim(), credit: values.credit.trim() },
      {
        onSuccess: () => {
          setFile(null);
          setError(null);
          form.resetFields();
        },
        onError: (cause) => setError(describe(cause)),
      },
    );
  };

  return (
    <section aria-labelledby={`photos-${itemId}`} style={{ marginTop: 16 }}>
      <Typography.Title level={2} id={`photos-${itemId}`} style={{ fontSize: 17 }}>
        {t('bulletin.photos.title')}
        {photos.length > 0 ? ` (${photos.length})` : ''}
      </Typography.Title>
      {photos.length === 0 && !editable ? <Typography.Text type="secondary">{t('bulletin.photos.none')}</Typography.Text> : null}
      <Flex wrap gap={12}>
        {photos.map((photo) => (
          <Card key={photo.id} size="small" style={{ width: 260 }}>
            <BulletinFigure itemId={itemId} photo={photo} />
            {editable ? (
              <Popconfirm
                title={t('bulletin.photos.deleteConfirm')}
                okText={t('bulletin.photos.delete')}
                cancelText={t('bulletin.common.cancel')}
                okButtonProps={{ danger: true }}
                onConfirm={() => remove.mutateAsync(photo.id).catch((cause: unknown) => setError(describe(cause)))}
              >
                <Button size="small" danger type="text">
                  {t('bulletin.photos.delete')}
                  <VisuallyHidden>{`: ${photo.caption || photo.fileName}`}</VisuallyHidden>
                </Button>
              </Popconfirm>
            ) : null}
          </Card>
        ))}
      </Flex>
      {editable && !full ? (
        <Card size="small" title={<h3 style={{ fontSize: 15, margin: 0 }}>{t('bulletin.photos.add')}</h3>} style={{ marginTop: 12, maxWidth: 560 }}>
          <Form<PhotoFormValues>
            form={form}
            layout="vertical"
            initialValues={{ caption: '', credit: '' }}
            onFinish={onFinish}
          >
            <Form.Item label={t('bulletin.photos.file')} required>
              <Upload accept={PHOTO_ACCEPT} maxCount={1} showUploadList={false} beforeUpload={pick}>
                <Button>{file ? t('bulletin.photos.changeFile') : t('bulletin.photos.chooseFile')}</Button>
              </Upload>
              <div>
                <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                  {file ? file.name : t('bulletin.photos.hint')}
                </Typography.Text>
              </div>
            </Form.Item>
            <Form.Item
              name="caption"
              label={t('bulletin.photos.caption')}
              rules={[{ required: true, whitespace: true, message: t('bulletin.photos.errors.captionRequired') }]}
            >
              <Input maxLength={BULLETIN_LIMITS.captionMaxLength} />
            </Form.Item>
            <Form.Item
              name="credit"
              label={t('bulletin.photos.credit')}
              rules={[{ required: true, whitespace: true, message: t('bulletin.photos.errors.creditRequired') }]}
            >
              <Input maxLength={BULLETIN_LIMITS.creditMaxLength} />
            </Form.Item>
            <Button htmlType="submit" loading={upload.isPending}>
              {t('bulletin.photos.upload')}
            </Button>
          </Form>
        </Card>
      ) : null}
      {error ? (
        <div role="alert" style={{ marginTop: 8 }}>
          <Typography.Text type="danger">{error}</Typography.Text>
        </div>
      ) : null}
    </section>
  );
}
