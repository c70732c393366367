import type { ComponentProps } from 'react';
import { cn } from '../../lib/cn';

const control =
  'w-full rounded-md border border-border bg-background text-sm placeholder:text-muted-foreground focus-visible:outline-2 focus-visible:outline-ring disabled:opacity-50 aria-[invalid=true]:border-danger';

export function Input({ className, ...props }: ComponentProps<'input'>) {
  return <input className={cn(control, 'h-9 px-3', className)} {...props} />;
}

export function Textarea({ className, ...props }: ComponentProps<'textarea'>) {
  return <textarea className={cn(control, 'min-h-20 px-3 py-2', className)} {...props} />;
}

/** Native select: keyboard, screen readers and mobile pickers work without a library. */
export function Select({ className, ...props }: ComponentProps<'select'>) {
  return <select className={cn(control, 'h-9 px-2', className)} {...props} />;
}
