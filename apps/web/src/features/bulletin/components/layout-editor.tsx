import { BULLETIN_LIMITS, type BulletinIssueDetail, type BulletinItemSummary, type FieldError } from '@giao-ban/shared';
import {
  closestCorners,
  DndContext,
  KeyboardSensor,
  PointerSensor,
  useDroppable,
  useSensor,
  useSensors,
  type Announcements,
  type DragEndEvent,
  type DragOverEvent,
  type UniqueIdentifier,
} from '@dnd-kit/core';
import { SortableContext, sortableKeyboardCoordinates, useSortable, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { Alert, Button, Card, Flex, Input, Switch, Typography, message } from 'antd';
import { useId, useMemo, useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '@/config/paths';
import { isApiError } from '@/lib/api-client';
import { errorMessage } from '@/lib/error-message';
import { useSaveBulletinLayout } from '../api/update-issue';
import { listedTitle } from '../utils/item-content';
import {
  canStep,
  itemsById,
  layoutOf,
  layoutRequest,
  moveItem,
  moveSection,
  newSectionKey,
  sameLayout,
  sectionIndexOf,
  stepItem,
  type LayoutSection,
} from '../utils/layout';
import { useItemKindLabel } from './bulletin-tags';

function SortableItem({
  item,
  canUp,
  canDown,
  onStep,
}: {
  item: BulletinItemSummary;
  canUp: boolean;
  canDown: boolean;
  onStep: (direction: -1 | 1) => void;
}) {
  const { t } = useTranslation();
  const kindLabel = useItemKindLabel();
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({ id: item.id });
  const title = listedTitle(item) || t('bulletin.item.untitled');
  return (
    <li
      ref={setNodeRef}
      style={{
        transform: CSS.Transform.toString(transform),
        transition,
        opacity: isDragging ? 0.6 : 1,
        background: '#fff',
        border: '1px solid #d9d9d9',
        borderRadius: 6,
        padding: '6px 8px',
        marginBottom: 6,
        listStyle: 'none',
      }}
    >
      <Flex align="center" gap={8}>
        <button
          type="button"
          ref={setActivatorNodeRef}
          {...attributes}
          {...listeners}
          aria-label={t('bulletin.layout.dragHandle', { title })}
          style={{ cursor: 'grab', border: '1px solid #d9d9d9', borderRadius: 4, background: '#fafafa', padding: '2px 8px', touchAction: 'none' }}
        >
          <span aria-hidden>⠿</span>
        </button>
        <div style={{ flex: 1, minWidth: 0 }}>
          <Link to={paths.app.bulletinItem.getHref(item.id)} style={{ overflowWrap: 'anywhere' }}>
            {title}
          </Link>
          <div>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {`${kindLabel(item.kind)} · ${item.agencyName}${item.photoCount > 0 ? ` · ${t('bulletin.inbox.photos', { count: item.photoCount })}` : ''}`}
            </Typography.Text>
          </div>
        </div>
        <Button size="small" disabled={!canUp} onClick={() => onStep(-1)} aria-label={t('bulletin.layout.moveUp', { title })}>
          ↑
        </Button>
        <Button size="small" disabled={!canDown} onClick={() => onStep(1)} aria-label={t('bulletin.layout.moveDown', { title })}>
          ↓
        </Button>
      </Flex>
    </li>
  );
}

function SectionDropArea({ section, children }: { section: LayoutSection; children: React.ReactNode }) {
  const { t } = useTranslation();
  const { setNodeRef } = useDroppable({ id: section.key });
  return (
    <ul ref={setNodeRef} style={{ margin: 0, padding: 0, minHeight: 44 }}>
      {section.itemIds.length === 0 ? (
        <li style={{ listStyle: 'none', padding: 10, border: '1px dashed #d9d9d9', borderRadius: 6, color: 'rgba(0,0,0,0.6)' }}>
          {t('bulletin.layout.emptySection')}
        </li>
      ) : null}
      {children}
    </ul>
  );
}

function layoutErrors(error: unknown, t: TFunction): string {
  if (isApiError(error) && error.code === 'VALIDATION_FAILED') {
    const rules = error.fieldErrors.flatMap((field: FieldError) => Object.keys(field.constraints));
    if (rules.includes('unique')) return t('bulletin.layout.errors.duplicateTitle');
    if (rules.includes('isSectionTitle')) return t('bulletin.layout.errors.emptyTitle');
    if (rules.includes('everyAcceptedItem')) return t('bulletin.layout.errors.itemMissing');
  }
  return errorMessage(error, t);
}

/**
 * The office's layout of an issue: its sections in order, each with its accepted items, ordered by
 * drag and drop (dnd-kit: mouse, touch, and the keyboard — Space to lift, arrows to move, Space to
 * drop) or by the ↑ ↓ buttons; sections renamed, added, removed when empty; one or two columns.
 */
function LayoutForm({ issue, save, onSaved }: { issue: BulletinIssueDetail; save: ReturnType<typeof useSaveBulletinLayout>; onSaved: () => void }) {
  const { t } = useTranslation();
  const initial = useMemo(() => layoutOf(issue), [issue]);
  const [layout, setLayout] = useState<LayoutSection[]>(initial);
  const [twoColumns, setTwoColumns] = useState(issue.twoColumns);
  const [error, setError] = useState<string | null>(null);
  const switchId = useId();
  const items = useMemo(() => itemsById(issue.items), [issue.items]);
  const sensors = useSensors(useSensor(PointerSensor), useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }));
  const request = layoutRequest(layout, twoColumns);
  const dirty = !sameLayout(request, layoutRequest(initial, issue.twoColumns));
  const titleOf = (id: UniqueIdentifier) => {
    const item = items.get(String(id));
    return (item && listedTitle(item)) || t('bulletin.item.untitled');
  };
  const sectionTitleOf = (id: UniqueIdentifier) => layout[sectionIndexOf(layout, String(id))]?.title ?? '';

  const announcements: Announcements = {
    onDragStart: ({ active }) => t('bulletin.layout.announce.start', { title: titleOf(active.id) }),
    onDragOver: ({ active, over }) =>
      over ? t('bulletin.layout.announce.over', { title: titleOf(active.id), section: sectionTitleOf(over.id) }) : undefined,
    onDragEnd: ({ active, over }) =>
      over ? t('bulletin.layout.announce.end', { title: titleOf(active.id), section: sectionTitleOf(over.id) }) : undefined,
    onDragCancel: ({ active }) => t('bulletin.layout.announce.cancel', { title: titleOf(active.id) }),
  };

  const onDragOver = ({ active, over }: DragOverEvent) => {
    if (!over) return;
    setLayout((current) => {
      const from = sectionIndexOf(current, String(active.id));
      const to = sectionIndexOf(current, String(over.id));
      if (from < 0 || to < 0 || from === to) return current;
      const overIndex = current[to].itemIds.indexOf(String(over.id));
      return moveItem(current, String(active.id), to, overIndex >= 0 ? overIndex : current[to].itemIds.length);
    });
  };

  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (!over || active.id === over.id) return;
    setLayout((current) => {
      const to = sectionIndexOf(current, String(over.id));
      if (to < 0) return current;
      const overIndex = current[to].itemIds.indexOf(String(over.id));
      return moveItem(current, String(active.id), to, overIndex >= 0 ? overIndex : current[to].itemIds.length);
    });
  };

  const rename = (key: string, title: string) =>
    setLayout((current) => current.map((section) => (section.key === key ? { ...section, title } : section)));

  const onSave = () => {
    setError(null);
    save.mutate(request, {
      onSuccess: onSaved,
      onError: (cause) => setError(layoutErrors(cause, t)),
    });
  };

  const acceptedCount = layout.reduce((sum, section) => sum + section.itemIds.length, 0);

  return (
    <section aria-label={t('bulletin.layout.title')}>
      <Typography.Paragraph type="secondary">{t('bulletin.layout.help')}</Typography.Paragraph>
      {acceptedCount === 0 ? <Alert type="info" showIcon style={{ marginBottom: 12 }} title={t('bulletin.layout.noAccepted')} /> : null}
      <DndContext
        sensors={sensors}
        collisionDetection={closestCorners}
        onDragOver={onDragOver}
        onDragEnd={onDragEnd}
        accessibility={{ announcements, screenReaderInstructions: { draggable: t('bulletin.layout.instructions') } }}
      >
        <Flex vertical gap={12}>
          {layout.map((section, index) => (
            <Card
              key={section.key}
              size="small"
              title={
                <Flex align="center" gap={8} wrap>
                  <Input
                    value={section.title}
                    maxLength={BULLETIN_LIMITS.sectionTitleMaxLength}
                    aria-label={t('bulletin.layout.sectionTitle', { number: index + 1 })}
                    onChange={(event) => rename(section.key, event.target.value)}
                    style={{ flex: '1 1 200px', fontWeight: 600 }}
                  />
                  <Button size="small" disabled={index === 0} onClick={() => setLayout((current) => moveSection(current, index, -1))}
                    aria-label={t('bulletin.layout.sectionUp', { title: section.title })}>
                    ↑
                  </Button>
                  <Button size="small" disabled={index === layout.length - 1} onClick={() => setLayout((current) => moveSection(current, index, 1))}
                    aria-label={t('bulletin.layout.sectionDown', { title: section.title })}>
                    ↓
                  </Button>
                  {section.itemIds.length === 0 && layout.length > 1 ? (
                    <Button size="small" danger type="text" onClick={() => setLayout((current) => current.filter((other) => other.key !== section.key))}>
                      {t('bulletin.layout.removeSection')}
                    </Button>
                  ) : null}
                </Flex>
              }
            >
              <SortableContext id={section.key} items={section.itemIds} strategy={verticalListSortingStrategy}>
                <SectionDropArea section={section}>
                  {section.itemIds.map((itemId) => {
                    const item = items.get(itemId);
                    return item ? (
                      <SortableItem
                        key={itemId}
                        item={item}
                        canUp={canStep(layout, itemId, -1)}
                        canDown={canStep(layout, itemId, 1)}
                        onStep={(direction) => setLayout((current) => stepItem(current, itemId, direction))}
                      />
                    ) : null;
                  })}
                </SectionDropArea>
              </SortableContext>
            </Card>
          ))}
        </Flex>
      </DndContext>
      <Flex wrap gap={16} align="center" style={{ marginTop: 12 }}>
        <Button
          disabled={layout.length >= BULLETIN_LIMITS.sectionsMax}
          onClick={() => setLayout((current) => [...current, { key: newSectionKey(), title: '', itemIds: [] }])}
        >
          {t('bulletin.layout.addSection')}
        </Button>
        <Flex align="center" gap={8}>
          <Switch id={switchId} checked={twoColumns} onChange={setTwoColumns} />
          <label htmlFor={switchId}>{t('bulletin.layout.twoColumns')}</label>
        </Flex>
      </Flex>
      {error ? <Alert type="error" showIcon style={{ marginTop: 12 }} title={error} role="alert" /> : null}
      <Flex wrap gap={8} align="center" style={{ marginTop: 16 }}>
        <Button type="primary" onClick={onSave} loading={save.isPending} disabled={!dirty}>
          {t('bulletin.layout.save')}
        </Button>
        {dirty ? <Typography.Text type="warning">{t('bulletin.layout.unsaved')}</Typography.Text> : null}
      </Flex>
    </section>
  );
}

/** Keyed by the stored layout, so a save (or another office user's) starts the editor from the server's copy. */
export function LayoutEditor({ issue }: { issue: BulletinIssueDetail }) {
  const { t } = useTranslation();
  // The request and the message outlive the form, which starts again from the saved layout (a
  // mutation's own callbacks are dropped once the component that called it is gone).
  const save = useSaveBulletinLayout(issue.id);
  const [toast, toastHolder] = message.useMessage();
  const stored = JSON.stringify(layoutRequest(layoutOf(issue), issue.twoColumns));
  return (
    <>
      {toastHolder}
      <LayoutForm key={stored} issue={issue} save={save} onSaved={() => void toast.success(t('bulletin.layout.saved'))} />
    </>
  );
}
