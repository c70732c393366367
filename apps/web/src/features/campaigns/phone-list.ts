import type { CountryCode } from 'libphonenumber-js';
import { parsePhone } from '../../lib/phone';

export interface PhoneList {
  /** Valid numbers in E.164, first occurrence order, without repeats. */
  numbers: string[];
  /** What looked like a number but is not one, as written. */
  invalid: string[];
  /** Repeats left out (the same number written twice, in any format). */
  duplicates: number;
}

/** A cell that could be meant as a phone number: digits with the usual punctuation, and nothing else. */
const phoneLike = /^\+?[\d\s().\-/]*\d[\d\s().\-/]*$/;

/**
 * Reads a pasted list or a CSV file: one number per line, or per cell (commas, semicolons or tabs), quotes allowed.
 * Cells that hold letters (names, a header row) are not numbers and are skipped; everything else is normalised to
 * E.164 in `defaultCountry` when written without a country code. Imports libphonenumber-js: load it lazily.
 */
export function parsePhoneList(text: string, defaultCountry?: CountryCode): PhoneList {
  const seen = new Set<string>();
  const result: PhoneList = { numbers: [], invalid: [], duplicates: 0 };
  const cells = text.split(/[\r\n,;\t]+/).map((cell) =>
    cell
      .trim()
      .replace(/^"(.*)"$/, '$1')
      .trim(),
  );
  for (const cell of cells) {
    if (cell === '') continue;
    const e164 = phoneLike.test(cell) ? (parsePhone(cell, defaultCountry)?.number ?? null) : null;
    if (e164 === null) {
      if (/\d/.test(cell) && !/[a-z]{2,}/i.test(cell)) result.invalid.push(cell);
      continue;
    }
    if (seen.has(e164)) {
      result.duplicates += 1;
      continue;
    }
    seen.add(e164);
    result.numbers.push(e164);
  }
  return result;
}
