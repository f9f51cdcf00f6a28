import { Alert, type AlertProps } from 'antd';
import type { ReactNode } from 'react';

/** A notice with a title and one line per item (dates moved, units refused…). */
export function ListAlert({ type, title, items }: { type: AlertProps['type']; title: ReactNode; items: { key: string; text: ReactNode }[] }) {
  return (
    <Alert
      type={type}
      showIcon
      style={{ marginBottom: 12 }}
      title={title}
      description={
        <ul style={{ margin: 0, paddingInlineStart: 18 }}>
          {items.map((item) => (
            <li key={item.key}>{item.text}</li>
          ))}
        </ul>
      }
    />
  );
}
