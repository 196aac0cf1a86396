import type { FieldErrors, UseFormRegister } from 'react-hook-form';
import type { PatientDetailsFormInput } from '@/lib/validations/patients';
import { TextInput } from '@/components/forms/controls';

/**
 * A patient's details as the front desk types them (a new patient, a correction): name and phone,
 * and an e-mail and date of birth when known. No e-mail means no e-mail is ever sent.
 */
export function PatientFields({
  idPrefix,
  register,
  errors,
}: {
  idPrefix: string;
  register: UseFormRegister<PatientDetailsFormInput>;
  errors: FieldErrors<PatientDetailsFormInput>;
}) {
  return (
    <>
      <TextInput
        id={`${idPrefix}-name`}
        label="Full name"
        autoComplete="off"
        error={errors.name?.message}
        registration={register('name')}
      />
      <TextInput
        id={`${idPrefix}-phone`}
        label="Phone"
        type="tel"
        autoComplete="off"
        error={errors.phone?.message}
        registration={register('phone')}
      />
      <TextInput
        id={`${idPrefix}-email`}
        label="E-mail"
        type="email"
        optional
        hint="Leave empty if they have none: then no e-mail is ever sent to them."
        autoComplete="off"
        error={errors.email?.message}
        registration={register('email')}
      />
      <TextInput
        id={`${idPrefix}-dob`}
        label="Date of birth"
        type="date"
        optional
        error={errors.dateOfBirth?.message}
        registration={register('dateOfBirth')}
      />
    </>
  );
}
