import { randomUUID } from 'node:crypto';
import { eq, inArray } from 'drizzle-orm';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { db, dbHandle } from '@/db';
import { auditLog, callbackRequests } from '@/db/schema';
import {
  CALLBACK_FORM,
  CALLBACK_MAX_PER_HOUR,
  submitCallbackRequest,
} from '@/lib/messages/callback';
import { issueFormToken } from '@/lib/messages/form-token';
import { updateCallback } from '@/lib/messages/callback-status';
import { countNewCallbacks, listCallbackRequests } from '@/db/queries/messages';
import { callbackRequestSchema } from '@/lib/validations/callback';
import { makeFixtures } from '../fixtures';
import { makeStaff } from '../staff-fixtures';

vi.mock('next/cache', () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn() }));

const shownAt = new Date('2031-06-02T16:00:00Z');
const sentAt = new Date(shownAt.getTime() + 20_000);
const address = () => `203.0.113.${randomUUID()}`;

function form(overrides: Record<string, unknown> = {}) {
  return {
    name: 'Robin Runner',
    phone: '+1 503-555-0199',
    email: '',
    preferredTime: 'morning',
    message: 'Question about my knee.',
    consent: true,
    website: '',
    formToken: issueFormToken(CALLBACK_FORM, shownAt),
    ...overrides,
  };
}

const countByName = async (name: string) =>
  (await db.select().from(callbackRequests).where(eq(callbackRequests.name, name))).length;

describe(`call-back requests (${dbHandle().driver})`, () => {
  it('stores a valid request with phone or e-mail', async () => {
    const name = `Phone ${randomUUID().slice(0, 6)}`;
    expect(
      await submitCallbackRequest(form({ name }), { address: address(), now: sentAt }),
    ).toEqual({ ok: true, data: undefined });
    const email = `Mail ${randomUUID().slice(0, 6)}`;
    expect(
      await submitCallbackRequest(form({ name: email, phone: '', email: 'Robin@Example.COM' }), {
        address: address(),
        now: sentAt,
      }),
    ).toEqual({ ok: true, data: undefined });
    const [row] = await db.select().from(callbackRequests).where(eq(callbackRequests.name, email));
    expect(row).toMatchObject({
      email: 'robin@example.com',
      phone: null,
      status: 'new',
      handledAt: null,
    });
  });

  it('validates with the same schema on both sides: contact needed, consent required, lengths capped', async () => {
    const none = await submitCallbackRequest(form({ phone: '', email: '' }), {
      address: address(),
      now: sentAt,
    });
    expect(none).toMatchObject({
      ok: false,
      fieldErrors: {
        phone: [expect.stringMatching(/phone number or an e-mail/)],
        email: [expect.any(String)],
      },
    });
    expect(callbackRequestSchema.safeParse(form({ phone: '', email: '' })).success).toBe(false);
    // Reported together with other errors, not only once they are fixed.
    const paths = callbackRequestSchema
      .safeParse(form({ name: '', phone: '', email: '' }))
      .error?.issues.map((i) => i.path[0]);
    expect(paths).toEqual(expect.arrayContaining(['name', 'phone', 'email']));
    expect(
      await submitCallbackRequest(form({ consent: false }), { address: address(), now: sentAt }),
    ).toMatchObject({ ok: false, fieldErrors: { consent: [expect.any(String)] } });
    expect(
      await submitCallbackRequest(form({ phone: '12' }), { address: address(), now: sentAt }),
    ).toMatchObject({ ok: false, fieldErrors: { phone: [expect.any(String)] } });
    expect(
      await submitCallbackRequest(form({ message: 'x'.repeat(1001) }), {
        address: address(),
        now: sentAt,
      }),
    ).toMatchObject({ ok: false, fieldErrors: { message: [expect.any(String)] } });
    expect(
      await submitCallbackRequest('not an object', { address: address(), now: sentAt }),
    ).toMatchObject({ ok: false });
  });

  it('drops honeypot submissions silently (answers like success, stores nothing)', async () => {
    const name = `Bot ${randomUUID().slice(0, 6)}`;
    const result = await submitCallbackRequest(form({ name, website: 'https://spam.example' }), {
      address: address(),
      now: sentAt,
    });
    expect(result).toEqual({ ok: true, data: undefined });
    expect(await countByName(name)).toBe(0);
  });

  it('refuses forms sent too fast, forged stamps and day-old forms (offering a fresh stamp)', async () => {
    const name = `Fast ${randomUUID().slice(0, 6)}`;
    const fast = await submitCallbackRequest(form({ name }), {
      address: address(),
      now: new Date(shownAt.getTime() + 500),
    });
    expect(fast).toMatchObject({ ok: false, formError: expect.stringMatching(/quick/) });
    const forged = await submitCallbackRequest(
      form({ name, formToken: `${shownAt.getTime()}.${'A'.repeat(43)}` }),
      { address: address(), now: sentAt },
    );
    expect(forged).toMatchObject({ ok: false, freshToken: expect.any(String) });
    const stale = await submitCallbackRequest(form({ name }), {
      address: address(),
      now: new Date(shownAt.getTime() + 2 * 86_400_000),
    });
    expect(stale).toMatchObject({ ok: false, freshToken: expect.any(String) });
    expect(await countByName(name)).toBe(0);
  });

  it('limits requests per client address per hour, honeypot hits included', async () => {
    const from = address();
    const name = `Limit ${randomUUID().slice(0, 6)}`;
    const results = [];
    for (let i = 0; i < CALLBACK_MAX_PER_HOUR + 1; i++) {
      results.push(
        await submitCallbackRequest(form({ name, website: i === 0 ? 'bot' : '' }), {
          address: from,
          now: sentAt,
        }),
      );
    }
    expect(results.slice(0, -1).every((r) => r.ok)).toBe(true);
    expect(results.at(-1)).toMatchObject({
      ok: false,
      formError: expect.stringMatching(/try again in/),
    });
    expect(await countByName(name)).toBe(CALLBACK_MAX_PER_HOUR - 1);
    // Another address is unaffected.
    expect(
      (await submitCallbackRequest(form({ name }), { address: address(), now: sentAt })).ok,
    ).toBe(true);
  });
});

