import {
  Button,
  errorFor,
  type FieldErrors,
  PageForm,
  TextInput,
} from '../../common/components.js';
import type { PageContext } from '../../common/page-context.js';
import { StaffLayout } from '../common/staff-layout.js';

export type SignInNotice = 'signedOut' | 'expired' | 'required';

/**
 * Email, password and the authenticator code on one form. One generic error for any refusal, on
 * the first field, whatever was wrong: the page says nothing about which accounts exist.
 */
export function StaffSignInPage(props: {
  ctx: PageContext;
  next?: string;
  notice?: SignInNotice;
  email?: string;
  errors?: FieldErrors;
}) {
  const { t } = props.ctx;
  const errors = props.errors ?? [];
  return (
    <StaffLayout
      t={t}
      path={props.ctx.path}
      title={t.t('staffConsole.signIn.title')}
      errors={errors}
    >
      <div class="narrow">
        {props.notice ? (
          <div class="notice" role="status">
            {t.t(`staffConsole.signIn.${props.notice}`)}
          </div>
        ) : null}
        <h1 class="heading-xl">{t.t('staffConsole.signIn.title')}</h1>
        <p class="lead">{t.t('staffConsole.signIn.lead')}</p>
        <PageForm t={t} csrf={props.ctx.csrf} action="/staff/sign-in">
          {props.next ? <input type="hidden" name="next" value={props.next} /> : null}
          <TextInput
            t={t}
            id="email"
            type="email"
            label={t.t('staffConsole.signIn.email')}
            error={errorFor(errors, 'email')}
            value={props.email}
            autocomplete="username"
            spellcheck={false}
            autocapitalize="none"
          />
          <TextInput
            t={t}
            id="password"
            type="password"
            label={t.t('staffConsole.signIn.password')}
            autocomplete="current-password"
          />
          <TextInput
            t={t}
            id="otp"
            label={t.t('staffConsole.signIn.otp')}
            hint={t.t('staffConsole.signIn.otpHint')}
            autocomplete="one-time-code"
            inputmode="numeric"
            width="quarter"
            spellcheck={false}
            maxlength={6}
          />
          <Button>{t.t('staffConsole.signIn.submit')}</Button>
        </PageForm>
      </div>
    </StaffLayout>
  );
}
