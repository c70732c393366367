import { Link } from '@tanstack/react-router';
import { Bookmark, Trash2 } from 'lucide-react';
import { type FormEvent, useState } from 'react';
import { Button } from '../../components/ui/button';
import { Field } from '../../components/ui/field';
import { Input } from '../../components/ui/input';
import { PopoverContent, PopoverRoot, PopoverTrigger } from '../../components/ui/popover';
import { useSavedViews } from './saved-views';

/** Saved call-list URLs: open one, delete one, or save the current filters under a name. */
export function SavedViewsMenu({ currentSearch }: { currentSearch: Record<string, unknown> }) {
  const { views, save, remove } = useSavedViews();
  const [open, setOpen] = useState(false);
  const [name, setName] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (name.trim() === '') return;
    save(name.trim(), currentSearch);
    setName('');
  };
  return (
    <PopoverRoot open={open} onOpenChange={setOpen}>
      <PopoverTrigger asChild>
        <Button size="sm">
          <Bookmark aria-hidden /> Views
        </Button>
      </PopoverTrigger>
      <PopoverContent label="Saved views" align="end">
        <h2 className="mb-2 font-semibold">Saved views</h2>
        {views.length === 0 ? (
          <p className="mb-3 text-muted-foreground">None yet: save the filters you use every day.</p>
        ) : (
          <ul className="mb-3 flex flex-col gap-0.5">
            {views.map((view) => (
              <li key={view.id} className="flex items-center gap-1">
                <Link
                  to="/calls"
                  search={view.search}
                  onClick={() => setOpen(false)}
                  className="min-w-0 flex-1 truncate rounded-md px-2 py-1.5 hover:bg-muted focus-visible:outline-2 focus-visible:outline-ring"
                >
                  {view.name}
                </Link>
                <Button
                  variant="ghost"
                  size="icon"
                  aria-label={`Delete view ${view.name}`}
                  onClick={() => remove(view.id)}
                >
                  <Trash2 />
                </Button>
              </li>
            ))}
          </ul>
        )}
        <form onSubmit={submit} className="flex items-end gap-2 border-t border-border pt-3">
          <div className="min-w-0 flex-1">
            <Field label="Save these filters as">
              {(control) => (
                <Input
                  {...control}
                  value={name}
                  onChange={(event) => setName(event.target.value)}
                  placeholder="e.g. Missed today"
                />
              )}
            </Field>
          </div>
          <Button type="submit" variant="primary" disabled={name.trim() === ''}>
            Save
          </Button>
        </form>
      </PopoverContent>
    </PopoverRoot>
  );
}
