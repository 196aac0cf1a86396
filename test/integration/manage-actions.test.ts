import { DateTime } from 'luxon';
import { describe, expect, it, vi } from 'vitest';
import {
  cancelBookingAction,
  rescheduleBookingAction,
} from '@/app/(booking)/book/manage/[token]/actions';
import { db, dbHandle } from '@/db';
import { newManageToken } from '@/lib/appointments/online/manage-token';
import {
  bookingBody,
  bookingContext,
  bookOnlineRequest,
  makeBookingFixtures,
} from '../booking-fixtures';

// The manage link's server actions are thin adapters: they parse the form with the shared schema
// before the lifecycle looks anything up, and map its answers to what the form shows.
const refresh = vi.hoisted(() => vi.fn());
vi.mock('next/cache', () => ({ refresh, revalidatePath: vi.fn() }));
const redirect = vi.hoisted(() =>
  vi.fn((url: string) => {
    throw new Error(`redirect ${url}`);
  }),
);
vi.mock('next/navigation', () => ({ redirect }));

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.set(k, v);
  return data;
};

describe(`manage-link actions (${dbHandle().driver})`, () => {
  it('validate input before looking anything up, and keep what the patient typed', async () => {
    const token = newManageToken();
    const long = 'x'.repeat(501);
    expect(await cancelBookingAction(token, null, form({ reason: long }))).toEqual({
      formError: 'Keep it under 500 characters.',
      fieldError: 'Keep it under 500 characters.',
      reason: long,
    });
    expect(await rescheduleBookingAction(token, null, form({ start: 'tomorrow' }))).toMatchObject({
      formError: 'Choose a time from the list.',
    });
    expect(await cancelBookingAction('nope', null, form({}))).toMatchObject({
      formError: expect.stringMatching(/could not find that booking/),
    });
    expect(await cancelBookingAction(token, null, form({}))).toMatchObject({
      formError: expect.stringMatching(/could not find that booking/),
    });
    expect(redirect).not.toHaveBeenCalled();
  });

  it('cancel through the lifecycle and go back to the booking', async () => {
    const f = await makeBookingFixtures(db);
    const now = new Date();
    // Ten o'clock in the clinic three days from now, inside the fixture's 09:00–17:00 hours.
    const start = DateTime.now()
      .setZone('America/Los_Angeles')
      .plus({ days: 3 })
      .set({ hour: 10, minute: 0, second: 0, millisecond: 0 })
      .toISO({ suppressMilliseconds: true })!;
    const booked = await bookOnlineRequest(bookingBody(f, start), bookingContext(now));
    if (!booked.ok) throw new Error(booked.code);
    const token = booked.data.manageToken!;
    await expect(
      cancelBookingAction(token, null, form({ reason: 'Feeling better' })),
    ).rejects.toThrow(`redirect /book/manage/${token}?done=cancelled`);
    expect(await cancelBookingAction(token, null, form({}))).toMatchObject({
      formError: 'This appointment has been cancelled.',
    });
  });
});
