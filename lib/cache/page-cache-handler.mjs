// Next.js's cache for prerendered public pages (next.config.ts → cacheHandler), loaded by Node at
// run time, hence plain JavaScript. Three jobs:
// 1. Keep each instance's pages in memory (bounded, least recently used out first): a cached page
//    is served without touching the database.
// 2. Give each stored page its own Content-Security-Policy: the hashes of its inline scripts
//    (lib/security/csp.mjs), because a page served from a cache cannot carry a per-request nonce.
// 3. Revalidation across instances: revalidateTag/revalidatePath on one instance expires the tags
//    here and sends PostgreSQL NOTIFY; every other instance LISTENs and expires the same tags.
//    When the listening connection is (re)established, notifications may have been missed, so
//    the instance drops every cached page and renders afresh. Without DATABASE_URL (the embedded
//    database: one process) there is nobody to tell.
import { randomUUID } from 'node:crypto';
import postgres from 'postgres';
import { hashPolicy } from '../security/csp.mjs';

const CHANNEL = 'clinic_page_cache';
// PAGE_CACHE_MAX_ENTRIES is validated by lib/env.ts (same default, 2000; a whole number from 1),
// whose check stops start-up on a bad value (instrumentation.ts → configurationOrExit) before any
// page is cached. This file cannot take the parsed value from there: Next loads it with Node's own
// loader, outside the bundled TypeScript graph, and Node 20 cannot import a TypeScript module;
// handing the value over through a global would be a hidden channel. So it reads the
// variable itself, which after that check can only be unset (the default) or a valid count.
const MAX_ENTRIES = Number(process.env.PAGE_CACHE_MAX_ENTRIES || 2000);
// A page whose render began before the data changed can be stored just after the tag expired: treat
// anything stored within this margin after an expiry as expired too (it is rendered once more).
const RACE_MARGIN_MS = 1500;
const TAGS_HEADER = 'x-next-cache-tags';
const instanceId = randomUUID();

/** @type {Map<string, { value: any, lastModified: number, cacheControl: any, tags: string[] }>} */
const entries = new Map();
/** @type {Map<string, number>} tag → when it expired, on this instance's clock */
const expiredAt = new Map();

/** @type {{ sql: import('postgres').Sql, ready: Promise<void> } | null | undefined} */
let broadcast;

function broadcastClient() {
  if (broadcast !== undefined) return broadcast;
  const url = process.env.DATABASE_URL;
  if (!url || process.env.NEXT_PHASE === 'phase-production-build') {
    broadcast = null;
    return broadcast;
  }
  // Its own two connections (one to LISTEN, one to NOTIFY), outside the app's pool: the listener
  // must stay connected while the pool is busy or reopened after an outage.
  const sql = postgres(url, { max: 1, connect_timeout: 5, idle_timeout: 0, onnotice: () => {} });
  const ready = sql
    .listen(
      CHANNEL,
      (payload) => {
        try {
          const message = JSON.parse(payload);
          if (message.from !== instanceId && Array.isArray(message.tags)) expire(message.tags);
        } catch {
          // not ours
        }
      },
      () => entries.clear(), // (re)connected: whatever was missed meanwhile is gone with the pages
    )
    .then(() => undefined)
    .catch(() => undefined); // postgres.js keeps retrying; pages still expire locally
  broadcast = { sql, ready };
  return broadcast;
}

/** @param {string[]} tags */
function expire(tags) {
  const now = Date.now();
  for (const tag of tags) expiredAt.set(tag, now);
}

/** @param {string[]} tags @param {number} storedAt */
function isExpired(tags, storedAt) {
  for (const tag of tags) {
    const at = expiredAt.get(tag);
    if (at !== undefined && at + RACE_MARGIN_MS >= storedAt) return true;
  }
  return false;
}

function tagsOf(data, ctx) {
  const header = data?.headers?.[TAGS_HEADER];
  const fromHeader = typeof header === 'string' && header ? header.split(',') : [];
  return [...fromHeader, ...(ctx?.tags ?? [])];
}

export default class PageCacheHandler {
  constructor() {
    broadcastClient();
  }

  async get(key, ctx) {
    const entry = entries.get(key);
    if (!entry) return null;
    if (
      isExpired([...entry.tags, ...(ctx?.tags ?? []), ...(ctx?.softTags ?? [])], entry.lastModified)
    ) {
      entries.delete(key);
      return null;
    }
    entries.delete(key); // most recently used goes last
    entries.set(key, entry);
    return {
      value: entry.value,
      lastModified: entry.lastModified,
      cacheControl: entry.cacheControl,
    };
  }

  async set(key, data, ctx) {
    if (!data) {
      entries.delete(key);
      return;
    }
    if (data.kind === 'APP_PAGE' && typeof data.html === 'string') {
      // The same object is sent with this response, so the first visitor gets the policy too.
      data.headers = data.headers ?? {};
      data.headers['content-security-policy'] = hashPolicy(data.html);
    }
    entries.delete(key);
    // A "not found" answer is sent (with its policy) but not kept: anyone can ask for endless
    // made-up URLs, and they must not fill the memory.
    if (data.status === 404) return;
    entries.set(key, {
      value: data,
      lastModified: Date.now(),
      cacheControl: ctx?.fetchCache ? undefined : ctx?.cacheControl,
      tags: tagsOf(data, ctx),
    });
    while (entries.size > MAX_ENTRIES) entries.delete(entries.keys().next().value);
  }

  async revalidateTag(tags) {
    const list = (Array.isArray(tags) ? tags : [tags]).filter((tag) => typeof tag === 'string');
    if (list.length === 0) return;
    expire(list);
    const client = broadcastClient();
    if (!client) return;
    try {
      await client.sql.notify(CHANNEL, JSON.stringify({ from: instanceId, tags: list }));
    } catch {
      // The other instances drop their pages when their listener reconnects.
    }
  }

  resetRequestCache() {}
}
