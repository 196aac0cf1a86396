'use client';

import { useEffect, useRef } from 'react';
import type { DefaultValues, FieldPath, UseFormReturn } from 'react-hook-form';
import type { PatientDetails, PatientDetailsInput } from '@/lib/validations/booking';
import { loadDetails, saveDetails, takeServerErrors } from './booking-storage';

type Values = PatientDetailsInput;

/**
 * The details step's draft: what was typed before (a reload, back from review) comes back from
 * sessionStorage, errors the server sent on the way back from review go on their fields, and from
 * then on every change is saved. Focus goes to the first server error once the form is enabled.
 * Returns the ref for the form-level message, which takes focus when the error is not a field's.
 */
export function useDetailsDraft(
  form: UseFormReturn<Values, unknown, PatientDetails>,
  empty: DefaultValues<Values>,
  hydrated: boolean,
) {
  const { reset, setError, subscribe, setFocus } = form;
  const serverErrorRef = useRef<HTMLParagraphElement>(null);
  const pendingFocus = useRef<string | null>(null);

  useEffect(() => {
    const saved = loadDetails();
    if (saved)
      reset(
        { ...empty, ...saved, intake: { ...empty.intake, ...saved.intake } },
        { keepErrors: true },
      );
    const fromServer = takeServerErrors();
    if (fromServer) {
      const fields = Object.entries(fromServer);
      fields.forEach(([path, message]) => {
        if (path === 'root') setError('root.server', { message });
        else setError(path as FieldPath<Values>, { message });
      });
      pendingFocus.current = fields.find(([path]) => path !== 'root')?.[0] ?? 'root';
    }
    // Only now start saving, so the empty defaults never overwrite what was stored.
    return subscribe({
      formState: { values: true },
      callback: ({ values }) => saveDetails(values),
    });
  }, [reset, setError, subscribe, empty]);

  // Focus waits until the form is enabled: a disabled field can't take focus.
  useEffect(() => {
    const target = pendingFocus.current;
    if (!hydrated || !target) return;
    // After the router's own scroll-and-focus for the navigation that brought us here.
    const frame = requestAnimationFrame(() => {
      pendingFocus.current = null;
      if (target === 'root') serverErrorRef.current?.focus();
      else setFocus(target as FieldPath<Values>, { shouldSelect: false });
    });
    return () => cancelAnimationFrame(frame);
  }, [hydrated, setFocus]);

  return serverErrorRef;
}

/**
 * The moment an emergency sign is ticked, its message goes to the top of the screen and takes
 * focus, so the 911 button is the first thing seen and heard. Returns the panel's ref.
 */
export function useEmergencyFocus(emergency: boolean) {
  const emergencyRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const panel = emergencyRef.current;
    if (!emergency || !panel) return;
    panel.scrollIntoView({ block: 'start', behavior: 'instant' });
    panel.focus({ preventScroll: true });
  }, [emergency]);
  return emergencyRef;
}
