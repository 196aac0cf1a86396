import type { NewPractitioner, NewService } from '../schema';

/** A fictional clinic in a time zone with daylight saving time. Phone numbers are 555 test numbers. */
export const demoClinic = {
  name: 'Larkfield Stride Chiropractic',
  timeZone: 'America/Los_Angeles',
  addressLine1: '418 Alder Row, Suite 2',
  addressLine2: null,
  city: 'Portland',
  region: 'OR',
  postalCode: '97205',
  country: 'US',
  phone: '+1 503-555-0147',
  email: 'hello@larkfield-stride.example',
  minNoticeMinutes: 120,
  bookingHorizonDays: 60,
  slotStepMinutes: 15,
  cancellationCutoffHours: 24,
};

/** Public opening hours: [ISO weekday, opens, closes]. */
export const demoOpeningHours: Array<[number, string, string]> = [
  [1, '07:30', '19:00'],
  [2, '07:30', '19:00'],
  [3, '07:30', '19:00'],
  [4, '07:30', '19:00'],
  [5, '07:30', '17:00'],
  [6, '08:00', '13:00'],
];

export const demoServices: NewService[] = [
  {
    slug: 'new-patient-consultation',
    name: 'New-patient consultation and exam',
    summary:
      'Your first visit: we listen to the whole story, examine how your back and hips move, and agree a plan with you.',
    description: `## What it is
A relaxed, unhurried first appointment. We ask about your running, your training week, earlier injuries and what the pain stops you doing, then examine how your spine, pelvis and hips move and test strength, reflexes and sensation.

## Who it helps
Anyone new to the clinic, and anyone whose pain has changed since their last visit. Spinal decompression and neuromuscular re-education start with this visit so we can check they suit you.

## What a session is like
Wear clothes you can move in. We explain what we find in plain words, tell you whether imaging or another specialist would help, and agree a plan together. If it is appropriate and you are comfortable, the visit can finish with a first gentle treatment.`,
    durationMinutes: 60,
    priceCents: 12000,
    bufferBeforeMinutes: 0,
    bufferAfterMinutes: 10,
    requiresConsultation: false,
    sortOrder: 1,
  },
  {
    slug: 'chiropractic-adjustment',
    name: 'Chiropractic adjustment',
    summary:
      'Hands-on, controlled movements of stiff spinal and pelvic joints, paired with advice to keep you running.',
    description: `## What it is
A chiropractor uses their hands to move a stiff joint of the spine or pelvis in a quick, controlled way, or with slower mobilisation if you prefer. Adjustments sit alongside exercise and advice, not in place of them.

## Who it helps
Runners with stiffness or mechanical lower-back pain, and patients following a plan agreed at their consultation. Guidelines for low back pain list spinal manipulation as one reasonable option alongside staying active.

## What a session is like
A short check-in on how your back has been, a few movement tests, the adjustment itself (you may hear a harmless pop), and one or two exercises to take home. Mild soreness for a day afterwards is common.`,
    durationMinutes: 30,
    priceCents: 7500,
    bufferBeforeMinutes: 0,
    bufferAfterMinutes: 5,
    requiresConsultation: false,
    sortOrder: 2,
  },
  {
    slug: 'myofascial-release',
    name: 'Myofascial release',
    summary:
      'Slow, sustained pressure on tight muscles and connective tissue around the hips, glutes and lower back.',
    description: `## What it is
A hands-on soft-tissue therapy. The therapist applies steady, gentle pressure and stretch to tight areas, such as the glutes, hip flexors, hamstrings and the muscles alongside the spine, and holds it while the tissue eases.

## Who it helps
Runners who feel tight, restricted or sore after long runs or a jump in mileage, and people whose stiffness limits their stride.

## What a session is like
You stay comfortably dressed or draped. Pressure is firm but should never be sharp; tell us at any time if you want it lighter. We finish with stretches to keep the gains between visits.`,
    durationMinutes: 45,
    priceCents: 9500,
    bufferBeforeMinutes: 0,
    bufferAfterMinutes: 10,
    requiresConsultation: false,
    sortOrder: 3,
  },
  {
    slug: 'spinal-decompression',
    name: 'Spinal decompression therapy',
    summary:
      'Gentle, computer-controlled traction on a padded table that gradually unloads the lower spine.',
    description: `## What it is
You lie on a padded table with a harness at the hips while a motorised unit applies slow, gentle traction in cycles of pull and release. It aims to ease pressure on the lower spine.

## Who it helps
Some patients with disc-related pain or pain that travels into a leg. Research on traction is mixed, so we only suggest it after a consultation and exam, and always alongside exercise.

## What a session is like
You stay clothed and can stop the table at any moment. Most people find it relaxing. A session includes set-up, around 20 to 25 minutes of traction, and a short check afterwards.`,
    durationMinutes: 40,
    priceCents: 11000,
    bufferBeforeMinutes: 5,
    bufferAfterMinutes: 5,
    requiresConsultation: true,
    sortOrder: 4,
  },
  {
    slug: 'neuromuscular-re-education',
    name: 'Neuromuscular re-education',
    summary:
      'Guided exercise that retrains how your core, glutes and hips work together while you run.',
    description: `## What it is
Coached, progressive exercise that helps the muscles supporting your spine and pelvis switch on at the right moment. We work on balance, control and running-specific patterns, not just strength.

## Who it helps
Runners whose back pain keeps returning, whose form falls apart late in a run, or who are returning after an injury. It follows a consultation so we can tailor it to you.

## What a session is like
Expect to move: activation drills, single-leg work, and cues you can feel. You leave with a short home programme with sets and reps, and we progress it visit by visit.`,
    durationMinutes: 45,
    priceCents: 10000,
    bufferBeforeMinutes: 0,
    bufferAfterMinutes: 5,
    requiresConsultation: true,
    sortOrder: 5,
  },
];

