import type { Translator } from '@candor/platform';

/** Shown on the queue after a re-route took the case out of the viewer's hands. */
export function ReroutedAwayNotice({ t }: { t: Translator }) {
  return (
    <div class="notice notice--success" role="status">
      <h2 class="heading-m">{t.t('staffCase.done.noticeTitle')}</h2>
      <p>{t.t('staffCase.done.reroutedAway')}</p>
    </div>
  );
}
