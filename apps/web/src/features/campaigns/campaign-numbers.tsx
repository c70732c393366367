import type { DialerPhoneNumber } from '@switchboard/contracts';
import { Check, Trash2 } from 'lucide-react';
import { Badge } from '../../components/ui/badge';
import { Button } from '../../components/ui/button';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '../../components/ui/table';
import { describeError } from '../../lib/api-client';
import { notify } from '../../lib/notify';
import { useCampaignActions } from './campaigns-queries';

export function CampaignNumbers({ userId, numbers }: { userId: number; numbers: readonly DialerPhoneNumber[] }) {
  const { removeNumber } = useCampaignActions(userId);
  if (numbers.length === 0) return <p className="p-4 text-sm text-muted-foreground">No numbers left.</p>;
  return (
    <Table aria-label="Campaign numbers">
      <TableHeader>
        <TableRow>
          <TableHead>Number</TableHead>
          <TableHead>State</TableHead>
          <TableHead>
            <span className="sr-only">Actions</span>
          </TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {numbers.map((phoneNumber) => (
          <TableRow key={phoneNumber.id}>
            <TableCell className="font-mono">{phoneNumber.number}</TableCell>
            <TableCell>
              {phoneNumber.called ? (
                <Badge tone="success">
                  <Check aria-hidden className="size-3" />
                  Called
                </Badge>
              ) : (
                <Badge>To call</Badge>
              )}
            </TableCell>
            <TableCell className="w-12 text-right">
              <Button
                size="sm"
                variant="ghost"
                aria-label={`Remove ${phoneNumber.number}`}
                disabled={removeNumber.isPending && removeNumber.variables === phoneNumber.id}
                onClick={() =>
                  removeNumber.mutate(phoneNumber.id, {
                    onSuccess: () => notify.success(`${phoneNumber.number} removed from the campaign.`),
                    onError: (error) => notify.error(describeError(error)),
                  })
                }
              >
                <Trash2 aria-hidden />
              </Button>
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
