/**
 * The one list of red-flag symptoms: every page, form, API answer and e-mail that mentions one
 * takes its wording from here, so a patient gets the same advice about the same symptom
 * everywhere. Pure data and functions (no React, no database): the booking screen, the API,
 * e-mail templates and the public pages all import it.
 *
 * Two tiers:
 * - `emergency`: call 911 now. Online booking stops (the API answers 422 `red_flags`).
 * - `see-doctor-today`: see a doctor today. Booking may continue after the patient acknowledges
 *   that advice; the appointment then carries the screening note for the practitioner.
 *
 * Keys are a public contract (the booking API takes them): never rename or reuse one. Wording may
 * be improved freely; it is never stored.
 */

export const RED_FLAG_TIERS = ['emergency', 'see-doctor-today'] as const;
export type RedFlagTier = (typeof RED_FLAG_TIERS)[number];

/** The emergency number patients are told to call (the clinic is in the United States). */
export const EMERGENCY_NUMBER = '911';
export const EMERGENCY_TEL = `tel:${EMERGENCY_NUMBER}`;

/** The three urgency phrases, word for word wherever urgency is described. */
export const URGENCY = {
  emergency: `call ${EMERGENCY_NUMBER} now`,
  seeDoctorToday: 'see a doctor today',
  book: 'book with us',
} as const;

export interface RedFlag {
  /** Stable snake_case key for forms, the API and stored screening answers. */
  key: string;
  tier: RedFlagTier;
  /** The symptom in the patient's words: a list item or checkbox label, sentence case, no full stop. */
  label: string;
  /**
   * Words that identify this symptom in running text. The stray-copy tests look for them outside
   * this module's rendered lists: a page that words a red flag its own way fails them.
   */
  terms: readonly string[];
}

export const RED_FLAGS = [
  {
    key: 'saddle_numbness',
    tier: 'emergency',
    label:
      'Numbness in the saddle area (between your legs), your genitals or around your back passage',
    terms: ['saddle', 'back passage'],
  },
  {
    key: 'bladder_bowel',
    tier: 'emergency',
    label:
      'New difficulty passing urine, loss of bladder or bowel control, or less feeling than usual when you wipe',
    terms: ['bladder', 'bowel', 'passing urine', 'when you wipe'],
  },
  {
    key: 'sexual_dysfunction',
    tier: 'emergency',
    label:
      'New sexual problems that came on with the back pain, such as numbness or erection trouble',
    terms: ['sexual problems', 'sexual dysfunction', 'sexual function', 'erection'],
  },
  {
    key: 'leg_weakness',
    tier: 'emergency',
    label: 'Weakness or numbness in a leg that is getting worse, or in both legs',
    terms: ['leg weakness', 'weakness in a leg', 'or both legs', 'in both legs'],
  },
  {
    key: 'chest_pain',
    tier: 'emergency',
    label: 'Chest pain',
    terms: ['chest pain'],
  },
  {
    key: 'fever',
    tier: 'see-doctor-today',
    label: 'A fever, or feeling very unwell, with your back pain',
    terms: ['fever', 'feeling very unwell', 'generally unwell'],
  },
  {
    key: 'cancer_history',
    tier: 'see-doctor-today',
    label: 'A history of cancer',
    terms: ['history of cancer'],
  },
  {
    key: 'weight_loss',
    tier: 'see-doctor-today',
    label: 'Weight loss you can’t explain',
    terms: ['weight loss', 'unexplained weight'],
  },
  {
    key: 'night_pain',
    tier: 'see-doctor-today',
    label: 'Pain at night that doesn’t ease when you rest or change position',
    terms: ['night pain', 'pain at night'],
  },
  {
    key: 'trauma',
    tier: 'see-doctor-today',
    label: 'Pain that started after a significant fall or accident',
    terms: ['fall or accident', 'fall, crash', 'fall, collision', 'significant fall'],
  },
  {
    key: 'age_or_bone_risk',
    tier: 'see-doctor-today',
    label:
      'Back pain that is new after age 50, or if you have osteoporosis or take long-term steroids',
    terms: ['after age 50', 'long-term steroid', 'steroid medication'],
  },
  {
    key: 'immune_or_drug_use',
    tier: 'see-doctor-today',
    label: 'A weakened immune system, or injecting drugs',
    terms: ['immune system', 'injecting drugs', 'injected drug'],
  },
] as const satisfies readonly RedFlag[];

export type RedFlagKey = (typeof RED_FLAGS)[number]['key'];

/** Every key, as a non-empty tuple for `z.enum(RED_FLAG_KEYS)`. */
export const RED_FLAG_KEYS = RED_FLAGS.map((f) => f.key) as [RedFlagKey, ...RedFlagKey[]];

const byKey = new Map<string, RedFlag>(RED_FLAGS.map((f) => [f.key, f]));

export function isRedFlagKey(value: string): value is RedFlagKey {
  return byKey.has(value);
}

export function redFlag(key: RedFlagKey): RedFlag {
  return byKey.get(key)!;
}

/** The flags of one tier, in display order. */
export function redFlagsOf(tier: RedFlagTier): readonly RedFlag[] {
  return RED_FLAGS.filter((f) => f.tier === tier);
}

