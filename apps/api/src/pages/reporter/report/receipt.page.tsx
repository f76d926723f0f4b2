import type { Route } from '@candor/domain';
import { Rich } from '../../common/components.js';
import type { PageContext } from '../../common/page-context.js';
import { ReporterLayout } from '../reporter-layout.js';

export interface ShownReceipt {
  readonly reference: string;
  readonly receipt: string;
  readonly routedTo: Route;
  readonly acknowledgeBy: Date;
}

/** The receipt, large, in groups of four, with the one warning that matters; printable alone. */
export function ReceiptPanel({
  ctx,
  shown,
  followUpUrl,
}: {
  ctx: PageContext;
  shown: ShownReceipt;
  followUpUrl: string;
}) {
  const { t } = ctx;
  const groups = shown.receipt.split('-');
  return (
    <section class="receipt print-area" aria-labelledby="receipt-heading">
      <h2 class="heading-l" id="receipt-heading">
        {t.t('report.receipt.receiptHeading')}
      </h2>
      <p>
        <Rich text={t.t('report.receipt.onlyOnce')} />
      </p>
      <p class="receipt__code" aria-describedby="receipt-read-aloud">
        {groups.map((group) => (
          <span>{group}</span>
        ))}
      </p>
      <p class="hint" id="receipt-read-aloud">
        {t.t('report.receipt.readAloud', {
          groups: groups.map((group) => group.split('').join(' ')).join(', '),
        })}
      </p>
      <p>{t.t('report.receipt.howToUse', { url: followUpUrl })}</p>
      <p>
        {t.t('report.receipt.reference')}: <strong class="nowrap">{shown.reference}</strong>
      </p>
    </section>
  );
}

export function ReceiptPage(props: {
  ctx: PageContext;
  title: string;
  shown: ShownReceipt;
  followUpUrl: string;
}) {
  const { t } = props.ctx;
  const { shown } = props;
  return (
    <ReporterLayout t={t} path={props.ctx.path} title={props.title} hideLanguages>
      <div class="panel">
        <h1>{props.title}</h1>
        <p class="panel__reference">
          {t.t('report.receipt.reference')}: <span class="nowrap">{shown.reference}</span>
        </p>
      </div>
      <ReceiptPanel ctx={props.ctx} shown={shown} followUpUrl={props.followUpUrl} />
      <p class="no-print">{t.t('report.receipt.print')}</p>
      <p>
        {t.t('report.receipt.goesTo', {
          body: t.t(`routes.${shown.routedTo}`),
          date: t.date(shown.acknowledgeBy),
        })}
      </p>
      <h2 class="heading-m">{t.t('report.receipt.whatNext')}</h2>
      <p>{t.t('report.receipt.whatNextText')}</p>
    </ReporterLayout>
  );
}

/** A page that is only a heading, a few sentences and maybe a link (expired, already shown…). */
export function NoticePage(props: {
  ctx: PageContext;
  title: string;
  texts: readonly string[];
  link?: { href: string; text: string };
}) {
  const { t } = props.ctx;
  return (
    <ReporterLayout t={t} path={props.ctx.path} title={props.title}>
      <h1 class="heading-xl">{props.title}</h1>
      {props.texts.map((text) => (
        <p>
          <Rich text={text} />
        </p>
      ))}
      {props.link ? (
        <p>
          <a href={props.link.href}>{props.link.text}</a>
        </p>
      ) : null}
    </ReporterLayout>
  );
}
