import { GoneNotice } from '@/components/waitlist/gone-notice';

export default function OfferNotFound() {
  return <GoneNotice title="This offer is no longer available" />;
}
