import { type CountryCode, type PhoneNumber, parsePhoneNumberFromString } from 'libphonenumber-js';

/**
 * Reads a phone number as a person types it (Aircall recommends libphonenumber): with a +code, or in
 * `defaultCountry` (e.g. the country of the line a call came in on). Null when it is not a valid number.
 */
export function parsePhone(text: string, defaultCountry?: CountryCode): PhoneNumber | null {
  const parsed = parsePhoneNumberFromString(text.trim(), defaultCountry);
  return parsed?.isValid() ? parsed : null;
}

/** The E.164 form Aircall dials, or the text as typed (the BFF then names the rule it breaks). */
export function toE164OrText(text: string, defaultCountry?: CountryCode): string {
  return parsePhone(text, defaultCountry)?.number ?? text.trim();
}

/** The country of a number Aircall formats internationally (a line's digits), to read local numbers against. */
export function countryOf(digits: string | undefined): CountryCode | undefined {
  return digits ? parsePhoneNumberFromString(digits)?.country : undefined;
}
