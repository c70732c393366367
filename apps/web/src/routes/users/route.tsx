import { createFileRoute } from '@tanstack/react-router';
import { RouteError } from '../../features/shell/route-error';
import { supervisorRoles } from '../../lib/roles';
import { requireRole } from '../../lib/session';

export const Route = createFileRoute('/users')({
  beforeLoad: ({ context }) => requireRole(context.account, supervisorRoles),
  errorComponent: RouteError,
});
