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
