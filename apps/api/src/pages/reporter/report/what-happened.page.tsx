import { REPORT_LIMITS } from '@candor/domain';
import {
  BulletList,
  Button,
  errorFor,
  type FieldErrors,
  PageForm,
  TextArea,
  TextInput,
} from '../../common/components.js';
import type { PageContext } from '../../common/page-context.js';
import { ChangeField, ReportLayout } from './report-layout.js';

/** Step 2: a title and the description, with the Code's advice to give as much detail as possible. */
export function WhatHappenedPage(props: {
  ctx: PageContext;
  back: string;
  change: boolean;
  title?: string;
  description?: string;
  errors?: FieldErrors;
}) {
  const { t } = props.ctx;
  const errors = props.errors ?? [];
  return (
    <ReportLayout
      ctx={props.ctx}
      title={t.t('report.whatHappened.title')}
      back={props.back}
      errors={errors}
    >
      <h1 class="heading-xl">{t.t('report.whatHappened.title')}</h1>
      <div class="inset">
        <h2 class="heading-m">{t.t('report.whatHappened.guidanceHeading')}</h2>
        <BulletList texts={t.list('report.whatHappened.guidance')} />
      </div>
      <PageForm t={t} csrf={props.ctx.csrf} action="/report/what-happened">
        <ChangeField change={props.change} />
        <TextInput
          t={t}
          id="title"
          label={t.t('report.whatHappened.titleLabel')}
          hint={t.t('report.whatHappened.titleHint', { max: REPORT_LIMITS.titleMax })}
          error={errorFor(errors, 'title')}
          value={props.title}
          autocomplete="off"
        />
        <TextArea
          t={t}
          id="description"
          label={t.t('report.whatHappened.descriptionLabel')}
          hint={t.t('report.whatHappened.descriptionHint', { max: REPORT_LIMITS.descriptionMax })}
          error={errorFor(errors, 'description')}
          value={props.description}
          rows={12}
        />
        <Button>{t.t('layout.continue')}</Button>
      </PageForm>
    </ReportLayout>
  );
}
