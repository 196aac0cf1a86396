/** Longest side sent to the server; it makes 640 px variants, so this leaves room to crop. */
const MAX_SIDE = 1600;
/** Below the 1 MB server-action limit, with room for the rest of the request. */
const MAX_BYTES = 900 * 1024;
const TYPES = new Set(['image/jpeg', 'image/png', 'image/webp']);

/**
 * Shrinks a chosen photo in the browser to a JPEG the server action can take. Small files in an
 * accepted format go as they are; the server re-encodes everything anyway.
 */
export async function shrinkPhoto(file: File): Promise<Blob> {
  if (!TYPES.has(file.type)) throw new Error('Use a JPEG, PNG or WebP photo.');
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' });
  } catch {
    throw new Error(
      'That file isn’t an image this browser can read. Use a JPEG, PNG or WebP photo.',
    );
  }
  const scale = Math.min(1, MAX_SIDE / Math.max(bitmap.width, bitmap.height));
  if (scale === 1 && file.size <= MAX_BYTES) {
    bitmap.close();
    return file;
  }
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(bitmap.width * scale);
  canvas.height = Math.round(bitmap.height * scale);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('This browser can’t prepare the photo. Try another browser.');
  context.fillStyle = '#ffffff'; // transparent PNGs would turn black in a JPEG
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
  bitmap.close();
  for (const quality of [0.9, 0.8, 0.7, 0.6]) {
    const blob = await new Promise<Blob | null>((resolve) =>
      canvas.toBlob(resolve, 'image/jpeg', quality),
    );
    if (blob && blob.size <= MAX_BYTES) return blob;
  }
  throw new Error('That photo is too detailed to send. Try a smaller one.');
}
