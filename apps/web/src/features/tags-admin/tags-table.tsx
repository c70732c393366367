import type { Tag } from '@switchboard/contracts';
import { Pencil, Tags, Trash2 } from 'lucide-react';
import { ConfirmDialog } from '../../components/form-dialog';
import { StateMessage } from '../../components/state-message';
import { Button } from '../../components/ui/button';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '../../components/ui/table';
import { formatCount } from '../../lib/format';
import { notify } from '../../lib/notify';
import { TagDialog, TagSwatch } from './tag-dialog';
import { useTagMutations } from './tags-mutations';

function DeleteTag({ tag }: { tag: Tag }) {
  const { remove } = useTagMutations();
  return (
    <ConfirmDialog
      title={`Delete the tag “${tag.name}”?`}
      confirmLabel="Delete tag"
      trigger={
        <Button size="sm" variant="ghost" aria-label={`Delete tag ${tag.name}`}>
          <Trash2 aria-hidden />
        </Button>
      }
      onConfirm={async () => {
        await remove.mutateAsync(tag.id);
        notify.success(`Tag “${tag.name}” deleted.`);
      }}
    >
      <p>
        Aircall removes it from every call that carries it ({formatCount(tag.usageCount)} calls) and agents can no
        longer pick it. This cannot be undone.
      </p>
    </ConfirmDialog>
  );
}

export function TagsTable({ tags }: { tags: readonly Tag[] }) {
  if (tags.length === 0) {
    return (
      <StateMessage role="status" icon={<Tags />} title="No tags yet">
        Create tags so agents can sort calls (e.g. “Billing”, “Follow-up”).
      </StateMessage>
    );
  }
  return (
    <Table aria-label="Tags">
      <TableHeader>
        <TableRow>
          <TableHead>Name</TableHead>
          <TableHead className="max-md:hidden">Colour</TableHead>
          <TableHead className="text-right">Calls</TableHead>
          <TableHead>
            <span className="sr-only">Actions</span>
          </TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {tags.map((tag) => (
          <TableRow key={tag.id}>
            <TableCell>
              <span className="inline-flex items-center gap-2 font-medium">
                <TagSwatch color={tag.color} />
                {tag.name}
              </span>
              {tag.description && <p className="text-xs text-muted-foreground">{tag.description}</p>}
            </TableCell>
            <TableCell className="font-mono text-xs text-muted-foreground max-md:hidden">{tag.color}</TableCell>
            <TableCell className="text-right tabular-nums">{formatCount(tag.usageCount)}</TableCell>
            <TableCell className="w-24 text-right whitespace-nowrap">
              <TagDialog
                tag={tag}
                tags={tags}
                trigger={
                  <Button size="sm" variant="ghost" aria-label={`Edit tag ${tag.name}`}>
                    <Pencil aria-hidden />
                  </Button>
                }
              />
              <DeleteTag tag={tag} />
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
