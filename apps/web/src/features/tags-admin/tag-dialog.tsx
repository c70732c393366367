import type { Tag } from '@switchboard/contracts';
import { type ReactNode, useState } from 'react';
import { DialogActions, FormDialog } from '../../components/form-dialog';
import { Field, FormError } from '../../components/ui/field';
import { Input } from '../../components/ui/input';
import { ApiError, describeError, useContracts } from '../../lib/api-client';
import { notify } from '../../lib/notify';
import { useTagMutations } from './tags-mutations';

const hexColour = /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i;

/** `<input type="color">` only takes #rrggbb. */
function toSixDigits(colour: string): string {
  return colour.length === 4 ? `#${[...colour.slice(1)].map((digit) => digit + digit).join('')}` : colour;
}

export function TagSwatch({ color }: { color: string }) {
  return (
    <span
      aria-hidden
      className="inline-block size-3.5 shrink-0 rounded-full border border-border"
      style={{ backgroundColor: color }}
    />
  );
}

/** Create a tag, or edit one (`tag` given): a name and a hex colour, picked or typed. */
export function TagDialog({ tag, trigger, tags }: { tag?: Tag; trigger: ReactNode; tags: readonly Tag[] }) {
  const maxLength = useContracts().limits.tagNameLength;
  const { create, update } = useTagMutations();
  const mutation = tag ? update : create;
  const [open, setOpen] = useState(false);
  const [name, setName] = useState(tag?.name ?? '');
  const [color, setColor] = useState(tag?.color ?? '#3B82F6');
  const [submitted, setSubmitted] = useState(false);

  const trimmed = name.trim();
  const nameProblem = !submitted
    ? undefined
    : trimmed === ''
      ? 'Give the tag a name.'
      : trimmed.length > maxLength
        ? `At most ${maxLength} characters.`
        : tags.some((other) => other.id !== tag?.id && other.name.toLocaleLowerCase() === trimmed.toLocaleLowerCase())
          ? `A tag named “${trimmed}” already exists.`
          : undefined;
  const colourProblem = submitted && !hexColour.test(color) ? 'A hex colour like #1A2B3C.' : undefined;
  const fieldErrors = mutation.error instanceof ApiError ? mutation.error.fieldErrors : {};
  const formError = mutation.error && Object.keys(fieldErrors).length === 0 ? describeError(mutation.error) : null;

  const reset = (next: boolean) => {
    setOpen(next);
    setName(tag?.name ?? '');
    setColor(tag?.color ?? '#3B82F6');
    setSubmitted(false);
    mutation.reset();
  };

  return (
    <FormDialog
      open={open}
      onOpenChange={reset}
      trigger={trigger}
      title={tag ? `Edit the tag “${tag.name}”` : 'Create a tag'}
      description="Agents pick tags from this list to sort calls."
    >
      <form
        noValidate
        className="flex flex-col gap-4"
        onSubmit={(event) => {
          event.preventDefault();
          setSubmitted(true);
          if (trimmed === '' || trimmed.length > maxLength || !hexColour.test(color)) return;
          if (
            tags.some((other) => other.id !== tag?.id && other.name.toLocaleLowerCase() === trimmed.toLocaleLowerCase())
          ) {
            return;
          }
          const onSuccess = () => {
            notify.success(tag ? `Tag “${trimmed}” saved.` : `Tag “${trimmed}” created.`);
            setOpen(false);
          };
          if (tag) {
            const body = {
              ...(trimmed !== tag.name && { name: trimmed }),
              ...(color !== tag.color && { color }),
            };
            if (Object.keys(body).length === 0) return setOpen(false);
            update.mutate({ tagId: tag.id, body }, { onSuccess });
          } else {
            create.mutate({ name: trimmed, color }, { onSuccess });
          }
        }}
      >
        <Field
          label="Tag name"
          error={nameProblem ?? fieldErrors.name}
          hint={`At most ${maxLength} characters, no emojis.`}
        >
          {(control) => (
            <Input {...control} value={name} onChange={(event) => setName(event.target.value)} autoComplete="off" />
          )}
        </Field>
        <Field label="Hex colour" error={colourProblem ?? fieldErrors.color}>
          {(control) => (
            <div className="flex items-center gap-2">
              <input
                type="color"
                aria-label="Pick a colour"
                value={hexColour.test(color) ? toSixDigits(color) : '#000000'}
                onChange={(event) => setColor(event.target.value.toUpperCase())}
                className="h-9 w-12 cursor-pointer rounded-md border border-border bg-background p-1"
              />
              <Input
                {...control}
                value={color}
                onChange={(event) => setColor(event.target.value)}
                className="font-mono"
              />
            </div>
          )}
        </Field>
        <p className="flex items-center gap-2 text-sm text-muted-foreground">
          Preview:
          <span className="inline-flex items-center gap-1.5 rounded-full border border-border px-2 py-0.5 text-xs text-foreground">
            <TagSwatch color={hexColour.test(color) ? color : 'transparent'} />
            {trimmed || 'Tag name'}
          </span>
        </p>
        <FormError>{formError}</FormError>
        <DialogActions submitLabel={tag ? 'Save tag' : 'Create tag'} pending={mutation.isPending} />
      </form>
    </FormDialog>
  );
}
