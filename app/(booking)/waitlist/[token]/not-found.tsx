import { GoneNotice } from '@/components/waitlist/gone-notice';

export default function WaitlistEntryNotFound() {
  return <GoneNotice title="This waitlist link is no longer valid" />;
}
