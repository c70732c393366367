import fc from 'fast-check';

/** Characters PostgreSQL or UTF-8 cannot hold: NUL and UTF-16 surrogates without their other half. */
export const unstorableCharacter = fc.constantFrom('\u0000', '\ud800', '\udbff', '\udc00', '\udfff');

/** Any text with at least one unstorable character somewhere in it. */
export const unstorableText = fc
  .tuple(fc.string({ maxLength: 20 }), unstorableCharacter, fc.string({ maxLength: 20 }))
  .map(([before, odd, after]) => `${before}${odd}${after}`);

/** Numbers that have broken parsers and integer columns: 32-bit and 53-bit edges, non-finite, fractions. */
export const edgeNumber = fc.constantFrom(
  2 ** 31 - 1,
  2 ** 31,
  2 ** 32,
  2 ** 53 - 1,
  2 ** 53,
  2 ** 53 + 2,
  2 ** 63,
  -(2 ** 31) - 1,
  -(2 ** 53),
  1e300,
  Number.MAX_VALUE,
  Number.MIN_VALUE,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  Number.NaN,
  -0,
  0.5,
);

/** The same numbers as a query string or path would carry them (non-finite ones as JSON cannot). */
export const edgeNumberText = fc.oneof(
  edgeNumber.map(String),
  fc.constantFrom(
    '9007199254740993',
    '1e300',
    '1e309',
    '-1e309',
    'Infinity',
    '-Infinity',
    'NaN',
    '0x10',
    ' 7',
    '1_000',
  ),
);

/**
 * Percent-encodes any text for a path or query string as a careless client would: a lone surrogate as its
 * (WTF-8) bytes, which decode to no valid text, where encodeURIComponent would throw and URLSearchParams would
 * quietly put U+FFFD in its place.
 */
export function percentEncodeAny(text: string): string {
  return Array.from(text, (char) => {
    const code = char.charCodeAt(0);
    if (char.length > 1 || code < 0xd800 || code > 0xdfff) return encodeURIComponent(char);
    return [0xe0 | (code >> 12), 0x80 | ((code >> 6) & 0x3f), 0x80 | (code & 0x3f)]
      .map((byte) => `%${byte.toString(16).toUpperCase()}`)
      .join('');
  }).join('');
}
