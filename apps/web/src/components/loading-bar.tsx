import { cn } from '../lib/cn';

/**
 * An indeterminate progress bar, thin, for what is loading while the old content stays readable. It appears only
 * after a moment (CSS), so quick loads do not flash it.
 */
export function LoadingBar({ label, className }: { label: string; className?: string }) {
  return (
    <div
      role="progressbar"
      aria-label={label}
      className={cn('loading-bar z-30 h-0.5 overflow-hidden bg-primary/20', className)}
    >
      <div className="h-full w-1/3 bg-primary" />
    </div>
  );
}
