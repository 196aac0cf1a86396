import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/min';

/**
 * Phone numbers in one format: stored as E.164 (+15035550121), shown in the clinic's national
 * format ((503) 555-0121) or, for another country, internationally (+44 20 7946 0958). A number
 * libphonenumber can't make sense of is kept as typed (trimmed), never lost or refused here:
 * the forms' own validation decides what may be typed.
 */
export const CLINIC_COUNTRY: CountryCode = 'US';

export function toE164(phone: string, country: CountryCode = CLINIC_COUNTRY): string {
  const typed = phone.trim();
  if (!typed) return typed;
  const parsed = parsePhoneNumberFromString(typed, country);
  return parsed?.isPossible() ? parsed.number : typed;
}

export function displayPhone(phone: string, country: CountryCode = CLINIC_COUNTRY): string {
  const parsed = parsePhoneNumberFromString(phone.trim(), country);
  if (!parsed?.isPossible()) return phone.trim();
  return parsed.country === country || (!parsed.country && parsed.countryCallingCode === '1')
    ? parsed.formatNational()
    : parsed.formatInternational();
}

/** The digits a search for a phone number matches on (formatting ignored). */
export function phoneDigits(text: string): string {
  return text.replace(/\D/g, '');
}
