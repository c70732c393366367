import { useEffect, useState } from 'react';

/** Keys typed into these belong to the field, not to list shortcuts. */
function isTextEntry(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))
  );
}

/** Enter on these already does something (follows the link, presses the button). */
function isInteractive(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && target.closest('a, button, input, select, textarea, summary') !== null;
}

/**
 * Gmail-style list shortcuts: j / k move the active row, Enter opens it.
 * The active row resets when `rows` changes (another page, another sort).
 */
export function useListKeyboard<Row>(rows: readonly Row[], onOpen: (row: Row) => void): number | null {
  const [state, setState] = useState<{ rows: readonly Row[]; active: number | null }>({ rows, active: null });
  if (state.rows !== rows) setState({ rows, active: null });
  const active = state.rows === rows ? state.active : null;

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || isTextEntry(event.target)) return;
      const move = event.key === 'j' ? 1 : event.key === 'k' ? -1 : 0;
      if (move !== 0 && rows.length > 0) {
        event.preventDefault();
        const next = active === null ? 0 : Math.min(Math.max(active + move, 0), rows.length - 1);
        setState({ rows, active: next });
      } else if (event.key === 'Enter' && active !== null && !isInteractive(event.target)) {
        const row = rows[active];
        if (row !== undefined) {
          event.preventDefault();
          onOpen(row);
        }
      }
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [rows, active, onOpen]);

  return active;
}
