import type { TagRef } from '@switchboard/contracts';
import type { ReactNode } from 'react';

/** A tag as Aircall shows it: its name on a tint of its colour, with a dot of the colour itself. */
export function TagChip({ tag, children }: { tag: Pick<TagRef, 'name' | 'color'>; children?: ReactNode }) {
  return (
    <span
      className="inline-flex items-center gap-1.5 rounded-full border px-2 py-0.5 text-xs font-medium"
      style={{
        borderColor: `color-mix(in oklab, ${tag.color} 45%, transparent)`,
        backgroundColor: `color-mix(in oklab, ${tag.color} 14%, transparent)`,
      }}
    >
      <span aria-hidden className="size-2 shrink-0 rounded-full" style={{ backgroundColor: tag.color }} />
      {tag.name}
      {children}
    </span>
  );
}
