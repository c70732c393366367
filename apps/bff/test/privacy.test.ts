import { describe, expect, it } from 'vitest';
import { maskPhone, maskPhoneNumbersIn } from '../src/privacy';
import { appOnSimulator } from './helpers';

describe('phone number masking', () => {
  it('keeps only the last four digits', () => {
    expect(maskPhone('+33 6 12 34 56 78')).toBe('…5678');
    expect(maskPhone('12')).toBe('…');
  });

  it('masks phone numbers inside URLs and leaves ids and dates alone', () => {
    expect(maskPhoneNumbersIn('/api/calls?phoneNumber=%2B33612345678&page=2')).toBe(
      '/api/calls?phoneNumber=%2B…5678&page=2',
    );
    expect(maskPhoneNumbersIn('/api/calls/812?from=2026')).toBe('/api/calls/812?from=2026');
  });

  it('never writes a whole phone number from a request URL to the logs', async () => {
    const { signIn, log } = await appOnSimulator();
    const agent = await signIn('agent');
    await agent.get('/api/calls?phoneNumber=%2B33612345678');
    const logs = log.lines.join('\n');
    expect(logs).toContain('…5678');
    expect(logs).not.toContain('33612345678');
  });
});
