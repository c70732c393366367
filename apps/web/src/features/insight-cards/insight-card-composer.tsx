import { CreditCard } from 'lucide-react';
import { lazy, Suspense, useState } from 'react';
import { Button } from '../../components/ui/button';
import { DialogContent, DialogRoot, DialogTrigger } from '../../components/ui/dialog';
import type { CardContext } from './card-lines';

// The composer loads when its dialog opens, keeping the call page within its bundle budget.
const InsightCardForm = lazy(() => import('./insight-card-form'));

/** Push an insight card to the agent's phone during a live call. */
export function InsightCardComposer({ callId, context }: { callId: number; context: CardContext }) {
  const [open, setOpen] = useState(false);
  return (
    <DialogRoot open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button>
          <CreditCard aria-hidden /> Insight card
        </Button>
      </DialogTrigger>
      <DialogContent title="Send an insight card" wide>
        <Suspense fallback={<p className="text-sm text-muted-foreground">Loading…</p>}>
          <InsightCardForm callId={callId} context={context} onSent={() => setOpen(false)} />
        </Suspense>
      </DialogContent>
    </DialogRoot>
  );
}
