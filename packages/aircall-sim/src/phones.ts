import { isValidPhoneNumber, parsePhoneNumberWithError } from 'libphonenumber-js';
import type { Random } from './random';

/**
 * Mobile ranges of the callers' countries, in E.164 without the digits drawn at random: every number drawn from them
 * is valid (a test checks thousands against libphonenumber), so seeding needs no validation per number.
 */
const callerRanges = [
  { prefixes: ['+1212', '+1415', '+1646', '+1312', '+1617', '+1206', '+1512', '+1303'], exchange: true, rest: 4 },
  { prefixes: ['+336', '+337'], exchange: false, rest: 8 },
  { prefixes: ['+4474', '+4475'], exchange: false, rest: 8 },
  { prefixes: ['+49151', '+49160', '+49170', '+49176'], exchange: false, rest: 8 },
  { prefixes: ['+346'], exchange: false, rest: 8 },
];

function digits(random: Random, count: number): string {
  let out = '';
  while (out.length < count) out += String(random.int(0, 9));
  return out;
}

/** A caller's E.164 number from a small set of countries. */
export function randomPhone(random: Random): string {
  const range = random.pick(callerRanges);
  // North American exchanges start with 2-9 and are never N11 (service codes).
  let exchange = '';
  while (range.exchange && (exchange === '' || exchange.endsWith('11'))) exchange = String(random.int(200, 999));
  return `${random.pick(range.prefixes)}${exchange}${digits(random, range.rest)}`;
}

/** Aircall shows numbers in the international format: `+33 1 76 11 11 11`. */
export function formatPhone(e164: string): string {
  return parsePhoneNumberWithError(e164).formatInternational();
}

/** A valid number starting with `prefix` (E.164) and `length` digits long, formatted as Aircall shows it. */
export function companyNumberDigits(random: Random, prefix: string, length: number): string {
  for (;;) {
    const candidate = `${prefix}${digits(random, length - (prefix.length - 1))}`;
    if (isValidPhoneNumber(candidate)) return formatPhone(candidate);
  }
}
