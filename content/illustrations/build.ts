import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { renderFigure } from './figure';
import { figures } from './poses';

/**
 * Writes every exercise illustration into public/illustrations (`npm run content:illustrations`).
 * The SVG <title> repeats the file's name; the meaningful alt text lives in each article, beside
 * the exercise it shows.
 */
export function renderAll(): Map<string, string> {
  return new Map(
    Object.entries(figures).map(([name, figure]) => [`${name}.svg`, renderFigure(figure, name)]),
  );
}

async function main() {
  const dir = path.join(process.cwd(), 'public', 'illustrations');
  await mkdir(dir, { recursive: true });
  for (const [file, svg] of renderAll()) await writeFile(path.join(dir, file), svg);
  console.log(`Wrote ${Object.keys(figures).length} illustrations to ${dir}`);
}

if (
  process.argv[1] &&
  path.resolve(process.argv[1]).endsWith(path.join('illustrations', 'build.ts'))
)
  void main();
