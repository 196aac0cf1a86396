/** Patient-facing wording shared by the booking flow and the API, kept in one place to stay kind. */

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
