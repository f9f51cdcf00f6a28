import { capitalizeFirst, type TaskGroupCompletion } from '@giao-ban/shared';

export type NamedTaskGroup = Pick<TaskGroupCompletion, 'ordinal' | 'title' | 'shortName'>;

/** The group's full title as a line starts it: what hover and print show. */
export function fullTaskGroupTitle(group: NamedTaskGroup): string {
  return capitalizeFirst(group.title);
}

/**
 * "(2) Quảng bá hình ảnh Quảng Ninh": a task group named by its short name on screen, its full title
 * on hover (title attribute) and on paper (the short name gives way to the title when printing).
 * Where hover is the only way to the full title for a keyboard, the caller also prints the title
 * as text somewhere reachable (the chart's data table, the heatmap's key of groups).
 */
export function TaskGroupName({ group }: { group: NamedTaskGroup }) {
  const full = fullTaskGroupTitle(group);
  return (
    <span className="gb-task-group-name" title={full}>
      <strong>({group.ordinal})</strong> <span className="gb-no-print">{group.shortName}</span>
      <span className="gb-print-only">{full}</span>
    </span>
  );
}
