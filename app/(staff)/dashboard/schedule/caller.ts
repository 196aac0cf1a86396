import 'server-only';
import { loadCallbackCaller } from '@/db/queries/messages';
import type { StaffPrincipal } from '@/lib/auth/roles';
import { displayPhone } from '@/lib/phone';
import { UUID } from '@/lib/validations/fields';
import type { BookPrefill } from './book-dialog';

/**
 * "Book this caller" from the call-back inbox: the caller's details for the new-appointment
 * panel. Only those who may read the inbox (admin, front desk) get them.
 */
export async function loadCallerPrefill(
  staff: StaffPrincipal,
  id: string | undefined,
): Promise<BookPrefill['caller'] | null> {
  if (!id || !UUID.test(id) || (staff.role !== 'admin' && staff.role !== 'front_desk')) return null;
  const caller = await loadCallbackCaller(id);
  return caller
    ? {
        requestId: caller.id,
        name: caller.name,
        phone: caller.phone ? displayPhone(caller.phone) : null,
        email: caller.email,
      }
    : null;
}
