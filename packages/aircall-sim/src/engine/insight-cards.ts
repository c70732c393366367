import { z } from 'zod';

// Insight card lines, validated per line type (reference: Insight Cards).
const link = z.string().url().optional();
const titleLine = z.object({ type: z.literal('title'), text: z.string().min(1), link });
const shortTextLine = z.object({
  type: z.literal('shortText'),
  text: z.string().min(1),
  link,
  label: z.string().optional(),
});
const userLine = z.object({ type: z.literal('user'), label: z.string().min(1), user_id: z.number().int() });

export const insightCardSchema = z.object({
  contents: z.array(z.discriminatedUnion('type', [titleLine, shortTextLine, userLine])).min(1),
});
export type InsightCardLine = z.infer<typeof insightCardSchema>['contents'][number];
