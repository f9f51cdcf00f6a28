import type { ReactNode } from 'react';

/** A field's label above it, in the editor's weight. */
export function FieldLabel({ htmlFor, children }: { htmlFor?: string; children: ReactNode }) {
  return (
    <label htmlFor={htmlFor} style={{ display: 'block', fontWeight: 500, marginBottom: 4 }}>
      {children}
    </label>
  );
}
