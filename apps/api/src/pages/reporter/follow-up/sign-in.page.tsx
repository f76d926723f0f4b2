import {
  Button,
  errorFor,
  type FieldErrors,
  PageForm,
  Rich,
  TextInput,
} from '../../common/components.js';
import type { PageContext } from '../../common/page-context.js';
import { ReporterLayout } from '../reporter-layout.js';

/**
 * Sign in with the receipt: one field, never autocompleted, paste allowed (WCAG 2.2 SC 3.3.8),
 * spaces, dashes and small letters tolerated by the domain's parsing of receipts.
 */
export function SignInPage(props: {
  ctx: PageContext;
  notice?: 'signedOut' | 'expired';
  errors?: FieldErrors;
}) {
  const { t } = props.ctx;
  const errors = props.errors ?? [];
  return (
    <ReporterLayout
      t={t}
      path={props.ctx.path}
      title={t.t('followUp.signIn.title')}
      back="/"
      errors={errors}
    >
      {props.notice ? (
        <div class="banner" role="status">
          {t.t(`followUp.signIn.${props.notice}`)}
        </div>
      ) : null}
      <h1 class="heading-xl">{t.t('followUp.signIn.title')}</h1>
      <p class="lead">{t.t('followUp.signIn.lead')}</p>
      <PageForm t={t} csrf={props.ctx.csrf} action="/follow-up">
        <TextInput
          t={t}
          id="receipt"
          label={t.t('followUp.signIn.receiptLabel')}
          hint={t.t('followUp.signIn.receiptHint')}
          error={errorFor(errors, 'receipt')}
          autocomplete="off"
          spellcheck={false}
          autocapitalize="characters"
        />
        <Button>{t.t('followUp.signIn.submit')}</Button>
      </PageForm>
      <p>{t.t('followUp.signIn.timing')}</p>
      <p>
        <Rich text={t.t('followUp.signIn.lost')} />
      </p>
    </ReporterLayout>
  );
}
