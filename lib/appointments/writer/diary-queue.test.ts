import { describe, expect, it } from 'vitest';
import { inDiaryQueue, inDiaryQueues } from './diary-queue';

const tick = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('inDiaryQueue', () => {
  it('runs one piece of work per practitioner at a time, in arrival order', async () => {
    const log: string[] = [];
    let running = 0;
    let most = 0;
    const job = (id: string, name: string, ms: number) =>
      inDiaryQueue(id, async () => {
        running++;
        most = Math.max(most, running);
        log.push(`start ${name}`);
        await tick(ms);
        log.push(`end ${name}`);
        running--;
        return name;
      });
    const results = await Promise.all([job('p1', 'a', 30), job('p1', 'b', 5), job('p1', 'c', 1)]);
    expect(results).toEqual(['a', 'b', 'c']);
    expect(log).toEqual(['start a', 'end a', 'start b', 'end b', 'start c', 'end c']);
    expect(most).toBe(1);
  });

  it('lets different practitioners run side by side', async () => {
    const order: string[] = [];
    await Promise.all([
      inDiaryQueue('p1', async () => {
        await tick(30);
        order.push('p1');
      }),
      inDiaryQueue('p2', async () => {
        order.push('p2');
      }),
    ]);
    expect(order).toEqual(['p2', 'p1']);
  });

  it('passes the turn on when the work throws', async () => {
    const failing = inDiaryQueue('p3', () => Promise.reject(new Error('refused')));
    const next = inDiaryQueue('p3', () => Promise.resolve('next'));
    await expect(failing).rejects.toThrow('refused');
    await expect(next).resolves.toBe('next');
  });
});

describe('inDiaryQueues', () => {
  it('holds every named diary for the work and cannot deadlock on opposite orders', async () => {
    const log: string[] = [];
    const both = (name: string, ids: string[]) =>
      inDiaryQueues(ids, async () => {
        log.push(`start ${name}`);
        await tick(10);
        log.push(`end ${name}`);
      });
    await Promise.all([
      both('x', ['q1', 'q2']),
      both('y', ['q2', 'q1']),
      inDiaryQueue('q2', async () => {
        log.push('start z');
        await tick(1);
        log.push('end z');
      }),
    ]);
    // Each holder of q2 runs alone: every start is followed by its own end.
    expect(log).toHaveLength(6);
    for (let i = 0; i < log.length; i += 2)
      expect(log[i + 1]).toBe(log[i]!.replace('start', 'end'));
    expect(log.indexOf('start x')).toBeLessThan(log.indexOf('start y'));
  });
});