describe(`call-back inbox (${dbHandle().driver})`, () => {
  let requestId = '';
  beforeAll(async () => {
    const name = `Inbox ${randomUUID().slice(0, 6)}`;
    await submitCallbackRequest(
      form({ name, email: `inbox-${randomUUID().slice(0, 6)}@example.com` }),
      { address: address(), now: sentAt },
    );
    const [row] = await db
      .select({ id: callbackRequests.id })
      .from(callbackRequests)
      .where(eq(callbackRequests.name, name));
    requestId = row!.id;
  });

  it('front desk records what happened (status and note, who and when) and can reopen it; practitioners can’t', async () => {
    const f = await makeFixtures(db);
    const practitioner = await makeStaff('practitioner', { practitionerId: f.practitioner.id });
    expect(
      await updateCallback(practitioner.principal, { requestId, status: 'called_back' }),
    ).toMatchObject({ ok: false });

    const frontDesk = await makeStaff('front_desk');
    expect(await countNewCallbacks()).toBeGreaterThan(0);
    const before = await countNewCallbacks();
    const at = new Date('2031-06-02T17:00:00Z');
    expect(
      await updateCallback(
        frontDesk.principal,
        { requestId, status: 'left_voicemail', note: 'Rang at 10, no answer.' },
        at,
      ),
    ).toEqual({ ok: true, data: { status: 'left_voicemail' } });
    expect(await countNewCallbacks()).toBe(before - 1);
    const [row] = await db
      .select()
      .from(callbackRequests)
      .where(eq(callbackRequests.id, requestId));
    expect(row).toMatchObject({
      status: 'left_voicemail',
      handledById: frontDesk.user.id,
      handledAt: at,
    });
    // A note alone changes nothing else; the same status again (a second tab) is harmless.
    const later = (minutes: number) => new Date(at.getTime() + minutes * 60_000);
    await updateCallback(
      frontDesk.principal,
      { requestId, note: 'Will try after lunch.' },
      later(1),
    );
    expect(
      (await updateCallback(frontDesk.principal, { requestId, status: 'left_voicemail' })).ok,
    ).toBe(true);
    await updateCallback(frontDesk.principal, { requestId, status: 'new' }, later(2));
    const [reopened] = await db
      .select()
      .from(callbackRequests)
      .where(eq(callbackRequests.id, requestId));
    expect(reopened).toMatchObject({ status: 'new', handledById: null, handledAt: null });

    const inbox = await listCallbackRequests({ tab: 'open', page: 1 });
    const listed = inbox.rows.find((r) => r.id === requestId)!;
    expect(listed.history.map((h) => [h.status, h.body, h.staffName])).toEqual([
      ['left_voicemail', 'Rang at 10, no answer.', frontDesk.user.name],
      [null, 'Will try after lunch.', frontDesk.user.name],
      ['new', '', frontDesk.user.name],
    ]);

    const audit = await db
      .select()
      .from(auditLog)
      .where(inArray(auditLog.actorStaffId, [frontDesk.user.id]));
    expect(audit.map((a) => a.action)).toEqual(
      expect.arrayContaining(['message.status', 'message.note']),
    );
    const text = JSON.stringify(audit);
    expect(text).not.toContain('Inbox');
    expect(text).not.toContain('555-0199');
    expect(text).not.toContain('@example.com');
    expect(text).not.toContain('no answer');
  });

  it('the database keeps a booked request tied to its booking', async () => {
    await expect(
      db
        .update(callbackRequests)
        .set({ status: 'booked', handledAt: new Date() })
        .where(eq(callbackRequests.id, requestId)),
    ).rejects.toMatchObject({ cause: { code: '23514' } });
  });
});
