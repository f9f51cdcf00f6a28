import type { FieldError } from '../api/api.types.js';
import { BULLETIN_LIMITS, type BulletinLayoutRequest } from './bulletin.types.js';

/**
 * What is wrong with an issue's layout (422 details): one to BULLETIN_LIMITS.sectionsMax sections
 * with distinct, non-empty titles; each accepted item of the issue placed exactly once; nothing
 * else placed. An empty section is allowed (the office fills it as it accepts items).
 */
export function validateBulletinLayout(layout: BulletinLayoutRequest, acceptedItemIds: readonly string[]): FieldError[] {
  const errors: FieldError[] = [];
  const fail = (field: string, name: string, message: string) => errors.push({ field, constraints: { [name]: message } });
  if (layout.sections.length < 1 || layout.sections.length > BULLETIN_LIMITS.sectionsMax) {
    fail('sections', 'arraySize', `an issue has 1 to ${BULLETIN_LIMITS.sectionsMax} sections`);
  }
  const accepted = new Set(acceptedItemIds);
  const titles = new Set<string>();
  const placed = new Set<string>();
  layout.sections.forEach((section, s) => {
    const title = section.title.trim();
    if (!title || title.length > BULLETIN_LIMITS.sectionTitleMaxLength) {
      fail(`sections.${s}.title`, 'isSectionTitle', `a section title has 1 to ${BULLETIN_LIMITS.sectionTitleMaxLength} characters`);
    } else if (titles.has(title)) {
      fail(`sections.${s}.title`, 'unique', 'two sections have the same title');
    }
    titles.add(title);
    section.itemIds.forEach((id, i) => {
      if (!accepted.has(id)) fail(`sections.${s}.itemIds.${i}`, 'isAcceptedItem', 'only the issue’s accepted items are laid out');
      else if (placed.has(id)) fail(`sections.${s}.itemIds.${i}`, 'once', 'an item is placed once');
      placed.add(id);
    });
  });
  const missing = acceptedItemIds.filter((id) => !placed.has(id));
  if (missing.length) fail('sections', 'everyAcceptedItem', `accepted items not placed: ${missing.join(', ')}`);
  return errors;
}
