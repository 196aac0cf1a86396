import { UUID } from './uuid';
import { z } from './zod';
import { isCommonPassword } from '@/lib/auth/common-passwords';

/**
 * Staff account forms (admin only). One schema per form, used by zodResolver in the browser and
 * by staffAction on the server.
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

const passwordChoice = {
  passwordMode: z.enum(['generate', 'typed']),
  /** Only read when passwordMode is 'typed'. */
  password: z.string().max(200, 'Use at most 200 characters.'),
};

/** Cross-field checks run even when another field failed, so every error shows at once. */
const always = {
  when: (payload: { value: unknown }) =>
    typeof payload.value === 'object' && payload.value !== null,
};

function checkPassword(
  value: { passwordMode: 'generate' | 'typed'; password: string },
  ctx: z.RefinementCtx,
) {
  if (value.passwordMode !== 'typed') return;
  const result = newPasswordSchema.safeParse(
    typeof value.password === 'string' ? value.password : '',
  );
  if (!result.success) {
    for (const issue of result.error.issues)
      ctx.addIssue({ code: 'custom', path: ['password'], message: issue.message });
  }
}

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

export const createStaffSchema = z
  .object({
    name: z.string().trim().min(2, 'Enter their name.').max(120, 'Use at most 120 characters.'),
    email: z.string().trim().toLowerCase().max(254).pipe(z.email('Enter a work e-mail address.')),
    ...roleAndLink,
    ...passwordChoice,
  })
  .superRefine((v, ctx) => {
    checkLink(v, ctx);
    checkPassword(v, ctx);
  }, always);

export const changeRoleSchema = z
  .object({ staffUserId: staffIdSchema, ...roleAndLink })
  .superRefine(checkLink, always);

export const resetPasswordSchema = z
  .object({ staffUserId: staffIdSchema, ...passwordChoice })
  .superRefine(checkPassword, always);

export const setDisabledSchema = z.object({ staffUserId: staffIdSchema, disabled: z.boolean() });
export const staffUserRefSchema = z.object({ staffUserId: staffIdSchema });

export type CreateStaffInput = z.input<typeof createStaffSchema>;
export type CreateStaff = z.output<typeof createStaffSchema>;
export type ChangeRoleInput = z.input<typeof changeRoleSchema>;
export type ChangeRole = z.output<typeof changeRoleSchema>;
export type ResetPasswordInput = z.input<typeof resetPasswordSchema>;
export type ResetPassword = z.output<typeof resetPasswordSchema>;
