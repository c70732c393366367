import { useEffect, useState } from 'react';
import { isTextEntry, modalOpen } from '../../lib/keyboard';

/** Enter on these already does something (follows the link, presses the button). */
function isInteractive(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && target.closest('a, button, input, select, textarea, summary') !== null;
}

/** Single-letter actions on the active row, e.g. `{ t: tag, c: comment, a: archive }`. */
export type RowShortcuts<Row> = Partial<Record<string, (row: Row) => void>>;

/**
 * Gmail-style list shortcuts: j / k move the active row, Enter opens it, and each letter of `shortcuts` acts on it.
 * The active row is remembered by key, so rows arriving live above it do not move the cursor to another call.
 * Nothing happens while a dialog is open (its own keys win).
 */
export function useListKeyboard<Row>(
  rows: readonly Row[],
  keyOf: (row: Row) => string | number,
  onOpen: (row: Row) => void,
  shortcuts: RowShortcuts<Row> = {},
): number | null {
  const [activeKey, setActiveKey] = useState<string | number | null>(null);
  const found = activeKey === null ? -1 : rows.findIndex((row) => keyOf(row) === activeKey);
  const active = found === -1 ? null : found;

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || isTextEntry(event.target)) return;
      if (modalOpen()) return;
      const move = event.key === 'j' ? 1 : event.key === 'k' ? -1 : 0;
      const row = active === null ? undefined : rows[active];
      if (move !== 0 && rows.length > 0) {
        event.preventDefault();
        const next = active === null ? 0 : Math.min(Math.max(active + move, 0), rows.length - 1);
        setActiveKey(keyOf(rows[next] as Row));
      } else if (event.key === 'Enter' && row !== undefined && !isInteractive(event.target)) {
        event.preventDefault();
        onOpen(row);
      } else if (row !== undefined && shortcuts[event.key]) {
        event.preventDefault();
        shortcuts[event.key]?.(row);
      }
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [rows, active, keyOf, onOpen, shortcuts]);

  return active;
}
