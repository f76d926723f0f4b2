import type { EnrolmentView, SecondFactorSetup } from '@candor/domain';
import {
  Button,
  errorFor,
  type FieldErrors,
  PageForm,
  Paragraphs,
  TextInput,
} from '../../common/components.js';
import type { PageContext } from '../../common/page-context.js';
import { StaffLayout } from '../common/staff-layout.js';

/** Step 1 of a new account: the password, typed twice, checked by the domain's password policy. */
export function EnrolPasswordPage(props: {
  ctx: PageContext;
  token: string;
  view: EnrolmentView;
  errors?: FieldErrors;
}) {
  const { t } = props.ctx;
  const errors = props.errors ?? [];
  return (
    <StaffLayout
      t={t}
      path={props.ctx.path}
      title={t.t('staffConsole.enrol.title')}
      errors={errors}
    >
      <div class="narrow">
        <h1 class="heading-xl">{t.t('staffConsole.enrol.title')}</h1>
        <p class="lead">{t.t('staffConsole.enrol.lead', { name: props.view.name })}</p>
        <h2 class="heading-l">{t.t('staffConsole.enrol.passwordHeading')}</h2>
        <PageForm t={t} csrf={props.ctx.csrf} action="/staff/enrol/password">
          <input type="hidden" name="token" value={props.token} />
          {/* For password managers: the account the new password belongs to. */}
          <input type="hidden" name="username" value={props.view.email} autocomplete="username" />
          <TextInput
            t={t}
            id="password"
            type="password"
            label={t.t('staffConsole.enrol.password')}
            hint={t.t('staffConsole.enrol.passwordHint')}
            error={errorFor(errors, 'password')}
            autocomplete="new-password"
          />
          <TextInput
            t={t}
            id="confirm"
            type="password"
            label={t.t('staffConsole.enrol.confirm')}
            error={errorFor(errors, 'confirm')}
            autocomplete="new-password"
          />
          <Button>{t.t('staffConsole.enrol.continue')}</Button>
        </PageForm>
      </div>
    </StaffLayout>
  );
}

/** Step 2: the QR code (an SVG drawn by the server, shown as an image), the key as text, a code. */
export function EnrolSecondFactorPage(props: {
  ctx: PageContext;
  token: string;
  view: EnrolmentView;
  setup: SecondFactorSetup;
  errors?: FieldErrors;
}) {
  const { t } = props.ctx;
  const errors = props.errors ?? [];
  const qr = `data:image/svg+xml;base64,${Buffer.from(props.setup.qrSvg).toString('base64')}`;
  const secret = props.setup.secret.replace(/(.{4})/g, '$1 ').trim();
  return (
    <StaffLayout
      t={t}
      path={props.ctx.path}
      title={t.t('staffConsole.enrol.title')}
      errors={errors}
    >
      <div class="narrow">
        <h1 class="heading-xl">{t.t('staffConsole.enrol.title')}</h1>
        <p class="lead">{t.t('staffConsole.enrol.lead', { name: props.view.name })}</p>
        <h2 class="heading-l">{t.t('staffConsole.enrol.totpHeading')}</h2>
        <p>{t.t('staffConsole.enrol.totpLead')}</p>
        <img class="qr" src={qr} alt={t.t('staffConsole.enrol.qrLabel')} width={220} height={220} />
        <p>
          {t.t('staffConsole.enrol.secret')}
          <br />
          <code class="secret" data-testid="totp-secret">
            {secret}
          </code>
        </p>
        <PageForm t={t} csrf={props.ctx.csrf} action="/staff/enrol/confirm">
          <input type="hidden" name="token" value={props.token} />
          <TextInput
            t={t}
            id="code"
            label={t.t('staffConsole.enrol.code')}
            hint={t.t('staffConsole.enrol.codeHint')}
            error={errorFor(errors, 'code')}
            autocomplete="one-time-code"
            inputmode="numeric"
            width="quarter"
            spellcheck={false}
            maxlength={6}
          />
          <Button>{t.t('staffConsole.enrol.finish')}</Button>
        </PageForm>
      </div>
    </StaffLayout>
  );
}

/** A link that is unknown, spent, replaced or past its 24 hours. */
export function EnrolInvalidPage(props: { ctx: PageContext }) {
  const { t } = props.ctx;
  return (
    <StaffLayout t={t} path={props.ctx.path} title={t.t('staffConsole.enrol.invalidTitle')}>
      <div class="narrow">
        <h1 class="heading-xl">{t.t('staffConsole.enrol.invalidTitle')}</h1>
        <Paragraphs texts={t.list('staffConsole.enrol.invalidText')} />
        <p>
          <a href="/staff/sign-in">{t.t('staffConsole.signIn.title')}</a>
        </p>
      </div>
    </StaffLayout>
  );
}
