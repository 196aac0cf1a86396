import type { ComponentProps } from 'react';
import { TextInput } from '@/components/staff/fields';

/** Register a number field with this so the form gets a number, not the input's string. */
export const asNumber = { valueAsNumber: true } as const;

/**
 * A TextInput for numbers: numeric keypad on phones unless the caller asks for another (e.g.
 * "decimal" for prices). Callers' own props come last, so they can override either default.
 */
export function NumberField(props: ComponentProps<typeof TextInput>) {
  return <TextInput type="number" inputMode="numeric" {...props} />;
}
