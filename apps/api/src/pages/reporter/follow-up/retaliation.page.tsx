import { REPORT_LIMITS } from '@candor/domain';
import { Button, errorFor, type FieldErrors, PageForm, TextArea } from '../../common/components.js';
import type { PageContext } from '../../common/page-context.js';
import { ReporterLayout } from '../reporter-layout.js';

/**
 * Report retaliation from the follow-up page: a new case linked to this one, with its own
 * receipt. `submission` makes a double click file it once.
 */
export function RetaliationPage(props: {
  ctx: PageContext;
  reference: string;
  submission: string;
  description?: string;
  errors?: FieldErrors;
}) {
  const { t } = props.ctx;
  const errors = props.errors ?? [];
  return (
    <ReporterLayout
      t={t}
      path={props.ctx.path}
      title={t.t('followUp.retaliation.title')}
      back="/follow-up/case"
      errors={errors}
    >
      <h1 class="heading-xl">{t.t('followUp.retaliation.title')}</h1>
      <p class="lead">{t.t('followUp.retaliation.lead')}</p>
      <p>{t.t('followUp.retaliation.linked', { reference: props.reference })}</p>
      <PageForm t={t} csrf={props.ctx.csrf} action="/follow-up/retaliation">
        <input type="hidden" name="submission" value={props.submission} />
        <TextArea
          t={t}
          id="description"
          label={t.t('followUp.retaliation.descriptionLabel')}
          hint={t.t('followUp.retaliation.descriptionHint', { max: REPORT_LIMITS.descriptionMax })}
          error={errorFor(errors, 'description')}
          value={props.description}
        />
        <Button>{t.t('followUp.retaliation.submit')}</Button>
      </PageForm>
    </ReporterLayout>
  );
}
