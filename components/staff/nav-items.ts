import type { StaffRole } from '@/db/schema';

/** The dashboard's navigation; each page still checks the role itself. */
export const staffNavItems: Array<{ href: string; label: string; roles: StaffRole[] }> = [
  { href: '/dashboard', label: 'Overview', roles: ['admin', 'practitioner', 'front_desk'] },
  {
    href: '/dashboard/schedule',
    label: 'Schedule',
    roles: ['admin', 'practitioner', 'front_desk'],
  },
  {
    href: '/dashboard/patients',
    label: 'Patients',
    roles: ['admin', 'practitioner', 'front_desk'],
  },
  {
    href: '/dashboard/care-plans',
    label: 'Care plans',
    roles: ['admin', 'practitioner', 'front_desk'],
  },
  { href: '/dashboard/exercises', label: 'Exercises', roles: ['admin', 'practitioner'] },
  { href: '/dashboard/messages', label: 'Messages', roles: ['admin', 'front_desk'] },
  { href: '/dashboard/waitlist', label: 'Waitlist', roles: ['admin', 'front_desk'] },
  { href: '/dashboard/closures', label: 'Closures', roles: ['admin', 'front_desk'] },
  { href: '/dashboard/articles', label: 'Articles', roles: ['admin', 'practitioner'] },
  { href: '/dashboard/clinic', label: 'Clinic', roles: ['admin'] },
  { href: '/dashboard/staff', label: 'Staff', roles: ['admin'] },
  { href: '/dashboard/audit', label: 'Audit log', roles: ['admin'] },
  { href: '/dashboard/outbox', label: 'Outbox', roles: ['admin'] },
  {
    href: '/dashboard/account',
    label: 'My account',
    roles: ['admin', 'practitioner', 'front_desk'],
  },
];
