import { type Stack, simCredentials } from './stack';

/** An Aircall user as the simulator seeded it (the fields the management journeys need). */
export interface SeededUser {
  id: number;
  name: string;
  email: string;
}

/** The simulator's users, in Aircall's order: the agents a supervisor manages. */
export async function seededUsers(stack: Stack): Promise<SeededUser[]> {
  const { users } = await stack.aircall<{ users: SeededUser[] }>('/v2/users?per_page=50');
  return users;
}

/** The newest seeded call: one every role may open. */
export async function newestCallId(stack: Stack): Promise<number> {
  const { calls } = await stack.aircall<{ calls: { id: number }[] }>('/v1/calls?order=desc&per_page=1');
  const call = calls[0];
  if (!call) throw new Error('the simulator seeded no call');
  return call.id;
}

/** Gives `userId` a power-dialer campaign straight in the simulator, as another Aircall client would. */
export async function seedDialerCampaign(stack: Stack, userId: number, phoneNumbers: string[]): Promise<void> {
  const authorization = `Basic ${Buffer.from(`${simCredentials.apiId}:${simCredentials.apiToken}`).toString('base64')}`;
  const res = await fetch(`${stack.simUrl}/v1/users/${userId}/dialer_campaign`, {
    method: 'POST',
    headers: { authorization, 'content-type': 'application/json' },
    body: JSON.stringify({ phone_numbers: phoneNumbers }),
  });
  if (!res.ok) throw new Error(`simulator answered ${res.status} to a dialer campaign for user ${userId}`);
}
