import type { Availability } from '@switchboard/contracts';
import { Badge, type BadgeTone } from './ui/badge';

/** Aircall's availability values as people say them, in the order the board lists them. */
export const availabilityLabels: Record<Availability, string> = {
  available: 'Available',
  in_call: 'In a call',
  after_call_work: 'After-call work',
  do_not_disturb: 'Do not disturb',
  offline: 'Offline',
};

export const availabilityOrder = Object.keys(availabilityLabels) as Availability[];

const tones: Record<Availability, BadgeTone> = {
  available: 'success',
  in_call: 'info',
  after_call_work: 'warning',
  do_not_disturb: 'danger',
  offline: 'neutral',
};

export function AvailabilityBadge({ availability }: { availability: Availability }) {
  return (
    <Badge tone={tones[availability]}>
      <span aria-hidden className="size-1.5 rounded-full bg-current" />
      {availabilityLabels[availability]}
    </Badge>
  );
}
