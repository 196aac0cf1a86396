/**
 * The clinic's phone number for error pages. They must not depend on the database (it may be what
 * failed), so this copy is static: keep it in step with clinic_settings.phone.
 */
export const FALLBACK_PHONE = '+1 503-555-0147';
