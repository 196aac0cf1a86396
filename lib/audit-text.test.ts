import { describe, expect, it } from 'vitest';
import { auditHref, auditSentence, auditWho } from './audit-text';

const base = {
  actorKind: 'staff',
  actorName: 'Sam Patel',
  entityType: 'appointment',
  entityId: '7d6afe30-5504-4619-a590-4eefdf732408',
  details: {},
};

describe('the audit log in words', () => {
  it('names who acted: staff by name, patients by the way they came, API clients', () => {
    expect(auditWho(base)).toBe('Sam Patel');
    expect(
      auditWho({ ...base, actorKind: 'patient', actorName: null, details: { via: 'manage_link' } }),
    ).toBe('Patient via manage link');
    expect(auditWho({ ...base, actorKind: 'api', actorName: null })).toBe('API client');
    expect(auditWho({ ...base, actorName: null })).toBe('Former staff member');
  });
  it('writes a sentence with the patient’s name and no ids', () => {
    const moved = auditSentence({
      ...base,
      action: 'appointment.reschedule',
      patientName: 'Ann Lee',
      details: { fromPractitionerId: 'a', toPractitionerId: 'b' },
      practitionerNames: { b: 'Dr. Daniel Reyes' },
    });
    expect(moved).toBe('Moved Ann Lee’s appointment to Dr. Daniel Reyes, at a new time');
    expect(auditSentence({ ...base, action: 'appointment.undo_no_show', patientName: null })).toBe(
      'Undid a mistaken no-show on an appointment',
    );
    expect(auditSentence({ ...base, action: 'staff.sign_out_everywhere' })).toBe(
      'Staff: sign out everywhere',
    );
    expect(
      auditSentence({
        ...base,
        entityType: 'message',
        action: 'message.status',
        details: { status: 'left_voicemail' },
      }),
    ).toBe('Set a call-back request to left voicemail');
  });
  it('links to the record’s page', () => {
    expect(auditHref(base)).toBe(`/dashboard/appointments/${base.entityId}`);
    expect(auditHref({ entityType: 'patient', entityId: 'pseudonym-x' })).toBeNull();
  });
});
