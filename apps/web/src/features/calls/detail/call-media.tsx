import type { CallDetail, CallMediaKind, CallMediaResponse } from '@switchboard/contracts';
import { Play } from 'lucide-react';
import { useEffect, useRef, useState } from 'react';
import { Button } from '../../../components/ui/button';
import { api, describeError } from '../../../lib/api-client';
import { useClock } from '../../../lib/clock';

/**
 * Aircall's media links expire (10 minutes to an hour), so a link is fetched when the agent presses play, and again
 * when the one we hold has expired or fails to load.
 */
/** A request to play from a point of the recording; `id` tells two requests for the same point apart. */
export interface SeekRequest {
  seconds: number;
  id: number;
}

function MediaPlayer({ callId, kind, seek }: { callId: number; kind: CallMediaKind; seek?: SeekRequest | null }) {
  const clock = useClock();
  const audioRef = useRef<HTMLAudioElement>(null);
  // One fresh link per failure to load, not a loop when the file itself is broken.
  const refetchedAfterError = useRef(false);
  const [media, setMedia] = useState<CallMediaResponse | null>(null);
  const [state, setState] = useState<{ loading: boolean; error: string | null }>({ loading: false, error: null });
  const label = kind === 'recording' ? 'recording' : 'voicemail';

  const fetchFresh = async () => {
    setState({ loading: true, error: null });
    try {
      const fresh = await api('calls.media', { params: { callId, kind } });
      setMedia(fresh);
      setState({ loading: false, error: null });
      return fresh;
    } catch (error) {
      setState({ loading: false, error: describeError(error) });
      return null;
    }
  };
  const expired = (current: CallMediaResponse) => current.expiresAt * 1000 <= clock.now();

  // The <audio> element only renders once React has committed the new link (after any microtask), so the Play
  // button's wish is kept until then.
  const playWhenLoaded = useRef(false);
  useEffect(() => {
    if (!media || !playWhenLoaded.current) return;
    playWhenLoaded.current = false;
    applySeek();
    void audioRef.current?.play().catch(() => {});
  }, [media]);

  const play = async () => {
    playWhenLoaded.current = true;
    if (!media || expired(media)) await fetchFresh();
    else void audioRef.current?.play().catch(() => {});
  };

  // Seeking: the position is set on the element once it exists (a fresh link first, when needed), then it plays.
  const seekTo = useRef<number | null>(null);
  const applySeek = () => {
    const audio = audioRef.current;
    if (!audio || seekTo.current === null) return;
    audio.currentTime = seekTo.current;
    seekTo.current = null;
  };
  useEffect(() => {
    if (!seek) return;
    seekTo.current = seek.seconds;
    applySeek();
    void play();
  }, [seek?.id]);

  return (
    <div className="flex flex-col gap-2">
      {media ? (
        <audio
          ref={audioRef}
          controls
          src={media.url}
          aria-label={`Call ${label}`}
          className="w-full"
          onLoadedMetadata={applySeek}
          onPlay={() => {
            if (expired(media)) void fetchFresh();
          }}
          onError={() => {
            if (refetchedAfterError.current) {
              setState({ loading: false, error: 'the file does not play in this browser' });
              return;
            }
            refetchedAfterError.current = true;
            void fetchFresh();
          }}
        >
          <track kind="captions" />
        </audio>
      ) : (
        <Button onClick={() => void play()} disabled={state.loading} className="self-start">
          <Play aria-hidden /> {state.loading ? 'Loading…' : `Play ${label}`}
        </Button>
      )}
      {state.error && (
        <p role="alert" className="text-sm text-danger">
          Could not load the {label}: {state.error}
        </p>
      )}
    </div>
  );
}

/** `seek`: play the recording from that point (a transcript line chosen elsewhere on the page). */
export function CallMedia({ call, seek }: { call: CallDetail; seek?: SeekRequest | null }) {
  if (!call.hasRecording && !call.hasVoicemail) {
    return <p className="text-sm text-muted-foreground">No recording or voicemail for this call.</p>;
  }
  return (
    <div className="flex flex-col gap-3">
      {call.hasRecording && <MediaPlayer callId={call.id} kind="recording" seek={seek} />}
      {call.hasVoicemail && <MediaPlayer callId={call.id} kind="voicemail" />}
    </div>
  );
}
