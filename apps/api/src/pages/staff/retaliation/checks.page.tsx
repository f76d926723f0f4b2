import { ADVERSE_ACTIONS, type CheckStatus, type OwnCheck } from '@candor/domain';
import {
  DateInput,
  errorFor,
  type FieldErrors,
  Radios,
  TextInput,
} from '../../common/components.js';
import { StaffForm, StaffLayout } from '../common/staff-layout.js';
import type { StaffPageContext } from '../common/staff-pages.service.js';

/** What HR typed, kept when the form comes back with errors. */
export interface CheckInput {
  readonly name: string;
  readonly email: string;
  readonly employeeId: string;
  readonly action: string;
  readonly effectiveDate: { day: string; month: string; year: string };
}

export const EMPTY_CHECK: CheckInput = {
  name: '',
  email: '',
  employeeId: '',
  action: '',
  effectiveDate: { day: '', month: '', year: '' },
};

function resultTag(ctx: StaffPageContext, result: CheckStatus['result']) {
  return (
    <strong class={result === 'clear' ? 'tag tag--closed' : 'tag tag--received'}>
      {ctx.t.t(`staffRetaliation.results.${result}`)}
    </strong>
  );
}

/** HR's page: the adverse-action check form, and the results of HR's own latest checks. */
export function ChecksPage(props: {
  ctx: StaffPageContext;
  input: CheckInput;
  errors: FieldErrors;
  own: readonly OwnCheck[];
}) {
  const { ctx, input, errors } = props;
  const { t } = ctx;
  const title = t.t('staffRetaliation.checks.title');
  return (
    <StaffLayout
      t={t}
      path={ctx.path}
      title={title}
      viewer={ctx.viewer}
      csrf={ctx.csrf}
      current="retaliationChecks"
      errors={errors}
    >
      <h1 class="heading-xl">{title}</h1>
      <p class="lead">{t.t('staffRetaliation.checks.lead')}</p>
      <StaffForm csrf={ctx.csrf} action="/staff/retaliation/checks">
        <h2 class="heading-m">{t.t('staffRetaliation.checks.employeeHeading')}</h2>
        <TextInput
          t={t}
          id="name"
          label={t.t('staffRetaliation.checks.name')}
          value={input.name}
          error={errorFor(errors, 'name')}
          autocomplete="off"
          spellcheck={false}
        />
        <TextInput
          t={t}
          id="email"
          type="email"
          label={t.t('staffRetaliation.checks.email')}
          hint={t.t('staffRetaliation.checks.emailHint')}
          value={input.email}
          error={errorFor(errors, 'email')}
          autocomplete="off"
          spellcheck={false}
        />
        <TextInput
          t={t}
          id="employeeId"
          width="half"
          label={t.t('staffRetaliation.checks.employeeId')}
          value={input.employeeId}
          error={errorFor(errors, 'employeeId')}
          autocomplete="off"
          spellcheck={false}
        />
        <Radios
          t={t}
          id="action"
          legend={t.t('staffRetaliation.checks.action')}
          value={input.action}
          error={errorFor(errors, 'action')}
          groups={[
            {
              choices: ADVERSE_ACTIONS.map((action) => ({
                value: action,
                label: t.t(`staffRetaliation.actions.${action}`),
              })),
            },
          ]}
        />
        <DateInput
          t={t}
          id="effectiveDate"
          legend={t.t('staffRetaliation.checks.effectiveDate')}
          error={errorFor(errors, 'effectiveDate')}
          value={input.effectiveDate}
        />
        <button type="submit" class="button">
          {t.t('staffRetaliation.checks.submit')}
        </button>
      </StaffForm>

      <h2 class="heading-l">{t.t('staffRetaliation.checks.ownHeading')}</h2>
      {props.own.length === 0 ? (
        <p>{t.t('staffRetaliation.checks.ownNone')}</p>
      ) : (
        <section
          class="table-wrap"
          tabIndex={0}
          aria-label={t.t('staffRetaliation.checks.ownHeading')}
        >
          <table class="table">
            <caption class="visually-hidden">
              {t.t('staffRetaliation.checks.ownShown', { count: props.own.length })}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t.t('staffRetaliation.checks.submitted')}</th>
                <th scope="col">{t.t('staffRetaliation.checks.employee')}</th>
                <th scope="col">{t.t('staffRetaliation.checks.action')}</th>
                <th scope="col">{t.t('staffRetaliation.checks.result')}</th>
                <th scope="col">{t.t('staffRetaliation.checks.review')}</th>
              </tr>
            </thead>
            <tbody>
              {props.own.map((check) => (
                <tr>
                  <td>
                    <a href={`/staff/retaliation/checks/${check.id}`}>
                      {t.dateTime(check.createdAt)}
                    </a>
                  </td>
                  <td>{check.employeeName}</td>
                  <td>
                    {t.t(`staffRetaliation.actions.${check.action}`)}
                    <br />
                    <span class="muted">{check.effectiveDate}</span>
                  </td>
                  <td>{resultTag(ctx, check.result)}</td>
                  <td>{t.t(`staffRetaliation.reviewStatuses.${check.reviewStatus}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
    </StaffLayout>
  );
}

/** The answer to one of HR's checks: clear, or review required and how the review stands. */
export function CheckResultPage(props: { ctx: StaffPageContext; check: CheckStatus }) {
  const { ctx, check } = props;
  const { t } = ctx;
  const title = t.t('staffRetaliation.result.title');
  const review = check.result === 'review_required';
  return (
    <StaffLayout
      t={t}
      path={ctx.path}
      title={title}
      viewer={ctx.viewer}
      csrf={ctx.csrf}
      current="retaliationChecks"
      back="/staff/retaliation/checks"
    >
      <div class={review ? 'panel panel--warning' : 'panel panel--success'}>
        <h1 class="panel__title">{t.t(`staffRetaliation.results.${check.result}`)}</h1>
        <p class="panel__body">
          {review
            ? t.t('staffRetaliation.result.reviewLead')
            : t.t('staffRetaliation.result.clearLead')}
        </p>
      </div>
      {review ? <p>{t.t('staffRetaliation.result.reviewNote')}</p> : null}
      <dl class="summary-list">
        <div class="summary-list__row">
          <dt class="summary-list__key">{t.t('staffRetaliation.result.reviewStatus')}</dt>
          <dd class="summary-list__value">
            {t.t(`staffRetaliation.reviewStatuses.${check.reviewStatus}`)}
          </dd>
        </div>
        <div class="summary-list__row">
          <dt class="summary-list__key">{t.t('staffRetaliation.result.checkId')}</dt>
          <dd class="summary-list__value">
            <code>{check.id}</code>
          </dd>
        </div>
      </dl>
      <p>
        <a href="/staff/retaliation/checks">{t.t('staffRetaliation.result.another')}</a>
      </p>
    </StaffLayout>
  );
}
