import type { RevealedIdentity, StaffPrincipal } from '@candor/domain';
import {
  Button,
  errorFor,
  type FieldErrors,
  SummaryList,
  TextArea,
} from '../../common/components.js';
import type { PageContext } from '../../common/page-context.js';
import { casePath } from './case-view.js';
import { StaffForm, StaffLayout } from '../common/staff-layout.js';

interface IdentityProps {
  ctx: PageContext;
  viewer: StaffPrincipal;
  reference: string;
}

/** Step one of the reveal: why. The reporter will read the reason. */
export function IdentityFormPage(
  props: IdentityProps & { justification?: string; errors?: FieldErrors },
) {
  const { t, csrf } = props.ctx;
  const errors = props.errors ?? [];
  const title = t.t('staffCase.identity.pageTitle');
  return (
    <StaffLayout
      t={t}
      path={props.ctx.path}
      csrf={props.ctx.csrf}
      current="queue"
      viewer={props.viewer}
      title={title}
      errors={errors}
    >
      <a href={casePath(props.reference, '#identity')} class="back-link">
        {t.t('staffCase.audit.backToCase')}
      </a>
      <h1 class="heading-xl">
        {title}
        <span class="caption">{t.t('staffCase.title', { reference: props.reference })}</span>
      </h1>
      <p class="lead">{t.t('staffCase.identity.lead')}</p>
      <StaffForm csrf={csrf} action={casePath(props.reference, '/identity/check')}>
        <TextArea
          t={t}
          id="justification"
          rows={5}
          label={t.t('staffCase.identity.justificationLabel')}
          hint={t.t('staffCase.identity.justificationHint')}
          value={props.justification ?? ''}
          error={errorFor(errors, 'justification')}
        />
        <Button>{t.t('staffCase.identity.continue')}</Button>
      </StaffForm>
    </StaffLayout>
  );
}

/** Step two: the notice the reporter is sent first, then the deliberate confirmation. */
export function IdentityConfirmPage(
  props: IdentityProps & { justification: string; notice: string },
) {
  const { t, csrf } = props.ctx;
  const title = t.t('staffCase.identity.confirmTitle');
  return (
    <StaffLayout
      t={t}
      path={props.ctx.path}
      csrf={props.ctx.csrf}
      current="queue"
      viewer={props.viewer}
      title={title}
    >
      <h1 class="heading-xl">
        {title}
        <span class="caption">{t.t('staffCase.title', { reference: props.reference })}</span>
      </h1>
      <p class="lead">{t.t('staffCase.identity.confirmLead')}</p>
      <div class="inset">
        <p class="message__body">{props.notice}</p>
      </div>
      <StaffForm csrf={csrf} action={casePath(props.reference, '/identity')}>
        <input type="hidden" name="justification" value={props.justification} />
        <div class="actions">
          <Button>{t.t('staffCase.identity.confirm')}</Button>
          <a href={casePath(props.reference, '#identity')}>{t.t('staffCase.identity.cancel')}</a>
        </div>
      </StaffForm>
    </StaffLayout>
  );
}

/** The identity, shown once in the answer to the confirmation. */
export function IdentityRevealedPage(props: IdentityProps & { revealed: RevealedIdentity }) {
  const { t } = props.ctx;
  const title = t.t('staffCase.identity.revealedTitle');
  const r = props.revealed;
  return (
    <StaffLayout
      t={t}
      path={props.ctx.path}
      csrf={props.ctx.csrf}
      current="queue"
      viewer={props.viewer}
      title={title}
    >
      <h1 class="heading-xl">
        {title}
        <span class="caption">{t.t('staffCase.title', { reference: props.reference })}</span>
      </h1>
      <p class="lead">{t.t('staffCase.identity.revealedLead')}</p>
      <SummaryList
        rows={[
          { key: t.t('staffCase.identity.name'), value: r.name },
          ...(r.email ? [{ key: t.t('staffCase.identity.email'), value: r.email }] : []),
          ...(r.phone ? [{ key: t.t('staffCase.identity.phone'), value: r.phone }] : []),
        ]}
      />
      <p>
        <a href={casePath(props.reference)}>{t.t('staffCase.audit.backToCase')}</a>
      </p>
    </StaffLayout>
  );
}
