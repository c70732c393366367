import type { CallRow, Tag } from '@switchboard/contracts';
import { DialogContent, DialogRoot } from '../../components/ui/dialog';
import { FormError } from '../../components/ui/field';
import { describeError } from '../../lib/api-client';
import { notify } from '../../lib/notify';
import { useTagCall } from './call-mutations';
import { TagPicker } from './tag-picker';

/** The `t` shortcut: tag one call from the list without opening it. */
export function TagCallDialog({ call, tags, onClose }: { call: CallRow; tags: readonly Tag[]; onClose: () => void }) {
  const tag = useTagCall(call.id);
  return (
    <DialogRoot open onOpenChange={(open) => !open && onClose()}>
      <DialogContent title={`Tag the call with ${call.contact?.name ?? call.rawDigits ?? 'an unknown number'}`}>
        <div className="flex flex-col gap-3">
          {tag.error && <FormError>{describeError(tag.error)}</FormError>}
          <TagPicker
            tags={tags}
            exclude={call.tags?.map(({ id }) => id)}
            applyLabel="Add tags"
            pending={tag.isPending}
            onApply={(tagIds) =>
              tag.mutate(tagIds, {
                onSuccess: () => {
                  notify.success('Tags added');
                  onClose();
                },
              })
            }
          />
        </div>
      </DialogContent>
    </DialogRoot>
  );
}
