import type { SessionAccount } from '@switchboard/contracts';
import { ChevronDown } from 'lucide-react';
import type { ComponentProps } from 'react';
import { Button } from '../../components/ui/button';

/** The account menu's trigger; also its stand-in while the menu's code loads, so the header never shifts. */
export function AccountButton({ account, ...props }: ComponentProps<'button'> & { account: SessionAccount }) {
  const initial = account.email.slice(0, 1).toUpperCase();
  return (
    <Button variant="ghost" size="sm" aria-label={`Account: ${account.email}`} {...props}>
      <span
        aria-hidden
        className="flex size-6 items-center justify-center rounded-full bg-primary text-xs font-semibold text-primary-foreground"
      >
        {initial}
      </span>
      <span className="max-w-40 truncate max-md:hidden">{account.email}</span>
      <ChevronDown aria-hidden />
    </Button>
  );
}
