import { describe, expect, it } from 'vitest';
import { shortServiceName } from './service-name';

describe('shortServiceName', () => {
  it('keeps a short name whole', () => {
    expect(shortServiceName('Myofascial release')).toBe('Myofascial release');
  });
  it('keeps the first words that fit, never a code', () => {
    expect(shortServiceName('Chiropractic adjustment')).toBe('Chiropractic');
    expect(shortServiceName('Spinal decompression therapy')).toBe('Spinal decompression');
    expect(shortServiceName('New-patient consultation and exam')).toBe('New-patient');
  });
  it('does not end on a small word', () => {
    expect(shortServiceName('Care of the runner’s back', 12)).toBe('Care');
  });
});
