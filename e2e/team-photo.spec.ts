import { expect, test } from '@playwright/test';
import sharp from 'sharp';
import { signInAsAdmin } from './public-pages';
import { axeViolations } from './a11y';

/** A 3000 × 4000 JPEG: bigger than a server action takes, so the browser must shrink it first. */
async function largePhoto(): Promise<Buffer> {
  return sharp({
    create: {
      width: 3000,
      height: 4000,
      channels: 3,
      background: { r: 90, g: 140, b: 160 },
      // Camera-like grain, so the file is as large as a real phone photo.
      noise: { type: 'gaussian', mean: 120, sigma: 12 },
    },
  })
    .composite([
      {
        input: await sharp({
          create: {
            width: 1200,
            height: 1200,
            channels: 3,
            background: { r: 230, g: 180, b: 140 },
          },
        })
          .png()
          .toBuffer(),
        top: 900,
        left: 900,
      },
    ])
    .jpeg({ quality: 98 })
    .toBuffer();
}

test('an admin uploads a practitioner photo and the team page shows it', async ({ page }) => {
  await signInAsAdmin(page);
  await page.goto('/dashboard/clinic');
  await page.getByRole('link', { name: 'Priya Nair' }).click();
  const panel = page.getByRole('region', { name: 'Photo' });
  await expect(panel.getByRole('img', { name: 'Current photo of Priya Nair' })).toBeVisible();

  // Not a photo: explained beside the field, nothing sent.
  await panel.getByLabel('New photo').setInputFiles({
    name: 'notes.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from('hello'),
  });
  await panel.getByRole('button', { name: 'Upload photo' }).click();
  await expect(panel.getByText('Use a JPEG, PNG or WebP photo.')).toBeVisible();
  await expect(panel.getByLabel('New photo')).toHaveAttribute('aria-invalid', 'true');

  await page.goto('/team');
  const before = await page
    .getByRole('img', { name: 'Portrait of Priya Nair' })
    .getAttribute('src');

  await page.goBack();
  const upload = await largePhoto();
  expect(upload.byteLength).toBeGreaterThan(1024 * 1024);
  await panel.getByLabel('New photo').setInputFiles({
    name: 'priya.jpg',
    mimeType: 'image/jpeg',
    buffer: upload,
  });
  await panel.getByRole('button', { name: 'Upload photo' }).click();
  await expect(panel.getByText('Photo saved. The team page shows it now.')).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);

  await page.goto('/team');
  const portrait = page.getByRole('img', { name: 'Portrait of Priya Nair' });
  await expect(portrait).toBeVisible();
  const after = await portrait.getAttribute('src');
  expect(after).not.toBe(before);
  // The new photo really loads (the image request finishes after the page itself).
  await expect
    .poll(() => portrait.evaluate((img: HTMLImageElement) => (img.complete ? img.naturalWidth : 0)))
    .toBeGreaterThan(0);
  const old = await page.request.get(before!);
  expect(old.status()).toBe(404);
});
