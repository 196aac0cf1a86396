import type { ReactNode } from 'react';
import { requireStaff } from '@/lib/auth/guard';

/**
 * Checks the role before this section's loading boundary starts streaming, so a wrong role gets
 * a real 403 status. Each page and action below still checks for itself.
 */
export default async function SectionLayout({ children }: { children: ReactNode }) {
  await requireStaff(['admin', 'front_desk']);
  return children;
}
