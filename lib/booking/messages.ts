/** Patient-facing wording shared by the booking flow and the API, kept in one place to stay kind. */

export const RED_FLAGS_MESSAGE =
  'Thank you for telling us. What you ticked can be a sign of a problem that needs a doctor before ' +
  'any chiropractic care, so we have not booked this visit. Please see a doctor today. If it is ' +
  'severe or getting worse (especially numbness in the saddle area or trouble controlling your ' +
  'bladder or bowel) call 911 or go to an emergency department now.';

export function consultationFirstMessage(
  serviceName: string,
  consultation: { name: string } | null,
): string {
  const first = consultation ? `a “${consultation.name}”` : 'a new-patient consultation';
  return (
    `${serviceName} starts with a check that it suits you, so new patients book ${first} first. ` +
    `After that visit you can book ${serviceName} online as a returning patient.`
  );
}
