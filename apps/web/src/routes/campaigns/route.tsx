import { createFileRoute } from '@tanstack/react-router';
import { supervisorRoles } from '../../features/manage-ui/roles';
import { RouteError } from '../../features/shell/route-error';
import { requireRole } from '../../lib/session';

export const Route = createFileRoute('/campaigns')({
  beforeLoad: ({ context }) => requireRole(context.account, supervisorRoles),
  errorComponent: RouteError,
});
