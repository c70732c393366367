import type { AvailabilityStatus } from '@switchboard/contracts';

/** The status a user sets in Aircall; `custom` follows their working hours. */
export const statusLabels: Record<AvailabilityStatus, string> = {
  available: 'Available',
  custom: 'Working hours',
  unavailable: 'Unavailable',
};
