'use client';

export { default } from '@/components/staff/segment-error-page';
