import type { InsightCardBody, User } from '@switchboard/contracts';
import { useMutation, useQuery } from '@tanstack/react-query';
import { ArrowDown, ArrowUp, Trash2 } from 'lucide-react';
import { type FormEvent, useState } from 'react';
import { Button } from '../../components/ui/button';
import { Field, FormError } from '../../components/ui/field';
import { Input, Select } from '../../components/ui/input';
import { ApiError, api, describeError, useContracts } from '../../lib/api-client';
import { usersQuery } from '../../lib/directory-queries';
import { notify } from '../../lib/notify';
import {
  type CardContext,
  type DraftLine,
  draftLine,
  linesFromTemplate,
  moveLine,
  placeholders,
  templates,
  toCardLines,
} from './card-lines';

const lineTypeLabels: Record<DraftLine['type'], string> = { title: 'Title', shortText: 'Text', user: 'Agent' };

/** The card as the agent's phone draws it: a title, then label / value rows. */
function CardPreview({ lines, users }: { lines: DraftLine[]; users: readonly User[] }) {
  return (
    <figure
      aria-label="Preview"
      className="rounded-2xl border border-zinc-700 bg-zinc-900 p-4 text-sm text-zinc-100 shadow-inner"
    >
      <figcaption className="mb-2 text-[0.65rem] tracking-wider text-zinc-400 uppercase">Insight card</figcaption>
      {lines.length === 0 && <p className="text-zinc-400">Add a line to see the card.</p>}
      <div className="flex flex-col gap-2">
        {lines.map((line) => {
          if (line.type === 'title') {
            return (
              <p key={line.id} className={`text-base font-semibold ${line.link ? 'underline' : ''}`}>
                {line.text || 'Title'}
              </p>
            );
          }
          const value =
            line.type === 'user'
              ? (users.find((user) => user.id === line.userId)?.name ?? 'Pick an agent')
              : line.text || 'Text';
          return (
            <div key={line.id} className="flex flex-col">
              {line.label && <span className="text-xs text-zinc-400">{line.label}</span>}
              <span className={line.link ? 'text-sky-300 underline' : ''}>{value}</span>
            </div>
          );
        })}
      </div>
    </figure>
  );
}

function LineEditor({
  line,
  index,
  count,
  users,
  errors,
  onChange,
  onMove,
  onRemove,
}: {
  line: DraftLine;
  index: number;
  count: number;
  users: readonly User[];
  errors: Record<string, string>;
  onChange: (line: DraftLine) => void;
  onMove: (by: -1 | 1) => void;
  onRemove: () => void;
}) {
  const name = `${lineTypeLabels[line.type]} line ${index + 1}`;
  const error = (field: string) => errors[`lines.${index}.${field}`];
  const set = (fields: Partial<DraftLine>) => onChange({ ...line, ...fields });
  return (
    <li className="flex flex-col gap-2 rounded-lg border border-border p-3">
      <fieldset className="flex flex-col gap-2">
        <div className="flex items-center gap-1">
          <legend className="flex-1 text-sm font-medium">{name}</legend>
          <Button
            type="button"
            size="icon"
            variant="ghost"
            aria-label={`Move ${name} up`}
            disabled={index === 0}
            onClick={() => onMove(-1)}
          >
            <ArrowUp />
          </Button>
          <Button
            type="button"
            size="icon"
            variant="ghost"
            aria-label={`Move ${name} down`}
            disabled={index === count - 1}
            onClick={() => onMove(1)}
          >
            <ArrowDown />
          </Button>
          <Button type="button" size="icon" variant="ghost" aria-label={`Remove ${name}`} onClick={onRemove}>
            <Trash2 />
          </Button>
        </div>
        {line.type !== 'title' && (
          <Field label="Label" error={error('label')}>
            {(control) => <Input {...control} value={line.label} onChange={(e) => set({ label: e.target.value })} />}
          </Field>
        )}
        {line.type === 'user' ? (
          <Field label="Agent" error={error('userId')}>
            {(control) => (
              <Select
                {...control}
                value={line.userId ?? ''}
                onChange={(e) => set({ userId: e.target.value === '' ? null : Number(e.target.value) })}
              >
                <option value="">Pick an agent</option>
                {users.map((user) => (
                  <option key={user.id} value={user.id}>
                    {user.name}
                  </option>
                ))}
              </Select>
            )}
          </Field>
        ) : (
          <>
            <Field label="Text" error={error('text')}>
              {(control) => <Input {...control} value={line.text} onChange={(e) => set({ text: e.target.value })} />}
            </Field>
            <Field label="Link (optional)" error={error('link')}>
              {(control) => (
                <Input
                  {...control}
                  type="url"
                  placeholder="https://"
                  value={line.link}
                  onChange={(e) => set({ link: e.target.value })}
                />
              )}
            </Field>
          </>
        )}
      </fieldset>
    </li>
  );
}

