import { Button, errorFor, type FieldErrors, PageForm, Radios } from '../../common/components.js';
import type { PageContext } from '../../common/page-context.js';
import { ChangeField, ReportLayout } from './report-layout.js';

/**
 * Step 6: anonymous (the default, chosen already) or named, each with what the Code says it
 * means, and the right to go to an authority whatever the choice.
 */
export function AboutYouPage(props: {
  ctx: PageContext;
  back: string;
  change: boolean;
  anonymous?: boolean;
  errors?: FieldErrors;
}) {
  const { t } = props.ctx;
  const errors = props.errors ?? [];
  return (
    <ReportLayout
      ctx={props.ctx}
      title={t.t('report.aboutYou.title')}
      back={props.back}
      errors={errors}
    >
      <PageForm t={t} csrf={props.ctx.csrf} action="/report/about-you">
        <ChangeField change={props.change} />
        <Radios
          t={t}
          id="anonymous"
          legend={t.t('report.aboutYou.title')}
          legendIsHeading
          error={errorFor(errors, 'anonymous')}
          value={props.anonymous === false ? 'named' : 'anonymous'}
          groups={[
            {
              choices: [
                {
                  value: 'anonymous',
                  label: t.t('report.aboutYou.anonymous'),
                  hint: t.t('report.aboutYou.anonymousHint'),
                },
                {
                  value: 'named',
                  label: t.t('report.aboutYou.named'),
                  hint: t.t('report.aboutYou.namedHint'),
                },
              ],
            },
          ]}
        />
        <div class="inset">
          <p>{t.t('report.aboutYou.outside')}</p>
        </div>
        <Button>{t.t('layout.continue')}</Button>
      </PageForm>
    </ReportLayout>
  );
}
