import { BULLETIN_TITLE, type BulletinIssueDetail, type BulletinPublishedContent } from '@giao-ban/shared';
import { Card, Divider, Grid, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDate, formatDateTime } from '@/lib/format';
import { useItemKindLabel } from './bulletin-tags';
import { BodyParagraphs, BulletinFigure } from './item-text-view';

const anchor = (itemId: string) => `bulletin-item-${itemId}`;

/**
 * The published issue, read only, as members read it: the cover line (the bulletin's name, the
 * number, the release date, the governing body), the table of contents, then each section's items
 * as the office accepted them, with their photos; two columns on a wide screen where the office chose them.
 */
export function PublishedIssue({ issue, content }: { issue: BulletinIssueDetail; content: BulletinPublishedContent }) {
  const { t } = useTranslation();
  const kindLabel = useItemKindLabel();
  const screens = Grid.useBreakpoint();
  const { editorial } = content;
  const columns = content.twoColumns && screens.lg ? { columnCount: 2, columnGap: 32 } : undefined;
  return (
    <article aria-label={t('bulletin.published.title', { label: issue.label })}>
      <Card style={{ textAlign: 'center', marginBottom: 16 }}>
        {editorial.governingBody ? <Typography.Text strong>{editorial.governingBody.toUpperCase()}</Typography.Text> : null}
        <Typography.Title level={2} style={{ margin: '8px 0', fontSize: 24 }}>
          {BULLETIN_TITLE}
        </Typography.Title>
        <Typography.Text>
          {[issue.label, editorial.releaseDate ? t('bulletin.published.releaseDate', { date: formatDate(editorial.releaseDate) }) : ''].filter(Boolean).join(' · ')}
        </Typography.Text>
        <div>
          <Typography.Text type="secondary" style={{ fontSize: 13 }}>
            {t('bulletin.published.publishedAt', { time: formatDateTime(content.publishedAt) })}
          </Typography.Text>
        </div>
      </Card>
      <nav aria-label={t('bulletin.published.contents')} style={{ marginBottom: 16 }}>
        <Typography.Title level={2} style={{ fontSize: 18 }}>
          {t('bulletin.published.contents')}
        </Typography.Title>
        <ol style={{ paddingInlineStart: 22, lineHeight: 1.8 }}>
          {content.sections.map((section) => (
            <li key={section.title}>
              <strong>{section.title}</strong>
              <ul style={{ paddingInlineStart: 18 }}>
                {section.items.map((item) => (
                  <li key={item.itemId}>
                    <a href={`#${anchor(item.itemId)}`}>{item.title}</a>
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ol>
      </nav>
      {content.sections.map((section) => (
        <section key={section.title} aria-label={section.title}>
          <Divider titlePlacement="start" style={{ fontSize: 18 }}>
            <h2 style={{ fontSize: 18, margin: 0 }}>{section.title.toUpperCase()}</h2>
          </Divider>
          <div style={columns}>
            {section.items.map((item) => (
              <div key={item.itemId} id={anchor(item.itemId)} style={{ breakInside: 'avoid-column', marginBottom: 24 }}>
                <Typography.Title level={3} style={{ fontSize: 18, marginTop: 0 }}>
                  {item.title}
                </Typography.Title>
                <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                  {[kindLabel(item.kind), item.agencyName, item.eventDate ? formatDate(item.eventDate) : '', item.eventPlace].filter(Boolean).join(' · ')}
                </Typography.Text>
                {item.sapo ? (
                  <Typography.Paragraph strong style={{ marginTop: 8 }}>
                    {item.sapo}
                  </Typography.Paragraph>
                ) : null}
                {item.photos[0] ? <BulletinFigure itemId={item.itemId} photo={item.photos[0]} /> : null}
                <BodyParagraphs text={item.body} />
                {item.photos.slice(1).map((photo) => (
                  <BulletinFigure key={photo.id} itemId={item.itemId} photo={photo} />
                ))}
              </div>
            ))}
          </div>
        </section>
      ))}
      {editorial.editorialBoard ? (
        <Typography.Paragraph type="secondary" style={{ marginTop: 24, whiteSpace: 'pre-wrap' }}>
          {t('bulletin.published.editorialBoard', { board: editorial.editorialBoard })}
        </Typography.Paragraph>
      ) : null}
    </article>
  );
}
