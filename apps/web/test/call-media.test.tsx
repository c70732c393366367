import type { CallMediaKind } from '@switchboard/contracts';
import { fireEvent, screen } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { callDetail } from './support/fixtures';
import { createManualClock } from './support/manual-clock';
import { renderRoute } from './support/render-route';
import { server } from './support/server';

/** The manual clock starts here (ms); links below expire ten minutes later. */
const start = 1_760_000_000_000;
const expiresAt = start / 1000 + 600;

/** Serves the call and a fresh, numbered link on every `calls.media` request. */
function serveCallWithMedia(call: ReturnType<typeof callDetail>) {
  const fetched: CallMediaKind[] = [];
  server.use(
    http.get(`/api/calls/${call.id}`, () => HttpResponse.json({ call })),
    http.get(`/api/calls/${call.id}/media/:kind`, ({ params }) => {
      const kind = params.kind as CallMediaKind;
      fetched.push(kind);
      return HttpResponse.json({ kind, url: `https://media.example.com/${kind}-${fetched.length}.mp3`, expiresAt });
    }),
  );
  return fetched;
}

describe('the recording and voicemail player', () => {
  // jsdom plays no audio; the spy stands in for the browser and tells whether playback was asked for.
  let play: ReturnType<typeof vi.spyOn>;
  beforeEach(() => {
    play = vi.spyOn(HTMLMediaElement.prototype, 'play').mockResolvedValue(undefined);
  });
  afterEach(() => play.mockRestore());

  it('fetches a fresh link only when the agent presses play, then plays it', async () => {
    const call = callDetail({ hasRecording: true, hasVoicemail: true });
    const fetched = serveCallWithMedia(call);
    const { user } = renderRoute(`/calls/${call.id}`, { clock: createManualClock(start) });

    await user.click(await screen.findByRole('button', { name: 'Play voicemail' }));
    expect(fetched).toEqual(['voicemail']);

    const audio = await screen.findByLabelText('Call voicemail');
    expect(audio).toHaveAttribute('src', 'https://media.example.com/voicemail-1.mp3');
    await expect.poll(() => play.mock.calls.length).toBe(1);
    expect(play.mock.contexts).toEqual([audio]);
    expect(screen.getByRole('button', { name: 'Play recording' })).toBeInTheDocument();
  });

  it('fetches a new link when the one held has expired by the time the agent plays again', async () => {
    const call = callDetail({ hasRecording: true });
    const fetched = serveCallWithMedia(call);
    const clock = createManualClock(start);
    const { user } = renderRoute(`/calls/${call.id}`, { clock });

    await user.click(await screen.findByRole('button', { name: 'Play recording' }));
    const audio = await screen.findByLabelText('Call recording');
    fireEvent.play(audio);
    expect(fetched).toEqual(['recording']);

    clock.advance(601_000);
    fireEvent.play(audio);
    await expect.poll(() => audio.getAttribute('src')).toBe('https://media.example.com/recording-2.mp3');
  });

  it('asks for one new link when the file fails to load, and explains when that one fails too', async () => {
    const call = callDetail({ hasRecording: true });
    const fetched = serveCallWithMedia(call);
    const { user } = renderRoute(`/calls/${call.id}`, { clock: createManualClock(start) });

    await user.click(await screen.findByRole('button', { name: 'Play recording' }));
    const audio = await screen.findByLabelText('Call recording');
    fireEvent.error(audio);
    await expect.poll(() => audio.getAttribute('src')).toBe('https://media.example.com/recording-2.mp3');

    fireEvent.error(audio);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Could not load the recording: the file does not play in this browser',
    );
    expect(fetched).toHaveLength(2);
  });

  it('says why when the BFF cannot get a link', async () => {
    const call = callDetail({ hasRecording: false, hasVoicemail: true });
    server.use(
      http.get(`/api/calls/${call.id}`, () => HttpResponse.json({ call })),
      http.get(`/api/calls/${call.id}/media/voicemail`, () =>
        HttpResponse.json(
          { error: { code: 'not_found', message: 'Aircall has no voicemail for this call.' } },
          { status: 404 },
        ),
      ),
    );
    const { user } = renderRoute(`/calls/${call.id}`);

    await user.click(await screen.findByRole('button', { name: 'Play voicemail' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Could not load the voicemail: Aircall has no voicemail for this call.',
    );
    expect(screen.getByRole('button', { name: 'Play voicemail' })).toBeEnabled();
  });
});
