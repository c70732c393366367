import type { Stack } from './stack';

/** The simulator's view of a call in progress (control API). */
export interface SimLiveCall {
  call: { id: number; status: string; raw_digits: string; answered_at: number | null };
  live: {
    ringing_user_ids: number[];
    transfer: { to_user_ids: number[]; external: boolean; by_user_id: number | null } | null;
    insight_cards: unknown[];
  } | null;
}

/** Someone calls the company and an agent picks up; the call then waits for the test to act (no autopilot). */
export async function placeAnsweredCall(stack: Stack): Promise<SimLiveCall> {
  const placed = await stack.simControl<SimLiveCall>('POST', '/calls', { direction: 'inbound', autopilot: false });
  return stack.simControl<SimLiveCall>('POST', `/calls/${placed.call.id}/answer`, {});
}
