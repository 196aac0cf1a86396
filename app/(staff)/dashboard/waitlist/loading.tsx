import { SegmentLoading } from '@/components/staff/segment-states';

export default function Loading() {
  return <SegmentLoading />;
}
