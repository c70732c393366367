import { AlertDialog } from 'radix-ui';
import { type ReactNode, useState } from 'react';
import { describeError } from '../lib/api-client';
import { Button } from './ui/button';
import { DialogClose, DialogContent, DialogRoot, DialogTrigger } from './ui/dialog';
import { FormError } from './ui/field';

// Drawn like components/ui/dialog's modal; an alert dialog (Radix's AlertDialog) is not dismissed by a stray click.
const overlay = 'fixed inset-0 z-40 bg-black/40';
const panel =
  'fixed top-1/2 left-1/2 z-50 flex max-h-[90dvh] w-[calc(100vw-2rem)] max-w-lg -translate-x-1/2 -translate-y-1/2 flex-col gap-4 overflow-y-auto rounded-xl border border-border bg-background p-5 shadow-xl';

/** A modal holding a form; the caller controls `open` so it can close the dialog once the request succeeded. */
export function FormDialog({
  open,
  onOpenChange,
  trigger,
  title,
  description,
  children,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  trigger: ReactNode;
  title: string;
  description?: ReactNode;
  children: ReactNode;
}) {
  return (
    <DialogRoot open={open} onOpenChange={onOpenChange}>
      <DialogTrigger asChild>{trigger}</DialogTrigger>
      <DialogContent title={title} description={description}>
        {children}
      </DialogContent>
    </DialogRoot>
  );
}

/** Cancel + submit buttons at the foot of a dialog's form. */
export function DialogActions({ submitLabel, pending }: { submitLabel: string; pending: boolean }) {
  return (
    <div className="flex justify-end gap-2">
      <DialogClose asChild>
        <Button type="button">Cancel</Button>
      </DialogClose>
      <Button type="submit" variant="primary" disabled={pending}>
        {submitLabel}
      </Button>
    </div>
  );
}

/**
 * Asks before a destructive action and says what it will do. The dialog stays open while the request runs and shows
 * the BFF's answer if it fails; it closes once `onConfirm` resolves.
 */
export function ConfirmDialog({
  trigger,
  title,
  children,
  confirmLabel,
  onConfirm,
}: {
  trigger: ReactNode;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  onConfirm: () => Promise<unknown>;
}) {
  const [open, setOpen] = useState(false);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const confirm = async () => {
    setPending(true);
    setError(null);
    try {
      await onConfirm();
      setOpen(false);
    } catch (failure) {
      setError(failure);
    } finally {
      setPending(false);
    }
  };
  return (
    <AlertDialog.Root
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        setError(null);
      }}
    >
      <AlertDialog.Trigger asChild>{trigger}</AlertDialog.Trigger>
      <AlertDialog.Portal>
        <AlertDialog.Overlay className={overlay} />
        <AlertDialog.Content className={panel}>
          <AlertDialog.Title className="text-base font-semibold">{title}</AlertDialog.Title>
          <AlertDialog.Description asChild>
            <div className="flex flex-col gap-2 text-sm text-muted-foreground">{children}</div>
          </AlertDialog.Description>
          {error !== null && <FormError>{describeError(error)}</FormError>}
          <div className="flex justify-end gap-2">
            <AlertDialog.Cancel asChild>
              <Button>Cancel</Button>
            </AlertDialog.Cancel>
            <Button
              variant="ghost"
              className="bg-danger text-background hover:bg-danger/90"
              disabled={pending}
              onClick={() => void confirm()}
            >
              {confirmLabel}
            </Button>
          </div>
        </AlertDialog.Content>
      </AlertDialog.Portal>
    </AlertDialog.Root>
  );
}
