import { Link } from '@tanstack/react-router';
import { ShieldX } from 'lucide-react';
import { StateMessage } from './state-message';
import { buttonClass } from './ui/button';

/**
 * The 403 page: what a route shows when the signed-in role may not use it (a role check in `beforeLoad`, or the
 * BFF's 403). `RouteError` renders it for such errors; pages may render it directly too.
 */
export function Forbidden({ reason }: { reason?: string }) {
  return (
    <StateMessage
      role="alert"
      icon={<ShieldX />}
      title="You don’t have access to this page"
      action={
        <Link to="/calls" className={buttonClass({ variant: 'primary' })}>
          Go to calls
        </Link>
      }
    >
      {reason ?? 'Your role does not include this part of Switchboard.'} Ask an admin if you need it.
    </StateMessage>
  );
}
