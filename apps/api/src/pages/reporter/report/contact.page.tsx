import {
  Button,
  Checkbox,
  errorFor,
  type FieldErrors,
  PageForm,
  TextInput,
} from '../../common/components.js';
import type { PageContext } from '../../common/page-context.js';
import type { DraftAnswers } from './draft.types.js';
import { ChangeField, ReportLayout } from './report-layout.js';

/** Step 6b (named reports): name, email or phone, and the news-by-email opt-in with its risk. */
export function ContactPage(props: {
  ctx: PageContext;
  back: string;
  change: boolean;
  reporter?: Partial<NonNullable<DraftAnswers['reporter']>>;
  errors?: FieldErrors;
}) {
  const { t } = props.ctx;
  const errors = props.errors ?? [];
  const reporter = props.reporter ?? {};
  return (
    <ReportLayout
      ctx={props.ctx}
      title={t.t('report.contact.title')}
      back={props.back}
      errors={errors}
    >
      <h1 class="heading-xl">{t.t('report.contact.title')}</h1>
      <PageForm t={t} csrf={props.ctx.csrf} action="/report/contact">
        <ChangeField change={props.change} />
        <TextInput
          t={t}
          id="name"
          label={t.t('report.contact.nameLabel')}
          value={reporter.name}
          error={errorFor(errors, 'name')}
          autocomplete="name"
          spellcheck={false}
        />
        <TextInput
          t={t}
          id="email"
          type="email"
          label={t.t('report.contact.emailLabel')}
          hint={t.t('report.contact.emailHint')}
          value={reporter.email}
          error={errorFor(errors, 'email')}
          autocomplete="email"
          spellcheck={false}
        />
        <TextInput
          t={t}
          id="phone"
          type="tel"
          label={t.t('report.contact.phoneLabel')}
          hint={t.t('report.contact.phoneHint')}
          value={reporter.phone}
          error={errorFor(errors, 'phone')}
          autocomplete="tel"
          width="half"
        />
        <Checkbox
          t={t}
          id="notifyByEmail"
          legend={t.t('report.contact.newsLegend')}
          label={t.t('report.contact.newsLabel')}
          hint={t.t('report.contact.newsHint')}
          checked={Boolean(reporter.notifyByEmail)}
          error={errorFor(errors, 'notifyByEmail')}
        />
        <Button>{t.t('layout.continue')}</Button>
      </PageForm>
    </ReportLayout>
  );
}
