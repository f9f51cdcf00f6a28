import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The default short name as libs/shared's defaultTaskGroupShortName makes it on the day this
 * migration was written, copied here so that changing the rule later cannot change what this
 * migration did: the title's first clause, first letter in capitals, cut at 60 characters after
 * the last whole word with an ellipsis.
 */
function shortNameOf(title: string): string {
  const maxLength = 60;
  const words = title.replace(/\s+/gu, ' ').trim();
  const [firstClause = ''] = words.split(/[,;]/u);
  const clause = firstClause.trim() || words;
  if (clause.length === 0) return '';
  const name = clause.charAt(0).toLocaleUpperCase('vi') + clause.slice(1);
  if (name.length <= maxLength) return name;
  const room = name.slice(0, maxLength);
  const lastSpace = room.lastIndexOf(' ');
  const cut = lastSpace > 0 ? room.slice(0, lastSpace) : room.slice(0, maxLength - 1);
  return `${cut.replace(/[\s\-–:.]+$/u, '')}…`;
}

/**
 * A task group's short name (issue #14): what the dashboard's columns, bars and legends show so
 * a leader can tell eight long titles apart. Existing groups get the default made from their title.
 */
export class TaskGroupShortNames1764610000000 implements MigrationInterface {
  name = 'TaskGroupShortNames1764610000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE task_groups ADD COLUMN short_name text`);
    const groups: { id: string; title: string }[] = await db.query(`SELECT id, title FROM task_groups`);
    if (groups.length > 0) {
      await db.query(
        `UPDATE task_groups g SET short_name = n.short_name
           FROM unnest($1::uuid[], $2::text[]) AS n(id, short_name)
          WHERE g.id = n.id`,
        // A title of spaces only (none can be saved through the API) keeps its spaces, so the row stays valid.
        [groups.map((g) => g.id), groups.map((g) => shortNameOf(g.title) || g.title.slice(0, 60))],
      );
    }
    await db.query(`ALTER TABLE task_groups ALTER COLUMN short_name SET NOT NULL`);
    await db.query(`ALTER TABLE task_groups ADD CONSTRAINT task_groups_short_name_ck CHECK (char_length(short_name) BETWEEN 1 AND 60)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE task_groups DROP COLUMN short_name`);
  }
}
