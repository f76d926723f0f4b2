import type { StaffRole } from '@candor/domain';

/** The demo's people, one or more for every role. Fictional names at a reserved domain. */
export const DEMO_STAFF = {
  gc: { name: 'Grace Whitfield', role: 'general_counsel', title: 'General Counsel' },
  legal: { name: 'Tomás Reyes', role: 'general_counsel', title: 'Senior Legal Counsel' },
  cfo: { name: 'Daniel Okafor', role: 'cfo', title: 'Chief Financial Officer' },
  acChair: {
    name: 'Helen Marsh',
    role: 'audit_committee',
    title: 'Audit Committee chair',
    chair: true,
  },
  acMember: { name: 'Victor Lindqvist', role: 'audit_committee', title: 'Audit Committee member' },
  director: { name: 'Margaret Chen', role: 'board', title: 'Director' },
  investigator1: { name: 'Priya Natarajan', role: 'investigator', title: 'Investigator' },
  investigator2: { name: 'Owen Brooks', role: 'investigator', title: 'Investigator' },
  hr: { name: 'Sofia Alvarez', role: 'hr', title: 'HR Business Partner' },
  admin: { name: 'Jordan Blake', role: 'admin', title: 'System administrator' },
} as const satisfies Record<
  string,
  { name: string; role: StaffRole; title: string; chair?: boolean }
>;

export type DemoStaffKey = keyof typeof DEMO_STAFF;

export const DEMO_EMAIL_DOMAIN = 'candor-demo.example';

/** `grace.whitfield@candor-demo.example`: accents dropped, so it can be typed anywhere. */
export function demoEmail(name: string): string {
  const local = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z]+/g, '.');
  return `${local}@${DEMO_EMAIL_DOMAIN}`;
}
