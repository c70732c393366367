import { DialogContent, DialogRoot } from '../../components/ui/dialog';

const groups = [
  {
    title: 'Anywhere',
    keys: [
      { keys: ['Ctrl', 'K'], action: 'Search or jump to a page, a call, a phone number, a line or a contact' },
      { keys: ['?'], action: 'Show these shortcuts' },
    ],
  },
  {
    title: 'Call list',
    keys: [
      { keys: ['j'], action: 'Next call' },
      { keys: ['k'], action: 'Previous call' },
      { keys: ['Enter'], action: 'Open the call’s summary' },
      { keys: ['t'], action: 'Tag the call' },
      { keys: ['c'], action: 'Comment on the call' },
      { keys: ['a'], action: 'Archive or unarchive the call' },
      { keys: ['Esc'], action: 'Close the summary' },
    ],
  },
] as const;

/** "?": every keyboard shortcut of the console, so they can be discovered. Loaded on first use. */
export default function KeyboardShortcuts({
  open,
  onOpenChange,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
}) {
  return (
    <DialogRoot open={open} onOpenChange={onOpenChange}>
      <DialogContent title="Keyboard shortcuts">
        <div className="flex flex-col gap-5">
          {groups.map((group) => (
            <section key={group.title} aria-label={group.title}>
              <h3 className="mb-2 text-sm font-semibold">{group.title}</h3>
              <dl className="grid grid-cols-[6rem_minmax(0,1fr)] items-baseline gap-x-4 gap-y-2 text-sm">
                {group.keys.map(({ keys, action }) => (
                  <div key={action} className="contents">
                    <dt className="flex gap-1">
                      {keys.map((key) => (
                        <kbd
                          key={key}
                          className="rounded border border-border bg-muted px-1.5 py-0.5 font-mono text-xs"
                        >
                          {key}
                        </kbd>
                      ))}
                    </dt>
                    <dd className="text-muted-foreground">{action}</dd>
                  </div>
                ))}
              </dl>
            </section>
          ))}
        </div>
      </DialogContent>
    </DialogRoot>
  );
}
