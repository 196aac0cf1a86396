import { UUID } from './fields';
import { z } from './zod';
import { emailField } from './email';
import { isCommonPassword } from '@/lib/auth/common-passwords';

/**
 * Staff account forms (admin only). One schema per form, used by zodResolver in the browser and
 * by staffAction on the server. No admin form carries a password: people choose their own.
 */

export const STAFF_ROLES = ['admin', 'front_desk', 'practitioner'] as const;

export const staffIdSchema = z.string().regex(UUID, 'Unknown staff member.');

export const newPasswordSchema = z
  .string()
  .min(12, 'Use at least 12 characters.')
  .max(200, 'Use at most 200 characters.')
  .refine(
    (p) => !isCommonPassword(p),
    'That password is on a list of common passwords: choose another.',
  );

/** Cross-field checks run even when another field failed, so every error shows at once. */
const always = {
  when: (payload: { value: unknown }) =>
    typeof payload.value === 'object' && payload.value !== null,
};

const roleAndLink = {
  role: z.enum(STAFF_ROLES, { error: 'Choose a role.' }),
  /** '' when the account is not linked to a practitioner profile. */
  practitionerId: z.union([
    z.literal(''),
    z.string().regex(UUID, 'Choose a practitioner profile.'),
  ]),
};

function checkLink(value: { role: string; practitionerId: string }, ctx: z.RefinementCtx) {
  if (value.role === 'practitioner' && !value.practitionerId) {
    ctx.addIssue({
      code: 'custom',
      path: ['practitionerId'],
      message: 'A practitioner account needs its practitioner profile.',
    });
  }
}

/** An admin invites by e-mail: the person chooses their own password through the link. */
export const inviteStaffSchema = z
  .object({
    name: z.string().trim().min(2, 'Enter their name.').max(120, 'Use at most 120 characters.'),
    email: emailField('Enter a work e-mail address.'),
    ...roleAndLink,
  })
  .superRefine(checkLink, always);

export const changeRoleSchema = z
  .object({ staffUserId: staffIdSchema, ...roleAndLink })
  .superRefine(checkLink, always);

export const setDisabledSchema = z.object({ staffUserId: staffIdSchema, disabled: z.boolean() });
export const staffUserRefSchema = z.object({ staffUserId: staffIdSchema });

/** Roles that must sign in with a second factor besides admins (who always must). */
export const mfaRolesSchema = z.object({
  roles: z.array(z.enum(['front_desk', 'practitioner'])).max(2),
});

export type InviteStaffInput = z.input<typeof inviteStaffSchema>;
export type InviteStaff = z.output<typeof inviteStaffSchema>;
export type ChangeRoleInput = z.input<typeof changeRoleSchema>;
export type ChangeRole = z.output<typeof changeRoleSchema>;
