import { zodResolver } from '@hookform/resolvers/zod';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { type DefaultValues, type FieldValues, useForm } from 'react-hook-form';
import type { z } from 'zod';
import { applyServerErrors } from '@/components/forms/apply-server-errors';
import type { ActionResult } from '@/lib/actions/result';

/**
 * The save flow the clinic forms share: validate with the schema, send to the action, put its
 * errors back on the fields, then show "saved" and refresh the server data. A form that creates
 * a record passes `redirectTo` to open the new record instead.
 */
export function useSaveForm<Input extends FieldValues, Values, Data>({
  schema,
  initial,
  save,
  redirectTo,
}: {
  schema: z.ZodObject & z.ZodType<Values, Input>;
  initial: Input;
  save: (values: Values) => Promise<ActionResult<Data>>;
  redirectTo?: (data: Data) => string;
}) {
  const router = useRouter();
  const [saved, setSaved] = useState(false);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<Input, unknown, Values>({
    resolver: zodResolver(schema),
    defaultValues: initial as DefaultValues<Input>,
  });
  const onSubmit = handleSubmit(async (values) => {
    setSaved(false);
    const result = await save(values);
    if (!result.ok) return applyServerErrors(result, setError, Object.keys(schema.shape));
    if (redirectTo) return router.push(redirectTo(result.data));
    setSaved(true);
  });
  return { register, errors, isSubmitting, saved, onSubmit };
}