/** What to say about each tier: headings, the sentence before the list, and what booking does. */
export const TIER_GUIDANCE = {
  emergency: {
    heading: `Call ${EMERGENCY_NUMBER} now`,
    lead: `Call ${EMERGENCY_NUMBER} now, or go to the nearest emergency department, if you have any of these:`,
    booking:
      'Please don’t book online for these symptoms: they need emergency care first. Once you’ve been checked, we’re glad to see you.',
  },
  'see-doctor-today': {
    heading: 'See a doctor today',
    lead: 'See a doctor today (your own doctor, an urgent care clinic or an emergency department) if your back pain comes with any of these:',
    booking:
      'You can still book with us, but please see a doctor today as well, before your visit if you can, and tell your practitioner what you ticked.',
  },
} as const satisfies Record<RedFlagTier, { heading: string; lead: string; booking: string }>;

/** The closing line when none of the warning signs apply. */
export const NO_RED_FLAGS = `If none of these apply, your pain is most likely the everyday mechanical kind: ${URGENCY.book} or follow the self-care advice on this site.`;

/** Said once beside every list: this is education, and the clinic is not an emergency service. */
export const NOT_AN_EMERGENCY_SERVICE =
  'We are not an emergency service. This information is general education, not a diagnosis.';

/** What the practitioner sees on an appointment booked after a second-tier acknowledgement. */
export const SCREENING_ACKNOWLEDGED = 'screening: see-a-doctor-today acknowledged';

export interface Triage {
  /** The highest tier among the ticked flags; null when none were ticked. */
  tier: RedFlagTier | null;
  emergency: RedFlag[];
  seeDoctorToday: RedFlag[];
}

/**
 * Sorts ticked keys into tiers, each in display order. Unknown keys are ignored here: callers validate input with
 * `z.enum(RED_FLAG_KEYS)` first.
 */
export function triageRedFlags(keys: readonly string[]): Triage {
  // In the module's order, whatever order they were ticked in: lists and stored answers read alike.
  const chosen = new Set(keys);
  const ticked: RedFlag[] = RED_FLAGS.filter((f) => chosen.has(f.key));
  const emergency = ticked.filter((f) => f.tier === 'emergency');
  const seeDoctorToday = ticked.filter((f) => f.tier === 'see-doctor-today');
  return {
    tier: emergency.length ? 'emergency' : seeDoctorToday.length ? 'see-doctor-today' : null,
    emergency,
    seeDoctorToday,
  };
}

/**
 * The guidance as plain text (e-mails, plain-text pages): the tier's heading, lead and list,
 * then what it means for booking. `flags` narrows the list to what a patient ticked.
 */
export function redFlagGuidanceText(tier: RedFlagTier, flags?: readonly RedFlag[]): string {
  const guidance = TIER_GUIDANCE[tier];
  const list = (flags ?? redFlagsOf(tier)).map((f) => `- ${f.label}`).join('\n');
  return `${guidance.heading}\n${guidance.lead}\n${list}\n${guidance.booking}`;
}

/** Each key's label, for showing stored answers (intake views, exports). */
export const RED_FLAG_LABELS: Readonly<Record<string, string>> = Object.fromEntries(
  RED_FLAGS.map((f) => [f.key, f.label]),
);

/** What the patient confirms to book with a see-a-doctor-today flag (the booking form's tick box). */
export const SCREENING_ACKNOWLEDGEMENT = `I understand I should ${URGENCY.seeDoctorToday}, and I still want to book this visit`;

/** Said when a see-a-doctor-today flag is ticked but the acknowledgement is not. */
export const SCREENING_ACKNOWLEDGEMENT_REQUIRED = `Please tick the box to confirm you’ll ${URGENCY.seeDoctorToday}, or untick the warning signs that don’t apply.`;

/** Said when an emergency flag stops an online booking (the flow and the API's 422 `red_flags`). */
export const EMERGENCY_BOOKING_REFUSAL = `Thank you for telling us. We have not booked this visit: what you ticked needs emergency care first. ${TIER_GUIDANCE.emergency.heading}, or go to the nearest emergency department. Once you’ve been checked, we’re glad to see you.`;

/**
 * What an online booking may do with the warning signs a patient ticked: stop (an emergency
 * flag), ask for the acknowledgement (a see-a-doctor-today flag without it), or go ahead — with
 * the acknowledged flags stored on the appointment for the practitioner.
 */
export type BookingScreening =
  | { kind: 'clear' }
  | { kind: 'emergency'; flags: RedFlag[] }
  | { kind: 'needs_acknowledgement'; flags: RedFlag[] }
  | { kind: 'acknowledged'; flags: RedFlag[] };

export function bookingScreening(
  keys: readonly string[],
  acknowledged: boolean | undefined,
): BookingScreening {
  const triage = triageRedFlags(keys);
  if (triage.tier === 'emergency') return { kind: 'emergency', flags: triage.emergency };
  if (triage.tier === null) return { kind: 'clear' };
  return acknowledged === true
    ? { kind: 'acknowledged', flags: triage.seeDoctorToday }
    : { kind: 'needs_acknowledgement', flags: triage.seeDoctorToday };
}
