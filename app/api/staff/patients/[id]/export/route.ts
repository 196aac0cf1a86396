import { getClinicTimeZone } from '@/db/queries/clinic';
import { requireStaffForRoute } from '@/lib/auth/guard';
import { exportPatientData } from '@/lib/patients/data-export';

type Context = { params: Promise<{ id: string }> };

/** GET /api/staff/patients/<id>/export — everything held about one patient as JSON; admins only, audited. */
export async function GET(_request: Request, { params }: Context): Promise<Response> {
  const { staff, response } = await requireStaffForRoute(['admin']);
  if (response) return response;
  const { id } = await params;
  const result = await exportPatientData(staff, id, await getClinicTimeZone());
  if (!result.ok) {
    return Response.json(
      {
        error: { code: result.status === 403 ? 'forbidden' : 'not_found', message: result.message },
      },
      { status: result.status, headers: { 'Cache-Control': 'no-store' } },
    );
  }
  return new Response(result.json, {
    headers: {
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Disposition': `attachment; filename="${result.filename}"`,
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
    },
  });
}
