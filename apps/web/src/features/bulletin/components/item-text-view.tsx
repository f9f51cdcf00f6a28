import type { BulletinItem, BulletinPhoto } from '@giao-ban/shared';
import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDate } from '@/lib/format';
import { bulletinPhotoUrl } from '../api/item-photos';

/** A photo at the width of its column, with its caption and credit as the bulletin prints them. */
export function BulletinFigure({ itemId, photo }: { itemId: string; photo: BulletinPhoto }) {
  const { t } = useTranslation();
  return (
    <figure style={{ margin: '8px 0' }}>
      <img
        src={bulletinPhotoUrl(itemId, photo.id)}
        alt={photo.caption || photo.fileName}
        width={photo.width || undefined}
        height={photo.height || undefined}
        loading="lazy"
        style={{ display: 'block', maxWidth: '100%', height: 'auto', borderRadius: 4 }}
      />
      <figcaption style={{ fontSize: 13, fontStyle: 'italic', marginTop: 4 }}>
        {photo.caption}
        {photo.credit ? ` ${t('bulletin.photos.creditLine', { credit: photo.credit })}` : ''}
      </figcaption>
    </figure>
  );
}

/** Only http(s) addresses become links: what a unit typed is never a `javascript:` href. */
export function isWebAddress(text: string): boolean {
  return /^https?:\/\/[^\s]+$/i.test(text);
}

/** Body text as paragraphs, one per line the unit typed. */
export function BodyParagraphs({ text }: { text: string }) {
  const paragraphs = text.split(/\n+/).filter((line) => line.trim().length > 0);
  return (
    <>
      {paragraphs.map((paragraph, index) => (
        <Typography.Paragraph key={index} style={{ marginBottom: 8, whiteSpace: 'pre-wrap' }}>
          {paragraph}
        </Typography.Paragraph>
      ))}
    </>
  );
}

export interface ItemTextViewProps {
  /** The heading level of the item's title within the page. */
  level?: 2 | 3;
  title: string;
  sapo: string;
  body: string;
  item?: Pick<BulletinItem, 'id' | 'eventDate' | 'eventPlace' | 'links' | 'photos'>;
}

/** An item read: title, sapo (the lead, in bold), body, where and when, links and photos. */
export function ItemTextView({ level = 3, title, sapo, body, item }: ItemTextViewProps) {
  const { t } = useTranslation();
  const when = [item?.eventDate ? formatDate(item.eventDate) : '', item?.eventPlace ?? ''].filter(Boolean).join(' · ');
  return (
    <div>
      <Typography.Title level={level} style={{ fontSize: level === 2 ? 20 : 17, marginTop: 0 }}>
        {title || t('bulletin.item.untitled')}
      </Typography.Title>
      {when ? <Typography.Text type="secondary">{when}</Typography.Text> : null}
      {sapo ? (
        <Typography.Paragraph strong style={{ marginTop: 8 }}>
          {sapo}
        </Typography.Paragraph>
      ) : null}
      <BodyParagraphs text={body} />
      {item && item.links.length > 0 ? (
        <ul style={{ paddingInlineStart: 18 }} aria-label={t('bulletin.item.fields.links')}>
          {item.links.map((link) => (
            <li key={link} style={{ overflowWrap: 'anywhere' }}>
              {isWebAddress(link) ? (
                <a href={link} target="_blank" rel="noreferrer noopener">
                  {link}
                </a>
              ) : (
                link
              )}
            </li>
          ))}
        </ul>
      ) : null}
      {item?.photos.map((photo) => <BulletinFigure key={photo.id} itemId={item.id} photo={photo} />)}
    </div>
  );
}
