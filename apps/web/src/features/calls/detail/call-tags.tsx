import type { CallDetail, Tag } from '@switchboard/contracts';
import { Plus, X } from 'lucide-react';
import { useState } from 'react';
import { TagChip } from '../../../components/tag-chip';
import { Button } from '../../../components/ui/button';
import { FormError } from '../../../components/ui/field';
import { describeError } from '../../../lib/api-client';
import { useTagCall, useUntagCall } from '../call-mutations';
import { TagPicker } from '../tag-picker';

/** The call's tags in their colours; add from the company's tag list, remove one with its ×. */
export function CallTags({ call, tags }: { call: CallDetail; tags: readonly Tag[] }) {
  const [open, setOpen] = useState(false);
  const tag = useTagCall(call.id);
  const untag = useUntagCall(call.id);
  const error = tag.error ?? untag.error;
  return (
    <div className="flex flex-col gap-2">
      {error && <FormError>{describeError(error)}</FormError>}
      <ul aria-label="Tags" className="flex flex-wrap items-center gap-2">
        {call.tags.map((callTag) => (
          <li key={callTag.id}>
            <TagChip tag={callTag}>
              <button
                type="button"
                aria-label={`Remove tag ${callTag.name}`}
                disabled={untag.isPending}
                onClick={() => untag.mutate(callTag.id)}
                className="-mr-1 rounded-full p-0.5 hover:bg-background/60 focus-visible:outline-2 focus-visible:outline-ring"
              >
                <X className="size-3" aria-hidden />
              </button>
            </TagChip>
          </li>
        ))}
        <li>
          <Button
            size="sm"
            variant="ghost"
            aria-expanded={open}
            aria-controls="call-tag-picker"
            onClick={() => setOpen(!open)}
          >
            <Plus aria-hidden /> Add tag
          </Button>
        </li>
      </ul>
      {/* Inline rather than a popover: the call page stays within its bundle budget without a positioning library. */}
      {open && (
        <section id="call-tag-picker" aria-label="Add tags" className="max-w-sm rounded-lg border border-border p-3">
          <TagPicker
            tags={tags}
            exclude={call.tags.map(({ id }) => id)}
            applyLabel="Add tags"
            pending={tag.isPending}
            onApply={(tagIds) => tag.mutate(tagIds, { onSuccess: () => setOpen(false) })}
          />
        </section>
      )}
    </div>
  );
}
