import { getClinicTimeZone } from '@/db/queries/clinic';
import { requireStaffForRoute } from '@/lib/auth/guard';
import { exportAppointmentsCsv } from '@/lib/patients/export';

/** GET /api/staff/exports/appointments.csv?from=YYYY-MM-DD&to=YYYY-MM-DD — admins only, audited. */
export async function GET(request: Request): Promise<Response> {
  const { staff, response } = await requireStaffForRoute(['admin']);
  if (response) return response;
  const params = new URL(request.url).searchParams;
  const result = await exportAppointmentsCsv(
    staff,
    { from: params.get('from'), to: params.get('to') },
    await getClinicTimeZone(),
  );
  if (!result.ok) {
    return Response.json(
      { error: { code: result.status === 403 ? 'forbidden' : 'invalid', message: result.message } },
      { status: result.status },
    );
  }
  return new Response(result.csv, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${result.filename}"`,
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
    },
  });
}
