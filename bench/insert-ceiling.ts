/**
 * The PostgreSQL server's own ceiling for what one booking must at least do: commit one row into a
 * table shaped like `appointments` (same columns, defaults, checks, indexes, unique manage-token
 * hash and the `appointments_no_overlap` exclusion constraint; no foreign keys). pgbench runs a
 * custom script, one INSERT per transaction, with the booking benchmark's client count.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import postgres from 'postgres';

export const PGBENCH = process.env.PGBENCH_PATH ?? '/usr/lib/postgresql/15/bin/pgbench';

export interface InsertCeiling {
  clients: number;
  seconds: number;
  transactions: number;
  insertsPerSecond: number;
  latencyAvgMs: number | null;
}

// Three practitioners as in the demo clinic; every row gets its own hour, so none overlap and the
// exclusion constraint checks (and passes) on every insert, as it does for a real booking.
const SCRIPT = `\\set p random(1, 3)
insert into bench_insert_ceiling
  (practitioner_id, service_id, patient_id, starts_at, ends_at, status, source, patient_notes, intake, manage_token_hash)
select ('00000000-0000-4000-8000-00000000000' || :p)::uuid, '00000000-0000-4000-8000-000000000010',
  gen_random_uuid(), t, t + interval '45 minutes', 'booked', 'online', 'Benchmark',
  '{"painAreas":["lower_back"],"painDuration":"under_2_weeks","legPain":"no","redFlags":[]}'::jsonb,
  md5(random()::text || clock_timestamp()::text)
from (select timestamptz '2100-01-01 00:00+00' + nextval('bench_insert_slot') * interval '1 hour' as t) s;
`;

export async function insertCeiling(
  databaseUrl: string,
  clients: number,
  seconds = 10,
): Promise<InsertCeiling> {
  const sql = postgres(databaseUrl, { max: 1, onnotice: () => {} });
  try {
    await sql.unsafe(`
      drop table if exists bench_insert_ceiling;
      drop sequence if exists bench_insert_slot;
      create table bench_insert_ceiling
        (like appointments including defaults including constraints including indexes);
      create sequence bench_insert_slot;`);
  } finally {
    await sql.end();
  }
  const dir = mkdtempSync(path.join(tmpdir(), 'bench-pgbench-'));
  const file = path.join(dir, 'insert.sql');
  writeFileSync(file, SCRIPT);
  try {
    const u = new URL(databaseUrl);
    const args = [
      '-n',
      '-T',
      String(seconds),
      '-c',
      String(clients),
      '-j',
      String(Math.min(clients, 2)),
      '-f',
      file,
      '-h',
      u.hostname,
      '-p',
      u.port || '5432',
      '-U',
      decodeURIComponent(u.username || 'postgres'),
      decodeURIComponent(u.pathname.slice(1)),
    ];
    const env = { ...process.env, PGPASSWORD: decodeURIComponent(u.password) };
    const out = await capture(PGBENCH, args, env);
    const tps = /tps = ([\d.]+) \(without initial connection time\)/.exec(out);
    const processed = /number of transactions actually processed: (\d+)/.exec(out);
    const latency = /latency average = ([\d.]+) ms/.exec(out);
    if (!tps || !processed) throw new Error(`cannot read pgbench output:\n${out}`);
    if (/number of failed transactions: [1-9]/.test(out))
      throw new Error(`pgbench transactions failed:\n${out}`);
    return {
      clients,
      seconds,
      transactions: Number(processed[1]),
      insertsPerSecond: Number(Number(tps[1]).toFixed(1)),
      latencyAvgMs: latency ? Number(latency[1]) : null,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function capture(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.stderr.on('data', (c: Buffer) => (out += c.toString()));
    child.on('error', (e) => reject(new Error(`cannot run ${command}: ${e.message}`)));
    child.on('close', (code) =>
      code === 0 ? resolve(out) : reject(new Error(`${command} exited ${code}:\n${out}`)),
    );
  });
}
