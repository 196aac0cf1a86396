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
  // Fictional plans for the demo: a real clinic lists the plans it is in network with.
  insurers: [
    'Cascade Mutual Health',
    'Columbia Valley Health Plan',
    'Evergreen Workers’ Benefit Trust',
  ],
  insuranceNote:
    'We are in network with the plans below for chiropractic care. Before your first visit we check your benefits and tell you what you are likely to pay; any copay or coinsurance is due at the visit.',
  offersSuperbills: true,
  paymentMethods: ['Credit and debit cards', 'HSA and FSA cards', 'Cash'],
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

## Who it may help
Anyone new to the clinic, and anyone whose pain has changed since their last visit. Spinal decompression and neuromuscular re-education start with this visit so we can check they suit you.

## What a session is like
Wear clothes you can move in. We explain what we find in plain words, tell you whether imaging or another specialist would help, and agree a plan together. If it is appropriate and you are comfortable, the visit can finish with a first gentle treatment.`,
    evidence:
      'Guidelines recommend that back pain is assessed with a careful history and examination; for most people that is enough to plan care, and scans are not needed.',
    contraindications: [
      'None for the conversation and examination: we skip or adapt any test you would rather not have or that hurts too much.',
    ],
    commonRisks: ['Some movement tests can briefly bring on your usual pain.'],
    rareRisks: [
      'A first treatment at the end of the visit carries the risks listed on that therapy’s page, and only happens with your agreement.',
    ],
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
A chiropractor uses their hands to move a stiff joint of the spine or pelvis in a quick, controlled way, or with slower mobilization if you prefer. Adjustments sit alongside exercise and advice, not in place of them.

## Who it may help
Runners with stiffness or mechanical lower-back pain, and patients following a plan agreed at their consultation.

## What a session is like
A short check-in on how your back has been, a few movement tests, the adjustment itself (you may hear a harmless pop), and one or two exercises to take home.`,
    evidence:
      'Guidelines from the American College of Physicians and NICE list spinal manipulation as one option for low back pain alongside exercise; reviews find its benefit is small to moderate and about the same as other recommended treatments.',
    contraindications: [
      'A suspected or recent fracture, or bones weakened by osteoporosis',
      'Cancer or an infection affecting the spine',
      'Spinal surgery or fusion at the level to be treated',
      'Inflammatory arthritis of the spine during a flare',
      'Any of the warning signs listed below: see a doctor first',
      'Blood-thinning medicine or a bleeding disorder: we use gentler techniques instead',
    ],
    commonRisks: [
      'Soreness or stiffness in the treated area for a day or two',
      'Tiredness or a mild headache on the day',
    ],
    rareRisks: [
      'A disc problem getting worse, very rarely with serious nerve compression',
      'A rib or spinal fracture in people whose bones are weaker than expected',
    ],
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

## Who it may help
Runners who feel tight, restricted or sore after long runs or a jump in mileage, and people whose stiffness limits their stride.

