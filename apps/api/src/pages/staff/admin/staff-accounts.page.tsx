import { NOTIFICATION_MODES, STAFF_ROLES, type StaffAccountView } from '@candor/domain';
import type { Translator } from '@candor/platform';
import {
  Checkbox,
  errorFor,
  type FieldErrors,
  Radios,
  Select,
  TextInput,
} from '../../common/components.js';
import { StaffForm } from '../common/staff-layout.js';
import type { StaffPageContext } from '../common/staff-pages.service.js';
import { AdminLayout } from './admin-layout.js';

function statusTag(t: Translator, account: StaffAccountView) {
  const tone =
    account.status === 'active'
      ? 'tag tag--closed'
      : account.status === 'disabled'
        ? 'tag tag--dismissed'
        : 'tag tag--triage';
  return <strong class={tone}>{t.t(`staffAdmin.statuses.${account.status}`)}</strong>;
}

function roleName(t: Translator, account: StaffAccountView): string {
  const role = t.t(`staffAdmin.roles.${account.role}`);
  return account.isChair ? `${role} (${t.t('staffAdmin.staff.chair')})` : role;
}

/** Every staff account: who, which role, whether they can sign in. Never anything about cases. */
export function StaffAccountsPage(props: {
  ctx: StaffPageContext;
  accounts: readonly StaffAccountView[];
}) {
  const { ctx, accounts } = props;
  const { t } = ctx;
  const title = t.t('staffAdmin.staff.title');
  return (
    <AdminLayout ctx={ctx} title={title} section="staff">
      <h1 class="heading-xl">{title}</h1>
      <p class="lead">{t.t('staffAdmin.staff.lead')}</p>
      <p>
        <a href="/staff/admin/staff/new" class="button">
          {t.t('staffAdmin.staff.create')}
        </a>
      </p>
      <section class="table-wrap" tabIndex={0} aria-label={title}>
        <table class="table">
          <caption class="visually-hidden">{title}</caption>
          <thead>
            <tr>
              <th scope="col">{t.t('staffAdmin.staff.name')}</th>
              <th scope="col">{t.t('staffAdmin.staff.email')}</th>
              <th scope="col">{t.t('staffAdmin.staff.role')}</th>
              <th scope="col">{t.t('staffAdmin.staff.status')}</th>
              <th scope="col">{t.t('staffAdmin.staff.notifications')}</th>
            </tr>
          </thead>
          <tbody>
            {accounts.map((account) => (
              <tr>
                <td>
                  <a href={`/staff/admin/staff/${account.id}`}>{account.name}</a>
                </td>
                <td class="break">{account.email}</td>
                <td>{roleName(t, account)}</td>
                <td>{statusTag(t, account)}</td>
                <td>{t.t(`staffAdmin.modes.${account.notificationMode}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </AdminLayout>
  );
}

export interface NewAccountInput {
  readonly name: string;
  readonly email: string;
  readonly role: string;
  readonly chair: boolean;
}

export function NewAccountPage(props: {
  ctx: StaffPageContext;
  input: NewAccountInput;
  errors: FieldErrors;
}) {
  const { ctx, input, errors } = props;
  const { t } = ctx;
  const title = t.t('staffAdmin.create.title');
  return (
    <AdminLayout ctx={ctx} title={title} section="staff" errors={errors} back="/staff/admin">
      <h1 class="heading-xl">{title}</h1>
      <StaffForm csrf={ctx.csrf} action="/staff/admin/staff">
        <TextInput
          t={t}
          id="name"
          label={t.t('staffAdmin.create.name')}
          value={input.name}
          error={errorFor(errors, 'name')}
          autocomplete="off"
          spellcheck={false}
        />
        <TextInput
          t={t}
          id="email"
          type="email"
          label={t.t('staffAdmin.create.email')}
          hint={t.t('staffAdmin.create.emailHint')}
          value={input.email}
          error={errorFor(errors, 'email')}
          autocomplete="off"
          spellcheck={false}
        />
        <Select
          t={t}
          id="role"
          label={t.t('staffAdmin.create.role')}
          value={input.role}
          error={errorFor(errors, 'role')}
          placeholder={t.t('staffAdmin.errors.role')}
          options={STAFF_ROLES.map((role) => ({
            value: role,
            label: t.t(`staffAdmin.roles.${role}`),
          }))}
        />
        <Checkbox
          t={t}
          id="chair"
          legend={t.t('staffAdmin.create.chair')}
          label={t.t('staffAdmin.create.chairLabel')}
          hint={t.t('staffAdmin.create.chairHint')}
          checked={input.chair}
        />
        <button type="submit" class="button">
          {t.t('staffAdmin.create.submit')}
        </button>
      </StaffForm>
    </AdminLayout>
  );
}

/** What the account page says after an action (from the redirect's query, never free text). */
export type AccountDone = 'created' | 'disabled' | 'enabled' | 'reset' | 'mode';
export const ACCOUNT_DONE: readonly AccountDone[] = [
  'created',
  'disabled',
  'enabled',
  'reset',
  'mode',
];

function doneText(t: Translator, done: AccountDone, account: StaffAccountView): string {
  const until = account.enrolment ? t.dateTime(account.enrolment.expiresAt) : '';
  switch (done) {
    case 'created':
      return t.t('staffAdmin.account.created', { email: account.email, time: until });
    case 'disabled':
      return t.t('staffAdmin.account.disabledDone');
    case 'enabled':
      return t.t('staffAdmin.account.enabledDone');
    case 'reset':
      return t.t('staffAdmin.account.resetDone', { time: until });
    case 'mode':
      return t.t('staffAdmin.account.modeDone', {
        mode: t.t(`staffAdmin.modes.${account.notificationMode}`),
      });
  }
}

/** One account, and the forms that act on it. */
export function AccountPage(props: {
  ctx: StaffPageContext;
  account: StaffAccountView;
  done?: AccountDone;
  errors: FieldErrors;
  mode?: string;
}) {
  const { ctx, account, done, errors } = props;
  const { t } = ctx;
  const base = `/staff/admin/staff/${account.id}`;
  const rows = [
    { key: t.t('staffAdmin.staff.email'), value: account.email },
    { key: t.t('staffAdmin.staff.role'), value: roleName(t, account) },
    { key: t.t('staffAdmin.staff.status'), value: statusTag(t, account) },
    ...(account.enrolment
      ? [
          {
            key: t.t('staffAdmin.statuses.enrolment_pending'),
            value: account.enrolment.expired
              ? t.t('staffAdmin.account.enrolmentExpired', {
                  time: t.dateTime(account.enrolment.expiresAt),
                })
              : t.t('staffAdmin.account.enrolmentPending', {
                  time: t.dateTime(account.enrolment.expiresAt),
                }),
          },
        ]
      : []),
    { key: t.t('staffAdmin.account.createdOn'), value: t.dateTime(account.createdAt) },
  ];
  return (
    <AdminLayout ctx={ctx} title={account.name} section="staff" errors={errors} back="/staff/admin">
      {done ? (
        <div class="notice notice--success" role="status">
          {doneText(t, done, account)}
        </div>
      ) : null}
      <h1 class="heading-xl">{account.name}</h1>
      <dl class="summary-list">
        {rows.map((row) => (
          <div class="summary-list__row">
            <dt class="summary-list__key">{row.key}</dt>
            <dd class="summary-list__value">{row.value}</dd>
          </div>
        ))}
      </dl>

      <h2 class="heading-m">{t.t('staffAdmin.account.modeHeading')}</h2>
      <StaffForm csrf={ctx.csrf} action={`${base}/notification-mode`}>
        <Radios
          t={t}
          id="mode"
          legend={t.t('staffAdmin.account.modeLegend')}
          value={props.mode ?? account.notificationMode}
          error={errorFor(errors, 'mode')}
          groups={[
            {
              choices: NOTIFICATION_MODES.map((mode) => ({
                value: mode,
                label: t.t(`staffAdmin.modes.${mode}`),
              })),
            },
          ]}
        />
        <button type="submit" class="button button--secondary">
          {t.t('staffAdmin.account.saveMode')}
        </button>
      </StaffForm>

      {account.disabled ? (
        <>
          <h2 class="heading-m">{t.t('staffAdmin.account.enableHeading')}</h2>
          <StaffForm csrf={ctx.csrf} action={`${base}/enable`}>
            <button type="submit" class="button button--secondary">
              {t.t('staffAdmin.account.enable')}
            </button>
          </StaffForm>
        </>
      ) : (
        <>
          <h2 class="heading-m">{t.t('staffAdmin.account.resetHeading')}</h2>
          <p>{t.t('staffAdmin.account.resetText')}</p>
          <StaffForm csrf={ctx.csrf} action={`${base}/reset-second-factor`}>
            <button type="submit" class="button button--secondary">
              {t.t('staffAdmin.account.reset')}
            </button>
          </StaffForm>
          <h2 class="heading-m">{t.t('staffAdmin.account.disableHeading')}</h2>
          <p>{t.t('staffAdmin.account.disableText')}</p>
          <StaffForm csrf={ctx.csrf} action={`${base}/disable`}>
            <button type="submit" class="button button--warning">
              {t.t('staffAdmin.account.disable')}
            </button>
          </StaffForm>
        </>
      )}
    </AdminLayout>
  );
}
