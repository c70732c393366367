/** Keys typed into these belong to the field, not to shortcuts. */
export function isTextEntry(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))
  );
}

/** A modal dialog is open: its own keys win over the page's shortcuts. */
export const modalOpen = () => document.querySelector('[role="dialog"][aria-modal="true"]') !== null;
