import { supervisors } from '@switchboard/contracts/values';
import { createFileRoute } from '@tanstack/react-router';
import { RouteError } from '../../features/shell/route-error';
import { requireRole } from '../../lib/session';

export const Route = createFileRoute('/teams')({
  beforeLoad: ({ context }) => requireRole(context.account, supervisors),
  errorComponent: RouteError,
});
