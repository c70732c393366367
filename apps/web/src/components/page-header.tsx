import type { ReactNode } from 'react';
import { cn } from '../lib/cn';

/** The title row of a management page, with its main actions on the right. */
export function PageHeader({
  title,
  description,
  children,
}: {
  title: ReactNode;
  description?: ReactNode;
  children?: ReactNode;
}) {
  return (
    <div className="flex min-h-14 flex-wrap items-center gap-3 px-4 py-3">
      <div className="min-w-0">
        <h1 className="truncate text-lg font-semibold tracking-tight">{title}</h1>
        {description && <p className="text-sm text-muted-foreground">{description}</p>}
      </div>
      {children && <div className="ml-auto flex flex-wrap items-center gap-2">{children}</div>}
    </div>
  );
}

/** A titled block of a page (a card in the page's flow). */
export function Section({
  title,
  actions,
  children,
  className,
}: {
  title: string;
  actions?: ReactNode;
  children: ReactNode;
  className?: string;
}) {
  return (
    <section aria-label={title} className={cn('rounded-lg border border-border bg-card', className)}>
      <div className="flex min-h-11 flex-wrap items-center gap-2 border-b border-border px-4 py-2">
        <h2 className="text-sm font-semibold">{title}</h2>
        {actions && <div className="ml-auto flex flex-wrap items-center gap-2">{actions}</div>}
      </div>
      {/* Wide tables scroll sideways inside their card in a narrow window. */}
      <div className="overflow-x-auto">{children}</div>
    </section>
  );
}
