import { describe, expect, it } from 'vitest';
import { EnvError, parseEnv } from '../src/env';

describe('parseEnv', () => {
  it('applies defaults', () => {
    const env = parseEnv({ AIRCALL_API_ID: 'id', AIRCALL_API_TOKEN: 'token' });
    expect(env).toMatchObject({ PORT: 3000, AIRCALL_BASE_URL: 'https://api.aircall.io', LOG_LEVEL: 'info' });
  });

  it('lists every problem by name and never echoes a value', () => {
    const secretLooking = 'not-a-url-but-maybe-secret';
    let thrown: unknown;
    try {
      parseEnv({ PORT: 'eighty', AIRCALL_BASE_URL: secretLooking });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(EnvError);
    const { problems, message } = thrown as EnvError;
    expect(problems.map((problem) => problem.split(':')[0])).toEqual(
      expect.arrayContaining(['PORT', 'AIRCALL_BASE_URL', 'AIRCALL_API_ID', 'AIRCALL_API_TOKEN']),
    );
    expect(message).not.toContain(secretLooking);
  });
});
