import type { Role } from '@switchboard/contracts';

/*
 * The roles of the BFF's registry (contracts' `supervisors`, `admins`), written out because importing a value from
 * contracts would pull zod into the initial bundle (see lib/api-client). The route guards use them.
 */
export const supervisorRoles: readonly Role[] = ['supervisor', 'admin'];
export const adminRoles: readonly Role[] = ['admin'];