/**
 * Compose an insight card for a live call: title, text and agent lines, reorderable, with a live preview; templates
 * fill {{callerNumber}}, {{contactName}} and {{agentName}} from the call. Checked with the contract's rules before
 * sending, so mistakes show beside their line.
 */
export default function InsightCardForm({
  callId,
  context,
  onSent,
}: {
  callId: number;
  context: CardContext;
  onSent: () => void;
}) {
  const { insightCardBodySchema, limits } = useContracts();
  const users = useQuery(usersQuery()).data?.users ?? [];
  const [lines, setLines] = useState<DraftLine[]>(() => linesFromTemplate('caller', context));
  const [localErrors, setLocalErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);

  const send = useMutation({
    mutationFn: (body: InsightCardBody) => api('calls.insightCard', { params: { callId }, body }),
    onSuccess: () => {
      notify.success('Insight card sent: it shows on the agent’s phone now.');
      onSent();
    },
  });
  const errors = { ...localErrors, ...(send.error instanceof ApiError ? send.error.fieldErrors : {}) };
  const hasTitle = lines.some((line) => line.type === 'title');
  const full = lines.length >= limits.insightCardLines;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const body = { lines: toCardLines(lines) };
    const checked = insightCardBodySchema.safeParse(body);
    if (!checked.success) {
      const byField: Record<string, string> = {};
      for (const issue of checked.error.issues) byField[issue.path.join('.')] ??= issue.message;
      setLocalErrors(byField);
      setFormError(byField.lines ?? (Object.keys(byField).length > 0 ? 'Some lines need fixing.' : null));
      return;
    }
    setLocalErrors({});
    setFormError(null);
    send.mutate(checked.data);
  };

  return (
    <form onSubmit={submit} className="grid gap-5 md:grid-cols-[1fr_16rem]">
      <div className="flex min-w-0 flex-col gap-3">
        {(formError || send.error) && (
          <FormError>{formError ?? `Aircall did not take the card: ${describeError(send.error)}`}</FormError>
        )}
        <Field
          label="Template"
          hint={`Placeholders ${Object.values(placeholders).join(', ')} are filled from this call.`}
        >
          {(control) => (
            <Select
              {...control}
              value=""
              onChange={(event) => event.target.value && setLines(linesFromTemplate(event.target.value, context))}
            >
              <option value="">Start from a template…</option>
              {templates.map((template) => (
                <option key={template.id} value={template.id}>
                  {template.name}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <ol aria-label="Card lines" className="flex flex-col gap-2">
          {lines.map((line, index) => (
            <LineEditor
              key={line.id}
              line={line}
              index={index}
              count={lines.length}
              users={users}
              errors={errors}
              onChange={(changed) => setLines((all) => all.map((item) => (item.id === changed.id ? changed : item)))}
              onMove={(by) => setLines((all) => moveLine(all, index, by))}
              onRemove={() => setLines((all) => all.filter((item) => item.id !== line.id))}
            />
          ))}
        </ol>
        <div className="flex flex-wrap gap-2">
          <Button
            type="button"
            size="sm"
            disabled={hasTitle || full}
            onClick={() => setLines((all) => [draftLine('title'), ...all])}
          >
            Add title
          </Button>
          <Button
            type="button"
            size="sm"
            disabled={full}
            onClick={() => setLines((all) => [...all, draftLine('shortText')])}
          >
            Add text line
          </Button>
          <Button
            type="button"
            size="sm"
            disabled={full}
            onClick={() => setLines((all) => [...all, draftLine('user')])}
          >
            Add agent line
          </Button>
        </div>
        <p className="text-xs text-muted-foreground">
          One title at most, {limits.insightCardLines} lines at most, {limits.insightCardTextLength} characters per
          text.
        </p>
      </div>
      {/* In a narrow window the preview and the send button come first, not below every line. */}
      <div className="flex flex-col gap-3 max-md:order-first">
        <CardPreview lines={lines} users={users} />
        <Button type="submit" variant="primary" disabled={send.isPending || lines.length === 0}>
          {send.isPending ? 'Sending…' : 'Send to the call'}
        </Button>
      </div>
    </form>
  );
}
