import type { Role } from '@switchboard/contracts';
import { Link } from '@tanstack/react-router';
import { type NavItem, navItemsFor } from './nav-items';

function NavLink({ item }: { item: NavItem }) {
  const { to, label, icon: Icon } = item;
  return (
    <li>
      {/* `to` is text because some pages are added in parallel (issue 7); the router resolves it at runtime. */}
      <Link
        to={to as '/'}
        title={label}
        className="flex items-center gap-3 rounded-md px-2.5 py-2 text-sm text-muted-foreground hover:bg-muted hover:text-foreground aria-[current=page]:bg-muted aria-[current=page]:font-medium aria-[current=page]:text-foreground max-lg:justify-center"
      >
        <Icon className="size-4 shrink-0" aria-hidden />
        <span className="max-lg:sr-only">{label}</span>
      </Link>
    </li>
  );
}

/** The pages the role may use: labels beside icons on wide windows, icons alone in a half-screen window. */
export function MainNav({ role }: { role: Role }) {
  const items = navItemsFor(role);
  const work = items.filter((item) => item.group === 'work');
  const manage = items.filter((item) => item.group === 'manage');
  return (
    <nav
      aria-label="Main"
      className="flex w-14 shrink-0 flex-col gap-4 overflow-y-auto border-r border-border p-2 lg:w-48"
    >
      <ul className="flex flex-col gap-0.5">
        {work.map((item) => (
          <NavLink key={item.to} item={item} />
        ))}
      </ul>
      {manage.length > 0 && (
        <div>
          <h2 className="px-2.5 pb-1 text-xs font-medium text-muted-foreground max-lg:sr-only">Manage</h2>
          <ul className="flex flex-col gap-0.5">
            {manage.map((item) => (
              <NavLink key={item.to} item={item} />
            ))}
          </ul>
        </div>
      )}
    </nav>
  );
}
