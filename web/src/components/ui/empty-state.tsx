import type { ReactNode } from 'react';

/** What a page shows before it has data: what will appear here and how to get there. */
export function EmptyState({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="page">
      <h1>{title}</h1>
      <div className="empty-state">{children}</div>
    </section>
  );
}
