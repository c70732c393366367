import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { upstreamOptions } from '../../src/mirror/write-through';

const featuresDir = fileURLToPath(new URL('../../src/features', import.meta.url));

describe('lanes', () => {
  it('come from the registry: live for a live-call action, interactive for an edit', () => {
    const signal = new AbortController().signal;
    expect(upstreamOptions('calls.transfer', signal)).toEqual({ lane: 'live', signal });
    expect(upstreamOptions('contacts.create')).toEqual({ lane: 'interactive', signal: undefined });
  });

  it('refuse an endpoint the registry gives none: it reads our store only', () => {
    expect(() => upstreamOptions('contacts.search')).toThrow(/no lane/);
    expect(() => upstreamOptions('dialerCampaigns.list')).toThrow(/no lane/);
  });

  it('are never named in a feature', () => {
    const files = readdirSync(featuresDir, { recursive: true, encoding: 'utf8' }).filter((file) =>
      file.endsWith('.ts'),
    );
    expect(files.length).toBeGreaterThan(10);
    const naming = files.filter((file) => /\blane:\s*['"]/.test(readFileSync(path.join(featuresDir, file), 'utf8')));
    expect(naming).toEqual([]);
  });
});
