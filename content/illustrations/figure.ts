/**
 * The exercise illustrations' one drawing style: a stick figure built from joint angles, drawn
 * twice side by side (start, then end) with the start pose ghosted behind the end pose and arrows
 * from where the moving joints start to where they finish. Pure functions returning SVG text;
 * content/illustrations/build.ts writes the files into public/illustrations.
 *
 * Angles are in degrees in SVG's frame: 0 points right, 90 points down, -90 points up.
 */

export type Point = readonly [number, number];

export interface Limbs {
  upperArm: number;
  forearm: number;
  thigh: number;
  shin: number;
  /** Heel to toe. */
  foot: number;
}

export interface Pose {
  /** Where the pelvis is, in a 320 × 230 panel whose floor is at y = FLOOR. */
  hip: Point;
  /** Pelvis → shoulders. */
  torso: number;
  /** Shoulders → head; defaults to the torso's angle. */
  neck?: number;
  /** The side nearer the viewer, drawn dark and on top. */
  near: Limbs;
  /** The far side, drawn lighter and behind. */
  far: Limbs;
  /** Bows the back: its middle rises this many px (negative sags), for tilts and cat-cow. */
  arch?: number;
}

export type JointName =
  'head' | 'shoulder' | 'hip' | `${'near' | 'far'}${'Elbow' | 'Hand' | 'Knee' | 'Ankle' | 'Toe'}`;

export type Prop =
  | { kind: 'mat'; from: number; to: number }
  | { kind: 'wall'; x: number }
  | { kind: 'box'; x: number; width: number; height: number }
  | { kind: 'roller'; at: Point }
  | { kind: 'line'; from: JointName | Point; to: JointName | Point; dashed?: boolean };

export interface Arrow {
  joint: JointName;
  /** Which way the arrow bows: 1 or -1 (0 for straight). */
  bend?: number;
}

export interface Figure {
  start: Pose;
  end: Pose;
  /** Panel titles; "Start" and "End" unless the picture compares two things. */
  labels?: readonly [string, string];
  arrows?: readonly Arrow[];
  /** Arrows between two points of the end panel, for movements no joint shows (a back flattening). */
  extraArrows?: ReadonlyArray<readonly [Point, Point, number]>;
  props?: readonly Prop[];
  /** Draw the start pose faintly behind the end pose (default true). */
  ghost?: boolean;
}

export const PANEL_WIDTH = 320;
export const PANEL_HEIGHT = 230;
export const FLOOR = 206;
/** The area under the label that a figure is scaled to fill, and the largest scale used. */
const FIT = { left: 20, right: PANEL_WIDTH - 20, top: 48, maxScale: 1.6 };
const STROKE = 6;

const LENGTH = {
  torso: 56,
  neck: 22,
  head: 12,
  upperArm: 28,
  forearm: 26,
  thigh: 40,
  shin: 38,
  foot: 13,
};

const INK = '#1f4e5f';
const FAR = '#6f959f';
const GHOST = '#b9d2d6';
const ARROW = '#b4532a';
const PROP = '#d6c3a3';

function step([x, y]: Point, angle: number, length: number): Point {
  const radians = (angle * Math.PI) / 180;
  return [x + Math.cos(radians) * length, y + Math.sin(radians) * length];
}

export type Joints = Record<JointName, Point>;

/** Every joint of a pose, in panel coordinates. */
export function joints(pose: Pose): Joints {
  const shoulder = step(pose.hip, pose.torso, LENGTH.torso);
  const head = step(shoulder, pose.neck ?? pose.torso, LENGTH.neck);
  const side = (limbs: Limbs) => {
    const elbow = step(shoulder, limbs.upperArm, LENGTH.upperArm);
    const hand = step(elbow, limbs.forearm, LENGTH.forearm);
    const knee = step(pose.hip, limbs.thigh, LENGTH.thigh);
    const ankle = step(knee, limbs.shin, LENGTH.shin);
    const toe = step(ankle, limbs.foot, LENGTH.foot);
    return { elbow, hand, knee, ankle, toe };
  };
  const near = side(pose.near);
  const far = side(pose.far);
  return {
    head,
    shoulder,
    hip: pose.hip,
    nearElbow: near.elbow,
    nearHand: near.hand,
    nearKnee: near.knee,
    nearAnkle: near.ankle,
    nearToe: near.toe,
    farElbow: far.elbow,
    farHand: far.hand,
    farKnee: far.knee,
    farAnkle: far.ankle,
    farToe: far.toe,
  };
}

