import { PhoneForwarded } from 'lucide-react';
import { lazy, Suspense, useState } from 'react';
import { Button } from '../../components/ui/button';
import { DialogContent, DialogRoot, DialogTrigger } from '../../components/ui/dialog';
import type { TransferCall } from './transfer-form';

// Loaded when the dialog opens: the form carries libphonenumber-js and its metadata (tens of KB).
const TransferForm = lazy(() => import('./transfer-form'));

/** Cold transfer of a live call to an agent, a team or an external number. */
export function TransferDialog({ call }: { call: TransferCall }) {
  const [open, setOpen] = useState(false);
  return (
    <DialogRoot open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button>
          <PhoneForwarded aria-hidden /> Transfer
        </Button>
      </DialogTrigger>
      <DialogContent
        title="Transfer call"
        description={
          call.agent
            ? `A cold transfer: Aircall moves the call from ${call.agent.name} to the destination you pick, and ${call.agent.name} is no longer on it.`
            : 'A cold transfer: Aircall rings the destination you pick; nobody stays on the call with the caller meanwhile.'
        }
      >
        <Suspense fallback={<p className="text-sm text-muted-foreground">Loading…</p>}>
          <TransferForm call={call} onSent={() => setOpen(false)} />
        </Suspense>
      </DialogContent>
    </DialogRoot>
  );
}
