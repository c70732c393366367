import type { InsightCardLine } from '@switchboard/contracts';

/** A line being edited: every field as text, so inputs stay controlled; `id` keeps React keys stable on reorder. */
export interface DraftLine {
  id: number;
  type: InsightCardLine['type'];
  text: string;
  label: string;
  link: string;
  userId: number | null;
}

/** What a template's placeholders are filled with. */
export interface CardContext {
  callerNumber: string;
  contactName: string;
  agentName: string;
}

/** A template's placeholders for a call; words stand in for what the call does not know. */
export function cardContext(call: {
  rawDigits: string | null;
  agent: { name: string } | null;
  contactName: string | undefined;
}): CardContext {
  return {
    callerNumber: call.rawDigits ?? 'unknown number',
    contactName: call.contactName ?? 'unknown caller',
    agentName: call.agent?.name ?? 'no agent',
  };
}

export const placeholders: Record<keyof CardContext, string> = {
  callerNumber: '{{callerNumber}}',
  contactName: '{{contactName}}',
  agentName: '{{agentName}}',
};

export function fillPlaceholders(text: string, context: CardContext): string {
  return text.replace(/\{\{(callerNumber|contactName|agentName)\}\}/g, (_, key: keyof CardContext) => context[key]);
}

type TemplateLine = Pick<DraftLine, 'type' | 'text' | 'label'>;

export const templates: { id: string; name: string; lines: TemplateLine[] }[] = [
  {
    id: 'caller',
    name: 'Who is calling',
    lines: [
      { type: 'title', text: 'Caller: {{contactName}}', label: '' },
      { type: 'shortText', label: 'Number', text: '{{callerNumber}}' },
      { type: 'shortText', label: 'Taken by', text: '{{agentName}}' },
    ],
  },
  {
    id: 'vip',
    name: 'VIP customer',
    lines: [
      { type: 'title', text: '⭐ VIP: {{contactName}}', label: '' },
      { type: 'shortText', label: 'Priority', text: 'Answer within 3 rings, never transfer to voicemail' },
    ],
  },
  {
    id: 'callback',
    name: 'Call back promised',
    lines: [
      { type: 'title', text: 'Call-back promised to {{contactName}}', label: '' },
      { type: 'shortText', label: 'Number', text: '{{callerNumber}}' },
    ],
  },
];

let nextId = 1;
export function draftLine(type: DraftLine['type'], fields: Partial<DraftLine> = {}): DraftLine {
  return { id: nextId++, type, text: '', label: '', link: '', userId: null, ...fields };
}

export function linesFromTemplate(templateId: string, context: CardContext): DraftLine[] {
  const template = templates.find(({ id }) => id === templateId);
  return (template?.lines ?? []).map((line) =>
    draftLine(line.type, { text: fillPlaceholders(line.text, context), label: fillPlaceholders(line.label, context) }),
  );
}

/** The request body's lines: blank optional fields are left out, as the contract expects. */
export function toCardLines(lines: DraftLine[]): unknown[] {
  const optional = (value: string) => (value.trim() === '' ? undefined : value.trim());
  return lines.map((line) => {
    if (line.type === 'user') return { type: 'user', label: line.label.trim(), userId: line.userId };
    if (line.type === 'title') return { type: 'title', text: line.text.trim(), link: optional(line.link) };
    return { type: 'shortText', label: optional(line.label), text: line.text.trim(), link: optional(line.link) };
  });
}

export function moveLine(lines: DraftLine[], index: number, by: -1 | 1): DraftLine[] {
  const target = index + by;
  if (target < 0 || target >= lines.length) return lines;
  const next = [...lines];
  [next[index], next[target]] = [next[target] as DraftLine, next[index] as DraftLine];
  return next;
}
