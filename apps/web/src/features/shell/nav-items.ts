import type { Role } from '@switchboard/contracts';
import { admins, everyone, supervisors } from '@switchboard/contracts/values';
import type { LucideIcon } from 'lucide-react';
import {
  BarChart3,
  Contact,
  LayoutDashboard,
  ListChecks,
  PhoneCall,
  Radio,
  Shield,
  Tags,
  UserRound,
  UsersRound,
} from 'lucide-react';

export interface NavItem {
  /** A route path. */
  to: string;
  label: string;
  icon: LucideIcon;
  /** Who sees the entry; the page itself checks the same roles (`requireRole`) and the BFF enforces them. */
  roles: readonly Role[];
  /** Listed under "More" in narrow windows and in the command palette's "Manage" group. */
  group: 'work' | 'manage';
}

/** The one list of pages: the navigation bar and the command palette both read it. */
export const navItems: readonly NavItem[] = [
  { to: '/calls', label: 'Calls', icon: PhoneCall, roles: everyone, group: 'work' },
  { to: '/live', label: 'Live', icon: Radio, roles: everyone, group: 'work' },
  { to: '/contacts', label: 'Contacts', icon: Contact, roles: everyone, group: 'work' },
  { to: '/board', label: 'Board', icon: LayoutDashboard, roles: supervisors, group: 'manage' },
  { to: '/teams', label: 'Teams', icon: UsersRound, roles: supervisors, group: 'manage' },
  { to: '/users', label: 'Users', icon: UserRound, roles: supervisors, group: 'manage' },
  { to: '/campaigns', label: 'Campaigns', icon: ListChecks, roles: supervisors, group: 'manage' },
  { to: '/analytics', label: 'Analytics', icon: BarChart3, roles: supervisors, group: 'manage' },
  { to: '/tags', label: 'Tags', icon: Tags, roles: admins, group: 'manage' },
  { to: '/admin', label: 'Admin', icon: Shield, roles: admins, group: 'manage' },
];

export function navItemsFor(role: Role): NavItem[] {
  return navItems.filter((item) => item.roles.includes(role));
}