## What a session is like
You stay comfortably dressed or draped. Pressure is firm but should never be sharp; tell us at any time if you want it lighter. We finish with stretches to keep the gains between visits.`,
    evidence:
      'Massage and other soft-tissue therapy can ease low back pain for a short time, and the American College of Physicians lists massage as an option; research on myofascial release itself is limited, so we use it alongside exercise, not instead of it.',
    contraindications: [
      'Broken, infected or sunburned skin, or a rash over the area',
      'A painful, swollen calf or another suspected blood clot',
      'A recent fracture or muscle tear in the area',
      'Blood-thinning medicine or easy bruising: we keep the pressure light',
    ],
    commonRisks: [
      'Tenderness or soreness for a day or two',
      'Redness of the skin where pressure was held',
    ],
    rareRisks: ['Bruising', 'Serious harm from soft-tissue therapy is very rare'],
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
You lie on a padded table with a harness at the hips while a motorized unit applies slow, gentle traction in cycles of pull and release. It is a form of mechanical traction.

## What the guidelines say
NICE, the body that writes England’s clinical guidelines, recommends against offering traction for low back pain, with or without sciatica, because trials have not shown that it helps. A Cochrane review came to the same conclusion. We would rather you hear that from us.

## Who it may help, and why we still offer it
We offer it only as a short trial, never as a first treatment: for adults with leg pain from a disc who have not improved after several weeks of exercise and advice, who have heard the evidence and still want to try it. We agree a review after three sessions and stop if it isn’t helping. It always sits alongside an exercise plan, and new patients start with a consultation so we can check it is safe for them.

## What a session is like
You stay clothed and can stop the table at any moment. Most people find it relaxing. A session includes set-up, around 20 to 25 minutes of traction, and a short check afterward.`,
    evidence:
      'Trials have not shown that traction helps low back pain or sciatica, and NICE recommends against offering it; we offer it only as a short, reviewed trial alongside exercise for people who want to try it after hearing this.',
    contraindications: [
      'Pregnancy',
      'Osteoporosis or another condition that weakens bone',
      'A recent spinal fracture',
      'Spinal implants such as screws, rods or a disc replacement, or recent spinal surgery',
      'A tumor or infection of the spine',
      'Any of the warning signs listed below: see a doctor first',
    ],
    commonRisks: [
      'A short-lived increase in back or leg pain after a session',
      'Soreness where the harness sits',
    ],
    rareRisks: [
      'Nerve symptoms in the leg getting worse: stop the session and tell us straight away',
    ],
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

## Who it may help
Runners whose back pain keeps returning, whose form falls apart late in a run, or who are returning after an injury. It follows a consultation so we can tailor it to you.

## What a session is like
Expect to move: activation drills, single-leg work, and cues you can feel. You leave with a short home program with sets and reps, and we progress it visit by visit.`,
    evidence:
      'Exercise is one of the best-supported treatments for persistent low back pain, and guidelines list motor control exercise among the options; no single type of exercise has been shown to be clearly better than the others.',
    contraindications: [
      'A doctor has told you not to exercise for now, for example after surgery or with an unstable heart condition',
      'A fracture or injury in the area being trained that has not healed yet',
    ],
    commonRisks: [
      'Muscle soreness for a day or two after a new exercise',
      'A short-lived rise in your usual pain',
    ],
    rareRisks: ['A strain or a fall during balance work: we start easy and keep support close by'],
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
    credentials: [
      'Doctor of Chiropractic (DC)',
      'Licensed chiropractic physician, Oregon',
      'Certified Chiropractic Sports Physician (CCSP)',
    ],
    interests: [
      'Lower-back and hip pain in distance runners',
      'Returning to running after a disc injury',
      'Marathon training your back can handle',
    ],
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
    credentials: [
      'Doctor of Chiropractic (DC)',
      'Licensed chiropractic physician, Oregon',
      'B.S. in Exercise Science',
    ],
    interests: [
      'Strength work for runners with recurring back pain',
      'Sciatica and leg pain',
      'Trail and ultra runners',
    ],
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
    credentials: [
      'Licensed Massage Therapist (LMT), Oregon',
      'Corrective Exercise Specialist (NASM-CES)',
    ],
    interests: ['Tight hips and hamstrings in trail runners', 'Movement coaching after injury'],
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
  'Jordan Lee',
  'Casey Brooks',
  'Riley Chen',
  'Morgan Diaz',
  'Taylor Nguyen',
  'Avery Johnson',
  'Quinn Walker',
  'Harper Singh',
  'Rowan Kelly',
  'Emerson Wright',
  'Dakota Flores',
  'Skyler Adams',
  'Jamie Rossi',
  'Parker Kim',
  'Reese Howard',
  'Finley Ortiz',
  'Sage Bennett',
  'Cameron Ali',
  'Elliot Park',
  'Hayden Moore',
  'Blake Turner',
  'Logan Rivera',
  'Kendall Shaw',
  'Drew Hughes',
  'Noa Fischer',
  'Ari Cohen',
  'Lena Müller',
  'Tomás Silva',
  'Ines Dubois',
  'Kai Tanaka',
];