const fmt = (n: number) => (Math.round(n * 10) / 10).toString();
const pts = (points: readonly Point[]) => points.map(([x, y]) => `${fmt(x)},${fmt(y)}`).join(' ');

function drawPose(pose: Pose, tone: 'solid' | 'ghost'): string {
  const j = joints(pose);
  const near = tone === 'ghost' ? GHOST : INK;
  const far = tone === 'ghost' ? GHOST : FAR;
  const dash = tone === 'ghost' ? ' stroke-dasharray="2 9"' : '';
  const limb = (color: string, points: Point[]) =>
    `<polyline points="${pts(points)}" stroke="${color}"${dash}/>`;
  return [
    limb(far, [j.shoulder, j.farElbow, j.farHand]),
    limb(far, [j.hip, j.farKnee, j.farAnkle, j.farToe]),
    back(near, pose, j, dash),
    limb(near, [j.shoulder, step(j.shoulder, pose.neck ?? pose.torso, 8)]),
    `<circle cx="${fmt(j.head[0])}" cy="${fmt(j.head[1])}" r="${LENGTH.head}" stroke="${near}"${dash}/>`,
    limb(near, [j.hip, j.nearKnee, j.nearAnkle, j.nearToe]),
    limb(near, [j.shoulder, j.nearElbow, j.nearHand]),
  ].join('');
}

function back(color: string, pose: Pose, j: Joints, dash: string): string {
  const [hx, hy] = j.hip;
  const [sx, sy] = j.shoulder;
  // A quadratic curve through a lifted midpoint: its control point sits twice as far out.
  const cx = (hx + sx) / 2;
  const cy = (hy + sy) / 2 - 2 * (pose.arch ?? 0);
  return `<path d="M${fmt(hx)} ${fmt(hy)}Q${fmt(cx)} ${fmt(cy)} ${fmt(sx)} ${fmt(sy)}" stroke="${color}"${dash}/>`;
}

function resolve(point: JointName | Point, pose: Pose): Point {
  return typeof point === 'string' ? joints(pose)[point] : point;
}

function drawProps(props: readonly Prop[], pose: Pose): string {
  return props
    .map((prop) => {
      switch (prop.kind) {
        case 'mat':
          return `<rect x="${prop.from}" y="${FLOOR - 2}" width="${prop.to - prop.from}" height="6" rx="3" fill="${PROP}" stroke="none"/>`;
        case 'wall':
          return `<path d="M${prop.x} ${FLOOR}V40" stroke="${PROP}" stroke-width="8"/>`;
        case 'box':
          return `<rect x="${prop.x}" y="${FLOOR - prop.height}" width="${prop.width}" height="${prop.height}" rx="4" fill="${PROP}" stroke="none"/>`;
        case 'roller':
          return `<circle cx="${prop.at[0]}" cy="${prop.at[1]}" r="12" fill="${PROP}" stroke="none"/>`;
        case 'line': {
          const [a, b] = [resolve(prop.from, pose), resolve(prop.to, pose)];
          return `<path d="M${fmt(a[0])} ${fmt(a[1])}L${fmt(b[0])} ${fmt(b[1])}" stroke="${ARROW}" stroke-width="3"${prop.dashed ? ' stroke-dasharray="4 5"' : ''}/>`;
        }
      }
    })
    .join('');
}

