import type { Utterance } from './engine/insights';

const SAMPLE_RATE = 8_000;
const HEADER_BYTES = 44;
/** A recording plays its talk time, up to this long (8 KB a second: 9.6 MB at most). */
const MAX_SECONDS = 20 * 60;
const SILENCE = 128;

/** Tone of each speaker's voice: the agent lower, the caller higher, so turns can be heard. */
const voiceHz = { internal: 440, external: 587 } as const;
/** Syllables a second: the tone's loudness pulses at this pace. */
const SYLLABLE_HZ = 4;
/** One period of a sine, read with phase accumulators (minutes of audio render in tens of milliseconds). */
const TABLE_SIZE = 4096;
const SINE = Float64Array.from({ length: TABLE_SIZE }, (_, i) => Math.sin((2 * Math.PI * i) / TABLE_SIZE));

/**
 * A deterministic WAV (8 kHz mono 8-bit PCM) of `durationMs`: low hiss where nobody speaks and, during each
 * utterance, its speaker's tone pulsing at a syllable's pace, so seeking to a transcript line lands on its voice.
 */
export function renderWav(durationMs: number, utterances: readonly Utterance[]): Buffer {
  const samples = Math.max(
    SAMPLE_RATE,
    Math.min(MAX_SECONDS * SAMPLE_RATE, Math.round((durationMs / 1000) * SAMPLE_RATE)),
  );
  const wav = Buffer.alloc(HEADER_BYTES + samples);
  wav.write('RIFF', 0, 'ascii');
  wav.writeUInt32LE(36 + samples, 4);
  wav.write('WAVE', 8, 'ascii');
  wav.write('fmt ', 12, 'ascii');
  wav.writeUInt32LE(16, 16); // fmt chunk size
  wav.writeUInt16LE(1, 20); // PCM
  wav.writeUInt16LE(1, 22); // mono
  wav.writeUInt32LE(SAMPLE_RATE, 24);
  wav.writeUInt32LE(SAMPLE_RATE, 28); // bytes per second
  wav.writeUInt16LE(1, 32); // block align
  wav.writeUInt16LE(8, 34); // bits per sample
  wav.write('data', 36, 'ascii');
  wav.writeUInt32LE(samples, 40);

  // Hiss from a fixed linear congruential sequence: the same bytes on every request.
  let noise = 0x2545f491;
  for (let i = 0; i < samples; i++) {
    noise = (Math.imul(noise, 1_103_515_245) + 12_345) >>> 0;
    wav[HEADER_BYTES + i] = SILENCE + (noise >>> 29) - 4;
  }
  for (const utterance of utterances) {
    const from = Math.floor((utterance.timestamp / 1000) * SAMPLE_RATE);
    const to = Math.min(samples, from + Math.floor((utterance.duration_ms / 1000) * SAMPLE_RATE));
    const voiceStep = (voiceHz[utterance.participant_type] * TABLE_SIZE) / SAMPLE_RATE;
    const pulseStep = (SYLLABLE_HZ * TABLE_SIZE) / SAMPLE_RATE;
    let voice = 0;
    let pulse = 0;
    for (let i = Math.max(0, from); i < to; i++) {
      const loudness = 0.55 + 0.45 * (SINE[pulse & (TABLE_SIZE - 1)] as number);
      wav[HEADER_BYTES + i] = SILENCE + 60 * loudness * (SINE[voice & (TABLE_SIZE - 1)] as number);
      voice += voiceStep;
      pulse += pulseStep;
    }
  }
  return wav;
}

/** The bytes a `Range: bytes=…` header asks for, or null to send the whole file (no header, or one we ignore). */
export function byteRange(
  header: string | undefined,
  size: number,
): { start: number; end: number } | 'unsatisfiable' | null {
  const match = header ? /^bytes=(\d*)-(\d*)$/.exec(header.trim()) : null;
  if (!match) return null;
  const [, first = '', last = ''] = match;
  if (first === '' && last === '') return null;
  const start = first === '' ? Math.max(0, size - Number(last)) : Number(first);
  const end = first === '' || last === '' ? size - 1 : Math.min(Number(last), size - 1);
  return start > end || start >= size ? 'unsatisfiable' : { start, end };
}
