/**
 * Drawn portraits for the demo team: simple flat illustrations made here from a few shapes, never
 * photographs of real people. The seed turns each into the same WebP variants an uploaded photo
 * gets (lib/images/portrait.ts), so the demo exercises the real pipeline.
 */

export interface PortraitStyle {
  background: string;
  skin: string;
  /** A shade darker than the skin, for the neck and ears. */
  shade: string;
  hair: string;
  hairStyle: 'curls' | 'short' | 'bun';
  top: string;
  glasses?: boolean;
  beard?: boolean;
}

function hairBack(s: PortraitStyle): string {
  if (s.hairStyle === 'curls') {
    const curls = [
      [215, 250, 62],
      [425, 250, 62],
      [230, 175, 70],
      [410, 175, 70],
      [320, 140, 85],
      [265, 135, 60],
      [375, 135, 60],
      [200, 330, 48],
      [440, 330, 48],
    ];
    return curls
      .map(([x, y, r]) => `<circle cx="${x}" cy="${y}" r="${r}" fill="${s.hair}"/>`)
      .join('');
  }
  if (s.hairStyle === 'bun')
    return `<circle cx="320" cy="128" r="58" fill="${s.hair}"/><ellipse cx="320" cy="255" rx="118" ry="128" fill="${s.hair}"/>`;
  return '';
}

function hairFront(s: PortraitStyle): string {
  if (s.hairStyle === 'short')
    return `<path d="M212 285 C205 185 260 150 320 150 C392 150 440 190 430 290 C418 238 395 215 350 210 C300 205 255 222 212 285 Z" fill="${s.hair}"/>`;
  if (s.hairStyle === 'bun')
    return `<path d="M214 292 C210 200 262 168 320 168 C380 168 430 200 426 292 C410 240 372 212 320 214 C268 212 230 240 214 292 Z" fill="${s.hair}"/>`;
  return `<path d="M222 262 C236 200 280 180 320 182 C366 180 404 202 418 262 C392 232 356 222 320 224 C284 222 248 232 222 262 Z" fill="${s.hair}"/>`;
}

function face(s: PortraitStyle): string {
  const eyes = `<ellipse cx="283" cy="302" rx="9" ry="11" fill="#1c2b31"/><ellipse cx="357" cy="302" rx="9" ry="11" fill="#1c2b31"/>`;
  const brows = `<path d="M263 278 Q283 266 303 276" stroke="${s.hair}" stroke-width="7" fill="none" stroke-linecap="round"/><path d="M337 276 Q357 266 377 278" stroke="${s.hair}" stroke-width="7" fill="none" stroke-linecap="round"/>`;
  const nose = `<path d="M320 312 Q312 340 322 346" stroke="${s.shade}" stroke-width="5" fill="none" stroke-linecap="round"/>`;
  const smile = `<path d="M288 370 Q320 396 352 370" stroke="#7a3b2e" stroke-width="7" fill="none" stroke-linecap="round"/>`;
  const beard = s.beard
    ? `<path d="M222 320 C228 420 280 450 320 450 C360 450 412 420 418 320 C404 372 372 392 320 392 C268 392 236 372 222 320 Z" fill="${s.hair}"/><path d="M292 372 Q320 388 348 372" stroke="#f7f1e7" stroke-width="5" fill="none" stroke-linecap="round"/>`
    : '';
  const glasses = s.glasses
    ? `<g fill="none" stroke="#1c2b31" stroke-width="5"><circle cx="283" cy="304" r="27"/><circle cx="357" cy="304" r="27"/><path d="M310 302 Q320 296 330 302"/></g>`
    : '';
  return eyes + brows + nose + (s.beard ? beard : smile) + glasses;
}

/** A 640 × 640 SVG head-and-shoulders illustration. */
export function drawnPortrait(s: PortraitStyle): string {
  return [
    '<svg xmlns="http://www.w3.org/2000/svg" width="640" height="640" viewBox="0 0 640 640">',
    `<rect width="640" height="640" fill="${s.background}"/>`,
    `<circle cx="320" cy="300" r="250" fill="#ffffff" fill-opacity="0.25"/>`,
    hairBack(s),
    `<path d="M110 640 C112 520 200 468 320 468 C440 468 528 520 530 640 Z" fill="${s.top}"/>`,
    `<rect x="284" y="380" width="72" height="110" rx="30" fill="${s.shade}"/>`,
    `<path d="M270 470 L320 540 L370 470" fill="none" stroke="#ffffff" stroke-opacity="0.5" stroke-width="10" stroke-linejoin="round"/>`,
    `<ellipse cx="214" cy="312" rx="20" ry="30" fill="${s.shade}"/><ellipse cx="426" cy="312" rx="20" ry="30" fill="${s.shade}"/>`,
    `<ellipse cx="320" cy="300" rx="106" ry="124" fill="${s.skin}"/>`,
    hairFront(s),
    face(s),
    '</svg>',
  ].join('');
}

/** The demo practitioners' portraits, by practitioner slug. */
export const demoPortraits: Record<string, PortraitStyle> = {
  'maya-okafor': {
    background: '#b9d2d6',
    skin: '#8d5a3b',
    shade: '#74462c',
    hair: '#1f1a17',
    hairStyle: 'curls',
    top: '#2f6f7e',
  },
  'daniel-reyes': {
    background: '#f1e8d9',
    skin: '#d29f78',
    shade: '#b98562',
    hair: '#3a2a20',
    hairStyle: 'short',
    top: '#8a5a2b',
    beard: true,
  },
  'priya-nair': {
    background: '#e3d9ee',
    skin: '#a8714c',
    shade: '#8f5d3c',
    hair: '#1c1716',
    hairStyle: 'bun',
    top: '#6b4e8a',
    glasses: true,
  },
};