function drawArrow(from: Point, to: Point, bend: number): string {
  const [dx, dy] = [to[0] - from[0], to[1] - from[1]];
  const length = Math.hypot(dx, dy);
  if (length < 6) return '';
  // Stop short of both joints so the arrow doesn't hide them.
  const trim = Math.min(10, length / 4);
  const a: Point = [from[0] + (dx / length) * trim, from[1] + (dy / length) * trim];
  const b: Point = [to[0] - (dx / length) * trim, to[1] - (dy / length) * trim];
  const control: Point = [
    (a[0] + b[0]) / 2 - (dy / length) * length * 0.25 * bend,
    (a[1] + b[1]) / 2 + (dx / length) * length * 0.25 * bend,
  ];
  return `<path d="M${fmt(a[0])} ${fmt(a[1])}Q${fmt(control[0])} ${fmt(control[1])} ${fmt(b[0])} ${fmt(b[1])}" stroke="${ARROW}" stroke-width="3.5" marker-end="url(#arrowhead)"/>`;
}

/** Scale and horizontal shift that fit both poses (and props) into a panel, feet on the floor. */
function fit(figure: Figure): { scale: number; shift: number } {
  const points = [figure.start, figure.end].flatMap((p) => Object.values(joints(p)));
  const heads = [figure.start, figure.end].map((p) => joints(p).head);
  const xs = [...points.map((p) => p[0]), ...heads.flatMap(([x]) => [x - 14, x + 14])];
  const ys = [...points.map((p) => p[1]), ...heads.map(([, y]) => y - 14)];
  for (const prop of figure.props ?? []) {
    if (prop.kind === 'mat') xs.push(prop.from, prop.to);
    if (prop.kind === 'box') {
      xs.push(prop.x, prop.x + prop.width);
      ys.push(FLOOR - prop.height);
    }
    if (prop.kind === 'roller') xs.push(prop.at[0] - 12, prop.at[0] + 12);
    if (prop.kind === 'wall') {
      xs.push(prop.x);
      ys.push(40);
    }
  }
  const [minX, maxX, minY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys)];
  const scale = Math.min(
    FIT.maxScale,
    (FIT.right - FIT.left) / (maxX - minX),
    (FLOOR - FIT.top) / (FLOOR - minY),
  );
  return { scale, shift: PANEL_WIDTH / 2 - (minX + maxX) / 2 };
}

function panel(
  offset: number,
  label: string,
  body: string,
  { scale, shift }: { scale: number; shift: number },
): string {
  const centre = PANEL_WIDTH / 2;
  return [
    `<g transform="translate(${offset} 0)">`,
    `<rect x="6" y="6" width="${PANEL_WIDTH - 12}" height="${PANEL_HEIGHT - 12}" rx="14" fill="#fbf8f3" stroke="#e6d8c1" stroke-width="2"/>`,
    `<text x="22" y="34" font-family="system-ui, -apple-system, 'Segoe UI', sans-serif" font-size="16" font-weight="700" fill="${INK}">${label}</text>`,
    `<path d="M18 ${FLOOR}H${PANEL_WIDTH - 18}" stroke="#d6c3a3" stroke-width="3"/>`,
    `<g transform="translate(${centre} ${FLOOR}) scale(${fmt(scale)}) translate(${fmt(shift - centre)} ${-FLOOR})" fill="none" stroke-width="${fmt(STROKE / scale)}" stroke-linecap="round" stroke-linejoin="round">${body}</g>`,
    '</g>',
  ].join('');
}