export interface DemoPractitioner extends NewPractitioner {
  slug: string;
  email: string;
  services: string[];
  /** [ISO weekday, start, end] in clinic time. */
  hours: Array<[number, string, string]>;
}

export const demoPractitioners: DemoPractitioner[] = [
  {
    slug: 'maya-okafor',
    name: 'Dr. Maya Okafor',
    title: 'Doctor of Chiropractic',
    bio: 'Maya has run eleven marathons and treats runners of every pace. She focuses on lower-back and hip problems and on getting people back to running with a plan they understand.',
    color: '#2f6f7e',
    sortOrder: 1,
    email: 'maya.okafor@larkfield-stride.example',
    services: [
      'new-patient-consultation',
      'chiropractic-adjustment',
      'spinal-decompression',
      'neuromuscular-re-education',
    ],
    hours: [
      [1, '08:00', '16:00'],
      [2, '08:00', '16:00'],
      [3, '10:00', '18:30'],
      [5, '08:00', '16:00'],
      [6, '08:30', '12:30'],
    ],
  },
  {
    slug: 'daniel-reyes',
    name: 'Dr. Daniel Reyes',
    title: 'Doctor of Chiropractic, sports rehabilitation',
    bio: 'Daniel spent years in sports rehabilitation before joining the clinic. He loves the puzzle of why a back hurts and pairs adjustments with practical strength work.',
    color: '#8a5a2b',
    sortOrder: 2,
    email: 'daniel.reyes@larkfield-stride.example',
    services: [
      'new-patient-consultation',
      'chiropractic-adjustment',
      'spinal-decompression',
      'neuromuscular-re-education',
    ],
    hours: [
      [1, '11:00', '19:00'],
      [2, '11:00', '19:00'],
      [4, '07:30', '15:30'],
      [5, '09:00', '17:00'],
      [6, '08:00', '13:00'],
    ],
  },
  {
    slug: 'priya-nair',
    name: 'Priya Nair',
    title: 'Licensed massage therapist, myofascial and movement specialist',
    bio: 'Priya combines hands-on soft-tissue work with careful movement coaching. Trail runners especially appreciate her eye for how tight hips change a stride.',
    color: '#6b4e8a',
    sortOrder: 3,
    email: 'priya.nair@larkfield-stride.example',
    services: ['myofascial-release', 'neuromuscular-re-education'],
    hours: [
      [2, '09:00', '17:00'],
      [3, '09:00', '17:00'],
      [4, '11:00', '19:00'],
      [6, '09:00', '13:00'],
    ],
  },
];

export const demoOfficeStaff = [
  { email: 'admin@larkfield-stride.example', name: 'Alex Morgan', role: 'admin' as const },
  { email: 'frontdesk@larkfield-stride.example', name: 'Sam Patel', role: 'front_desk' as const },
];

/** Fictional patients for the demo schedule; every address is on the reserved example.com domain. */
export const demoPatientNames = [
  'Jordan Lee', 'Casey Brooks', 'Riley Chen', 'Morgan Diaz', 'Taylor Nguyen', 'Avery Johnson',
  'Quinn Walker', 'Harper Singh', 'Rowan Kelly', 'Emerson Wright', 'Dakota Flores', 'Skyler Adams',
  'Jamie Rossi', 'Parker Kim', 'Reese Howard', 'Finley Ortiz', 'Sage Bennett', 'Cameron Ali',
  'Elliot Park', 'Hayden Moore', 'Blake Turner', 'Logan Rivera', 'Kendall Shaw', 'Drew Hughes',
  'Noa Fischer', 'Ari Cohen', 'Lena Müller', 'Tomás Silva', 'Ines Dubois', 'Kai Tanaka',
];
