/**
 * Phone numbers are personal data: logs and audit rows keep only their last four digits, enough to tell calls apart
 * when debugging, not enough to call anyone.
 */
const phoneLike = /\+?\d[\d\s().-]{4,}\d/g;

export function maskPhone(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  return digits.length <= 4 ? '…' : `…${digits.slice(-4)}`;
}

/** Masks every phone-like run of digits (6 or more, with the usual separators) inside a text such as a URL. */
export function maskPhoneNumbersIn(text: string): string {
  return text.replace(phoneLike, (match) => (match.replace(/\D/g, '').length >= 6 ? maskPhone(match) : match));
}

/** The most of an error's message that logs, stored errors and the console keep. */
export const errorTextLength = 200;

/**
 * What may be logged, stored or shown of an error: its code (SQLSTATE, errno) and the first line of its message,
 * at most `errorTextLength` characters with phone numbers masked. A database error wrapped by Drizzle ("Failed
 * query: <SQL> params: <values>") is described by its cause, so neither the statement nor its parameters (which
 * hold whatever was written: names, numbers) ever leave the process.
 */
export function describeError(error: unknown): { code?: string; message: string } {
  const wrapped = error instanceof Error && error.cause !== undefined && error.message.startsWith('Failed query');
  const cause = wrapped ? (error as Error).cause : error;
  const code = (cause as { code?: unknown } | null)?.code;
  const text = cause instanceof Error ? cause.message : String(cause);
  return { ...(typeof code === 'string' ? { code } : {}), message: errorText(text) };
}

/** An error's text as kept anywhere: its first line (before any quoted query), short, phone numbers masked. */
export function errorText(text: string): string {
  const firstLine = text.split('\n', 1)[0]?.split('Failed query:', 1)[0]?.trim() || 'error';
  const masked = maskPhoneNumbersIn(firstLine);
  return masked.length <= errorTextLength ? masked : `${masked.slice(0, errorTextLength - 1)}…`;
}