/** The whole illustration: two panels, 640 × 230. */
export function renderFigure(figure: Figure, title: string): string {
  const [startLabel, endLabel] = figure.labels ?? ['Start', 'End'];
  const props = figure.props ?? [];
  const startJoints = joints(figure.start);
  const endJoints = joints(figure.end);
  const arrows =
    (figure.arrows ?? [])
      .map((arrow) => drawArrow(startJoints[arrow.joint], endJoints[arrow.joint], arrow.bend ?? 1))
      .join('') +
    (figure.extraArrows ?? []).map(([from, to, bend]) => drawArrow(from, to, bend)).join('');
  const ghost = figure.ghost === false ? '' : drawPose(figure.start, 'ghost');
  const placement = fit(figure);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${PANEL_WIDTH * 2} ${PANEL_HEIGHT}" width="${PANEL_WIDTH * 2}" height="${PANEL_HEIGHT}">`,
    `<title>${escapeXml(title)}</title>`,
    `<defs><marker id="arrowhead" viewBox="0 0 10 10" refX="6" refY="5" markerWidth="4" markerHeight="4" orient="auto-start-reverse"><path d="M0 0L10 5L0 10Z" fill="${ARROW}"/></marker></defs>`,
    panel(
      0,
      startLabel,
      drawProps(props, figure.start) + drawPose(figure.start, 'solid'),
      placement,
    ),
    panel(
      PANEL_WIDTH,
      endLabel,
      drawProps(props, figure.end) + ghost + drawPose(figure.end, 'solid') + arrows,
      placement,
    ),
    '</svg>',
    '',
  ].join('');
}

function escapeXml(value: string): string {
  return value.replace(/[<>&"]/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Angles of a two-segment limb from `base` reaching `target`; `bend` picks which way the middle joint points. */
export function reach(
  base: Point,
  target: Point,
  first: number,
  second: number,
  bend: 1 | -1,
): [number, number] {
  const [dx, dy] = [target[0] - base[0], target[1] - base[1]];
  const d = Math.min(Math.hypot(dx, dy), first + second - 0.01);
  const toTarget = Math.atan2(dy, dx);
  const cos = (first * first + d * d - second * second) / (2 * first * d);
  const a1 = toTarget + bend * Math.acos(Math.max(-1, Math.min(1, cos)));
  const middle: Point = [base[0] + Math.cos(a1) * first, base[1] + Math.sin(a1) * first];
  const a2 = Math.atan2(target[1] - middle[1], target[0] - middle[0]);
  const deg = (r: number) => (r * 180) / Math.PI;
  return [deg(a1), deg(a2)];
}

type LimbSpec = {
  /** Hand position (arms) or ankle position (legs); or give the angles directly. */
  to?: Point;
  bend?: 1 | -1;
  angles?: readonly [number, number];
};

export interface PoseSpec {
  hip: Point;
  torso: number;
  neck?: number;
  arch?: number;
  nearArm: LimbSpec;
  farArm?: LimbSpec;
  nearLeg: LimbSpec;
  farLeg?: LimbSpec;
  nearFoot?: number;
  farFoot?: number;
}

/**
 * A pose from where the hands and ankles should be (solved for elbows and knees), so feet stay
 * planted between the start and end pictures. The far limbs copy the near ones unless given.
 */
export function pose(spec: PoseSpec): Pose {
  const shoulder = step(spec.hip, spec.torso, LENGTH.torso);
  const solve = (limb: LimbSpec, base: Point, a: number, b: number): [number, number] =>
    limb.angles
      ? [limb.angles[0], limb.angles[1]]
      : reach(base, limb.to ?? base, a, b, limb.bend ?? 1);
  const arm = (limb: LimbSpec) => solve(limb, shoulder, LENGTH.upperArm, LENGTH.forearm);
  const leg = (limb: LimbSpec) => solve(limb, spec.hip, LENGTH.thigh, LENGTH.shin);
  const [nu, nf] = arm(spec.nearArm);
  const [fu, ff] = arm(spec.farArm ?? spec.nearArm);
  const [nt, ns] = leg(spec.nearLeg);
  const [ft, fs] = leg(spec.farLeg ?? spec.nearLeg);
  return {
    hip: spec.hip,
    torso: spec.torso,
    neck: spec.neck,
    arch: spec.arch,
    near: { upperArm: nu, forearm: nf, thigh: nt, shin: ns, foot: spec.nearFoot ?? 0 },
    far: {
      upperArm: fu,
      forearm: ff,
      thigh: ft,
      shin: fs,
      foot: spec.farFoot ?? spec.nearFoot ?? 0,
    },
  };
}
