import type { Locator, Page } from '@playwright/test';
import { canaryPatient } from './canary';
import {
  addDays,
  bookFirstFree,
  expect,
  letters,
  minuteOf,
  openSlots,
  practitionerId,
  scheduleCard,
  test,
  today,
} from './staff-journeys';

/**
 * Every dialog and panel of the schedule by keyboard (WCAG 2.4.3): opening one moves focus into it
 * (its first control), and closing it — Escape, the Close button or its own way out — puts focus
 * back on what opened it, so a keyboard user carries on where they were. The appointment
 * record's "Edit details" has its own spec (e2e/panel-focus.spec.ts).
 */

test.use({ viewport: { width: 1366, height: 1500 } });

const SERVICE = 'chiropractic-adjustment';

/** An appointment of Dr. Okafor's on a day of its own, near the end of the booking horizon. */
async function scene(
  as: (role: 'desk') => Promise<Page>,
  request: Parameters<typeof openSlots>[0],
  daysAhead: number,
) {
  const maya = await practitionerId(request, 'maya-okafor');
  for (let d = addDays(today(), daysAhead), i = 0; i < 6; i++, d = addDays(d, 1)) {
    const slots = await openSlots(request, SERVICE, maya, d, d);
    if (slots.length < 3) continue;
    const patient = canaryPatient(`Focus${letters()}`);
    const start = await bookFirstFree(request, SERVICE, maya, slots.slice(0, -1), patient);
    const page = await as('desk');
    await page.goto(`/dashboard/schedule?date=${d}`);
    return { page, patient, maya, day: d, start, later: slots.at(-1)! };
  }
  throw new Error(`no day with openings from ${daysAhead} days ahead`);
}

/** Closes `dialog` with the key or button given and checks focus is back on `opener`. */
async function closeAndReturn(
  page: Page,
  dialog: Locator,
  opener: Locator,
  how: 'Escape' | string,
) {
  if (how === 'Escape') await page.keyboard.press('Escape');
  else {
    // The × comes first where a panel also has a Close button at its foot.
    await dialog.getByRole('button', { name: how, exact: true }).first().focus();
    await page.keyboard.press('Enter');
  }
  await expect(dialog).toBeHidden();
  await expect(opener).toBeFocused();
}

test('quick actions, cancel with a reason and Move… take focus in and give it back to the card', async ({
  as,
  request,
}) => {
  const { page, patient } = await scene(as, request, 52);
  const opener = scheduleCard(page, patient.name);
  const actions = page.getByRole('dialog', { name: patient.name });
  const open = async () => {
    await opener.focus();
    await page.keyboard.press('Enter');
    await expect(actions).toBeVisible();
  };

  // Quick actions: the first action has focus (a future visit: Move… comes first).
  for (const how of ['Escape', 'Close']) {
    await open();
    await expect(actions.getByRole('button', { name: 'Move…' })).toBeFocused();
    await closeAndReturn(page, actions, opener, how);
  }

  // Cancel with a reason: the reason field takes focus; "Keep it" hands it back to its button.
  await open();
  const cancelOpener = actions.getByRole('button', { name: 'Cancel appointment…' });
  await cancelOpener.focus();
  await page.keyboard.press('Enter');
  await expect(actions.getByLabel('Why is it cancelled?')).toBeFocused();
  await actions.getByRole('button', { name: 'Keep it' }).focus();
  await page.keyboard.press('Enter');
  await expect(actions.getByLabel('Why is it cancelled?')).toBeHidden();
  await expect(cancelOpener).toBeFocused();
  // And Escape from inside the reason closes the whole dialog, back to the card.
  await page.keyboard.press('Enter');
  await expect(actions.getByLabel('Why is it cancelled?')).toBeFocused();
  await closeAndReturn(page, actions, opener, 'Escape');

  // Move…: the quick actions give way to the move dialog, whose first field has focus; however
  // it closes, focus returns to the card (the Move… button went with the quick actions).
  const move = page.getByRole('dialog', { name: `Move ${patient.name}` });
  for (const how of ['Escape', 'Close', 'Keep it where it is']) {
    await open();
    await actions.getByRole('button', { name: 'Move…' }).focus();
    await page.keyboard.press('Enter');
    await expect(move).toBeVisible();
    await expect(move.getByLabel('Date')).toBeFocused();
    await closeAndReturn(page, move, opener, how);
  }
});

test('the new-appointment panel, from an empty time or a column’s “+”, and the move confirmation after a drag', async ({
  as,
  request,
}) => {
  const { page, patient, maya, start, later } = await scene(as, request, 55);
  const panel = page.getByRole('dialog', { name: 'New appointment' });
  const search = panel.getByLabel('Patient: name, e-mail or phone');

  // From the column heading's "+" (the keyboard's way to an empty time).
  const add = page.getByRole('button', { name: /^New appointment with Dr\. Maya Okafor/ });
  for (const how of ['Escape', 'Close']) {
    await add.focus();
    await page.keyboard.press('Enter');
    await expect(search).toBeFocused();
    await closeAndReturn(page, panel, add, how);
  }
  // The panel's own Close at its foot (× is the first button named Close).
  await add.focus();
  await page.keyboard.press('Enter');
  await expect(search).toBeFocused();
  await panel.getByRole('button', { name: 'Close', exact: true }).last().focus();
  await page.keyboard.press('Enter');
  await expect(panel).toBeHidden();
  await expect(add).toBeFocused();

  // From a click on an empty time: focus was on the schedule (the grid took it with the click),
  // and goes back there.
  const column = page.getByTestId(`column-${maya}`);
  const box = (await column.boundingBox())!;
  const startMin = Number(await column.getAttribute('data-start-min'));
  await page.mouse.click(box.x + box.width / 2, box.y + (minuteOf(later) - startMin) * 1.5 + 2);
  await expect(search).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(panel).toBeHidden();
  const grid = page.getByRole('region', { name: 'Day schedule by practitioner' });
  await expect(grid).toBeFocused();

  // The move confirmation after a drag: its first field, then back to the dragged card.
  const opener = scheduleCard(page, patient.name);
  const move = page.getByRole('dialog', { name: `Move ${patient.name}` });
  for (const how of ['Escape', 'Keep it where it is']) {
    const a = (await opener.boundingBox())!;
    const x = a.x + a.width / 2;
    const y = a.y + 6;
    await page.mouse.move(x, y);
    await page.mouse.down();
    await page.mouse.move(x + 8, y + 8, { steps: 4 });
    await page.mouse.move(x, y + (minuteOf(later) - minuteOf(start)) * 1.5, { steps: 12 });
    await page.mouse.up();
    await expect(move).toBeVisible();
    await expect(move.getByLabel('Date')).toBeFocused();
    await closeAndReturn(page, move, opener, how);
  }
});
