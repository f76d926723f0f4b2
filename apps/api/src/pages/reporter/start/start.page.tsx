import type { PageContext } from '../../common/page-context.js';
import { BulletList, Rich } from '../../common/components.js';
import { ReporterLayout } from '../reporter-layout.js';

/** `/`: what Candor is, who reads a report, how anonymous it is, and the two ways in. */
export function StartPage({ ctx }: { ctx: PageContext }) {
  const { t } = ctx;
  return (
    <ReporterLayout t={t} path={ctx.path} title={t.t('start.title')}>
      <h1 class="heading-xl">{t.t('start.title')}</h1>
      <p class="lead">{t.t('start.lead')}</p>
      <div class="actions">
        <a href="/report/concern" class="button button--start">
          {t.t('start.makeReport')}
        </a>
        <a href="/follow-up" class="button button--secondary">
          {t.t('start.haveReceipt')}
        </a>
      </div>
      <p>
        <Rich text={t.t('start.haveReceiptText')} />
      </p>

      <h2 class="heading-l">{t.t('start.whoHeading')}</h2>
      <p>{t.t('start.whoIntro')}</p>
      <BulletList texts={t.list('start.whoList')} />
      <p>{t.t('start.whoExcluded')}</p>

      <h2 class="heading-l">{t.t('start.anonymousHeading')}</h2>
      <BulletList texts={t.list('start.anonymousList')} />

      <h2 class="heading-l">{t.t('start.receiptHeading')}</h2>
      <p>{t.t('start.receiptText')}</p>

      <div class="inset">
        <h2 class="heading-m">{t.t('start.outsideHeading')}</h2>
        <p>{t.t('start.outsideText')}</p>
      </div>

      <h2 class="heading-l">{t.t('start.retaliationHeading')}</h2>
      <p>{t.t('start.retaliationText')}</p>

      <h2 class="heading-l">{t.t('start.channelsHeading')}</h2>
      <p>{t.t('start.channelsIntro')}</p>
      <BulletList texts={t.list('start.channelsList')} />
    </ReporterLayout>
  );
}
