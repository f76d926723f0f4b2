import { REPORT_LIMITS } from '@candor/domain';
import {
  Button,
  DateInput,
  errorFor,
  type FieldErrors,
  PageForm,
  TextInput,
} from '../../common/components.js';
import type { PageContext } from '../../common/page-context.js';
import type { DateParts } from './draft.types.js';
import { ChangeField, ReportLayout } from './report-layout.js';

/** Step 3: when (day optional) and where; both may be left empty. */
export function WhenWherePage(props: {
  ctx: PageContext;
  back: string;
  change: boolean;
  date?: DateParts;
  location?: string;
  errors?: FieldErrors;
}) {
  const { t } = props.ctx;
  const errors = props.errors ?? [];
  const optional = ` ${t.t('layout.optional')}`;
  return (
    <ReportLayout
      ctx={props.ctx}
      title={t.t('report.whenWhere.title')}
      back={props.back}
      errors={errors}
    >
      <h1 class="heading-xl">{t.t('report.whenWhere.title')}</h1>
      <PageForm t={t} csrf={props.ctx.csrf} action="/report/when-where">
        <ChangeField change={props.change} />
        <DateInput
          t={t}
          id="occurredAt"
          legend={`${t.t('report.whenWhere.dateLegend')}${optional}`}
          hint={t.t('report.whenWhere.dateHint')}
          error={errorFor(errors, 'occurredAt')}
          value={props.date ?? { day: '', month: '', year: '' }}
        />
        <TextInput
          t={t}
          id="location"
          label={`${t.t('report.whenWhere.locationLabel')}${optional}`}
          hint={t.t('report.whenWhere.locationHint', { max: REPORT_LIMITS.locationMax })}
          error={errorFor(errors, 'location')}
          value={props.location}
          autocomplete="off"
        />
        <Button>{t.t('layout.continue')}</Button>
      </PageForm>
    </ReportLayout>
  );
}
