import { Link } from '@tanstack/react-router';
import { SearchX } from 'lucide-react';
import { StateMessage } from '../../components/state-message';
import { Button } from '../../components/ui/button';

export function NotFound() {
  return (
    <StateMessage
      icon={<SearchX />}
      title="Page not found"
      action={
        <Button asChild>
          <Link to="/calls">Go to calls</Link>
        </Button>
      }
    >
      This address does not match any page in Switchboard.
    </StateMessage>
  );
}
