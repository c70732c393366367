import { numberBounds } from '@switchboard/contracts';
import { z } from 'zod';

/** A cursor that does not decode to a position in the list it was given to: crafted, mangled, or of another sort. */
export class InvalidCursorError extends Error {
  constructor() {
    super('The cursor is not one a previous page of this list gave');
    this.name = 'InvalidCursorError';
  }
}

/**
 * Cursors are a JSON tuple in base64url, opaque to clients. Decoding checks the tuple against the list's own schema,
 * bounds included, so whatever a client makes up is refused as a bad cursor and never reaches a query.
 */
export function cursorCodec<Schema extends z.ZodType>(schema: Schema) {
  return {
    encode: (position: z.output<Schema>): string => Buffer.from(JSON.stringify(position)).toString('base64url'),
    decode(cursor: string): z.output<Schema> {
      let decoded: unknown;
      try {
        decoded = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
      } catch {
        throw new InvalidCursorError();
      }
      const position = schema.safeParse(decoded);
      if (!position.success) throw new InvalidCursorError();
      return position.data;
    },
  };
}

/** Values a cursor holds, bounded like the API's own inputs. */
export const cursorValues = {
  aircallId: z.number().int().min(1).max(numberBounds.aircallId),
  ownId: z.number().int().min(1).max(numberBounds.ownId),
  seconds: z.number().int().min(0).max(numberBounds.seconds),
  order: z.enum(['asc', 'desc']),
};
