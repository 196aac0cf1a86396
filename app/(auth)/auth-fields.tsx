'use client';

import { unstable_rethrow } from 'next/navigation';
import type { FieldPath, FieldValues, UseFormReturn } from 'react-hook-form';
import { UNREACHABLE_MESSAGE } from '@/components/forms/public-form';
import { applyServerErrors } from '@/components/forms/apply-server-errors';
import type { ActionResult } from '@/lib/actions/result';

/**
 * The submit handler every signed-out staff form shares: calls the server action, lets a redirect
 * (the next step, the dashboard) happen, puts refusals beside their fields or on the form, and
 * says so when the server could not be reached. What was typed stays.
 */
export function useAuthSubmit<V extends FieldValues, D>(
  form: UseFormReturn<V>,
  action: (values: V) => Promise<ActionResult<D>>,
  fields: readonly string[],
  onDone?: (data: D) => void,
) {
  return form.handleSubmit(async (values) => {
    let result: ActionResult<D>;
    try {
      result = await action(values);
    } catch (error) {
      unstable_rethrow(error);
      form.setError('root.server' as FieldPath<V>, { message: UNREACHABLE_MESSAGE });
      return;
    }
    if (result.ok) return onDone?.(result.data);
    applyServerErrors(result, form.setError, fields);
  });
}
