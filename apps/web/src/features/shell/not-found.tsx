import { Link } from '@tanstack/react-router';
import { SearchX } from 'lucide-react';
import { StateMessage } from '../../components/state-message';
import { buttonClass } from '../../components/ui/button';

export function NotFound() {
  return (
    <StateMessage
      icon={<SearchX />}
      title="Page not found"
      action={
        <Link to="/calls" className={buttonClass()}>
          Go to calls
        </Link>
      }
    >
      This address does not match any page in Switchboard.
    </StateMessage>
  );
}
