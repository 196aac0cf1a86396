import { SafetyBox } from '@/components/ui/red-flags';

/** Under every article: education, not diagnosis, and the shared red-flag guidance. */
export function ArticleSafety({ clinicPhone }: { clinicPhone: string }) {
  return (
    <SafetyBox id="article-disclaimer" clinicPhone={clinicPhone}>
      <p className="mt-3">
        This article does not replace an examination by a qualified clinician who knows your
        history. If you are unsure whether an exercise or any advice here suits you, ask us or your
        doctor first.
      </p>
    </SafetyBox>
  );
}
