/** Field names a zod schema knows (objects, and the objects inside pipes and unions), so tests aim at real fields. */
export function knownKeys(schema: unknown): string[] {
  const candidate = schema as { shape?: object; def?: { in?: unknown; options?: unknown[] } } | undefined;
  if (!candidate) return [];
  if (candidate.shape) return Object.keys(candidate.shape);
  if (candidate.def?.in) return knownKeys(candidate.def.in);
  if (candidate.def?.options) return [...new Set(candidate.def.options.flatMap(knownKeys))];
  return [];
}
