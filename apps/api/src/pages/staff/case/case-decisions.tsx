import {
  ACTION_KINDS,
  ACTION_MEASURES,
  DISMISSAL_REASONS,
  mayRecordOutcome,
  type StaffRole,
} from '@candor/domain';
import type { Translator } from '@candor/platform';
import {
  Button,
  errorFor,
  Radios,
  Select,
  SummaryList,
  TextArea,
  TextInput,
} from '../../common/components.js';
import { StaffForm } from '../common/staff-layout.js';
import { CaseSection, EffectTag, FindingRadios } from './case-components.js';
import { type CasePageProps, casePath, errorsOf, label, typed } from './case-view.js';

/** The allowed moves only, each asking for what it needs (a dismissal reason, a reopen reason). */
export function StatusSection(props: CasePageProps) {
  const { t, csrf } = props.ctx;
  const { detail, state } = props;
  const action = casePath(detail.reference, '/transitions');
  const simple = props.console.transitions.filter((to) => to !== 'dismissed' && to !== 'reopened');
  const dismissErrors = errorsOf(state, 'dismiss');
  const reopenErrors = errorsOf(state, 'reopen');
  return (
    <CaseSection id="status" title={t.t('staffCase.status.heading')}>
      <p>{t.t('staffCase.status.current', { status: label(t, 'statuses', detail.status) })}</p>
      {props.console.may.triage && props.console.transitions.length === 0 ? (
        <p>{t.t('staffCase.status.none')}</p>
      ) : null}
      <div class="actions">
        {simple.map((to) => (
          <StaffForm csrf={csrf} action={action}>
            <input type="hidden" name="to" value={to} />
            {to === 'acknowledged' ? (
              <p class="hint">{t.t('staffCase.status.acknowledgeHint')}</p>
            ) : null}
            <Button secondary={to !== 'acknowledged'}>
              {to === 'acknowledged'
                ? t.t('staffCase.status.acknowledge')
                : t.t('staffCase.status.move', { status: label(t, 'statuses', to) })}
            </Button>
          </StaffForm>
        ))}
      </div>
      {props.console.transitions.includes('dismissed') ? (
        <StaffForm csrf={csrf} action={action}>
          <h3 class="heading-m">{t.t('staffCase.status.dismissHeading')}</h3>
          <input type="hidden" name="to" value="dismissed" />
          <Radios
            t={t}
            id="dismissal-reason"
            name="dismissalReason"
            legend={t.t('staffCase.status.dismissalReasonLabel')}
            value={typed(state, 'dismiss', 'dismissalReason')}
            error={errorFor(dismissErrors, 'dismissal-reason')}
            groups={[
              {
                choices: DISMISSAL_REASONS.map((reason) => ({
                  value: reason,
                  label: label(t, 'dismissalReasons', reason),
                })),
              },
            ]}
          />
          <Button secondary>{t.t('staffCase.status.dismissHeading')}</Button>
        </StaffForm>
      ) : null}
      {props.console.transitions.includes('reopened') ? (
        <StaffForm csrf={csrf} action={action}>
          <h3 class="heading-m">{t.t('staffCase.status.reopenHeading')}</h3>
          <input type="hidden" name="to" value="reopened" />
          <TextArea
            t={t}
            id="reopen-reason"
            name="reason"
            rows={3}
            label={t.t('staffCase.status.reopenReasonLabel')}
            value={typed(state, 'reopen', 'reason')}
            error={errorFor(reopenErrors, 'reopen-reason')}
          />
          <Button secondary>{t.t('staffCase.status.reopenHeading')}</Button>
        </StaffForm>
      ) : null}
    </CaseSection>
  );
}

/** Investigators: who is assigned, and only the ones who may be assigned (never the recused). */
export function AssignmentSection(props: CasePageProps) {
  const { t, csrf } = props.ctx;
  const { detail, state, console: offered } = props;
  const errors = errorsOf(state, 'assign');
  return (
    <CaseSection id="assignment" title={t.t('staffCase.assignment.heading')}>
      {detail.assignments.length === 0 ? (
        <p>{t.t('staffCase.assignment.none')}</p>
      ) : (
        <ul class="list list--bullet">
          {detail.assignments.map((a) => (
            <li>
              {a.name}{' '}
              <span class="hint">
                {t.t('staffCase.assignment.assignedOn', { date: t.date(a.assignedAt) })}
              </span>
            </li>
          ))}
        </ul>
      )}
      {offered.may.assign ? (
        offered.investigators.length === 0 ? (
          <p class="hint">{t.t('staffCase.assignment.noneAvailable')}</p>
        ) : (
          <StaffForm csrf={csrf} action={casePath(detail.reference, '/assignments')}>
            <Select
              t={t}
              id="assign-user"
              name="userId"
              label={t.t('staffCase.assignment.label')}
              placeholder={t.t('staffCase.assignment.placeholder')}
              value={typed(state, 'assign', 'userId')}
              error={errorFor(errors, 'assign-user')}
              options={offered.investigators.map((i) => ({ value: i.id, label: i.name }))}
            />
            <Button>{t.t('staffCase.assignment.submit')}</Button>
          </StaffForm>
        )
      ) : null}
    </CaseSection>
  );
}

function roleList(t: Translator, roles: readonly StaffRole[]): string {
  return new Intl.ListFormat(t.locale, { type: 'conjunction' }).format(
    roles.map((role) => label(t, 'roles', role)),
  );
}

/** Who has approved, and which roles are still awaited (the joint determination). */
function Approvals(props: {
  t: Translator;
  props: CasePageProps;
  subject: 'outcome' | 'action';
  id: string;
  effective: boolean;
  approvals: ReadonlyArray<{ staffId: string; role: string }>;
}) {
  const { t, approvals } = props;
  const page = props.props;
  const required = page.console.requiredApprovers;
  const awaited = required.filter((role) => !approvals.some((a) => a.role === role));
  const approvedBy = approvals
    .filter((a) => (required as readonly string[]).includes(a.role))
    .map((a) => `${page.console.staffNames[a.staffId] ?? ''} (${label(t, 'roles', a.role)})`);
  const may =
    props.subject === 'outcome'
      ? page.console.may.approve_outcome
      : page.console.may.approve_action;
  const offer =
    may &&
    !props.effective &&
    awaited.includes(page.viewer.role) &&
    !approvals.some((a) => a.staffId === page.viewer.id);
  return (
    <>
      <SummaryList
        rows={[
          {
            key: t.t('staffCase.outcome.approvedBy'),
            value: approvedBy.length > 0 ? approvedBy.join('; ') : t.t('staffCase.outcome.nobody'),
          },
          ...(props.effective
            ? []
            : [{ key: t.t('staffCase.outcome.awaiting'), value: roleList(t, awaited) }]),
        ]}
      />
      {offer ? (
        <StaffForm
          csrf={page.ctx.csrf}
          action={casePath(page.detail.reference, `/approvals/${props.subject}/${props.id}`)}
        >
          <Button>
            {props.subject === 'outcome'
              ? t.t('staffCase.outcome.approveFinding')
              : t.t('staffCase.outcome.approveAction')}
          </Button>
        </StaffForm>
      ) : null}
    </>
  );
}

/** Findings and actions with their approvals; the forms to record them for the handling body. */
export function OutcomeSection(props: CasePageProps) {
  const { t, csrf } = props.ctx;
  const { detail, state, console: offered } = props;
  const outcomeErrors = errorsOf(state, 'outcome');
  const actionErrors = errorsOf(state, 'action');
  const names = offered.staffNames;
  return (
    <CaseSection id="outcome" title={t.t('staffCase.outcome.heading')}>
      <p class="hint">
        {t.t('staffCase.outcome.jointHint', { roles: roleList(t, offered.requiredApprovers) })}
      </p>
      {detail.outcomes.length === 0 ? <p>{t.t('staffCase.outcome.none')}</p> : null}
      {detail.outcomes.map((o) => (
        <article class="panel-card" aria-label={label(t, 'findings', o.finding)}>
          <h3 class="heading-m">
            {label(t, 'findings', o.finding)}{' '}
            <EffectTag t={t} effective={o.effective} effectiveAt={o.effectiveAt} />
          </h3>
          <p class="hint">
            {t.t('staffCase.outcome.recordedBy', {
              name: names[o.recordedBy] ?? '',
              date: t.dateTime(o.recordedAt),
            })}
          </p>
          <p class="message__body">{o.summary}</p>
          <Approvals
            t={t}
            props={props}
            subject="outcome"
            id={o.id}
            effective={o.effective}
            approvals={o.approvals}
          />
        </article>
      ))}
      {offered.may.record_outcome && mayRecordOutcome(detail.status) ? (
        <StaffForm csrf={csrf} action={casePath(detail.reference, '/outcome')}>
          <h3 class="heading-m">{t.t('staffCase.outcome.recordHeading')}</h3>
          <FindingRadios
            t={t}
            id="outcome-finding"
            legend={t.t('staffCase.outcome.findingLabel')}
            value={typed(state, 'outcome', 'finding')}
            error={errorFor(outcomeErrors, 'outcome-finding')}
          />
          <TextArea
            t={t}
            id="outcome-summary"
            name="summary"
            rows={5}
            label={t.t('staffCase.outcome.summaryLabel')}
            value={typed(state, 'outcome', 'summary')}
            error={errorFor(outcomeErrors, 'outcome-summary')}
          />
          <Button>{t.t('staffCase.outcome.record')}</Button>
        </StaffForm>
      ) : null}
      <h3 class="heading-m">{t.t('staffCase.outcome.actionsHeading')}</h3>
      {detail.actions.length === 0 ? <p>{t.t('staffCase.outcome.noActions')}</p> : null}
      {detail.actions.map((x) => {
        const details = x as unknown as Record<string, string | undefined>;
        return (
          <article class="panel-card" aria-label={label(t, 'measures', x.measure)}>
            <h4 class="heading-s">
              {label(t, 'actionKinds', x.kind)}: {label(t, 'measures', x.measure)}{' '}
              <EffectTag t={t} effective={x.effective} effectiveAt={x.effectiveAt} />
            </h4>
            <SummaryList
              rows={[
                ...(details.subject
                  ? [{ key: t.t('staffCase.outcome.subject'), value: details.subject }]
                  : []),
                ...(details.owner
                  ? [{ key: t.t('staffCase.outcome.owner'), value: details.owner }]
                  : []),
                ...(x.dueDate ? [{ key: t.t('staffCase.outcome.due'), value: x.dueDate }] : []),
              ]}
            />
            {details.description ? <p class="message__body">{details.description}</p> : null}
            {x.kind === 'disciplinary' ? (
              <Approvals
                t={t}
                props={props}
                subject="action"
                id={x.id}
                effective={x.effective}
                approvals={x.approvals}
              />
            ) : null}
          </article>
        );
      })}
      {offered.may.record_action ? (
        <StaffForm csrf={csrf} action={casePath(detail.reference, '/actions')}>
          <h3 class="heading-m">{t.t('staffCase.outcome.actionHeading')}</h3>
          <Radios
            t={t}
            id="action-kind"
            name="kind"
            legend={t.t('staffCase.outcome.kindLabel')}
            value={typed(state, 'action', 'kind')}
            error={errorFor(actionErrors, 'action-kind')}
            groups={[
              {
                choices: ACTION_KINDS.map((kind) => ({
                  value: kind,
                  label: label(t, 'actionKinds', kind),
                })),
              },
            ]}
          />
          <Select
            t={t}
            id="action-measure"
            name="measure"
            label={t.t('staffCase.outcome.measureLabel')}
            placeholder={t.t('staffCase.outcome.measurePlaceholder')}
            value={typed(state, 'action', 'measure')}
            error={errorFor(actionErrors, 'action-measure')}
            options={[...new Set(ACTION_KINDS.flatMap((kind) => ACTION_MEASURES[kind]))].map(
              (measure) => ({ value: measure, label: label(t, 'measures', measure) }),
            )}
          />
          <TextInput
            t={t}
            id="action-subject"
            name="subject"
            label={t.t('staffCase.outcome.subjectLabel')}
            value={typed(state, 'action', 'subject')}
            error={errorFor(actionErrors, 'action-subject')}
            autocomplete="off"
          />
          <TextInput
            t={t}
            id="action-owner"
            name="owner"
            label={t.t('staffCase.outcome.ownerLabel')}
            value={typed(state, 'action', 'owner')}
            error={errorFor(actionErrors, 'action-owner')}
            autocomplete="off"
          />
          <TextInput
            t={t}
            id="action-due"
            name="dueDate"
            width="quarter"
            label={t.t('staffCase.outcome.dueDateLabel')}
            value={typed(state, 'action', 'dueDate')}
            error={errorFor(actionErrors, 'action-due')}
            autocomplete="off"
          />
          <TextArea
            t={t}
            id="action-description"
            name="description"
            rows={3}
            label={t.t('staffCase.outcome.descriptionLabel')}
            value={typed(state, 'action', 'description')}
            error={errorFor(actionErrors, 'action-description')}
          />
          <Button>{t.t('staffCase.outcome.recordAction')}</Button>
        </StaffForm>
      ) : null}
    </CaseSection>
  );
}

export function ProtectedSection(props: CasePageProps) {
  const { t, csrf } = props.ctx;
  const { detail, state, protectedPeople: list } = props;
  const errors = errorsOf(state, 'protected');
  return (
    <CaseSection id="protected" title={t.t('staffCase.protectedPeople.heading')}>
      <p class="hint">{t.t('staffCase.protectedPeople.hint')}</p>
      {list.reporterProtected ? <p>{t.t('staffCase.protectedPeople.reporterProtected')}</p> : null}
      <p>
        {list.protectedUntil
          ? t.t('staffCase.protectedPeople.until', { date: t.date(list.protectedUntil) })
          : t.t('staffCase.protectedPeople.whileOpen')}
      </p>
      {list.people.length === 0 ? (
        <p>{t.t('staffCase.protectedPeople.none')}</p>
      ) : (
        <ul class="list list--bullet">
          {list.people.map((p) => (
            <li>
              {p.name ?? t.t('staffCase.parties.unnamed')}
              {p.employeeId ? ` (${p.employeeId})` : ''}{' '}
              <span class="hint">{label(t, 'parties.kinds', p.kind)}</span>
            </li>
          ))}
        </ul>
      )}
      {props.console.may.add_party ? (
        <StaffForm csrf={csrf} action={casePath(detail.reference, '/protected-people')}>
          <h3 class="heading-m">{t.t('staffCase.protectedPeople.addHeading')}</h3>
          <TextInput
            t={t}
            id="protected-name"
            name="name"
            label={t.t('staffCase.protectedPeople.nameLabel')}
            value={typed(state, 'protected', 'name')}
            error={errorFor(errors, 'protected-name')}
            autocomplete="off"
          />
          <TextInput
            t={t}
            id="protected-email"
            name="email"
            type="email"
            label={t.t('staffCase.protectedPeople.emailLabel')}
            value={typed(state, 'protected', 'email')}
            error={errorFor(errors, 'protected-email')}
            autocomplete="off"
            spellcheck={false}
          />
          <TextInput
            t={t}
            id="protected-employee"
            name="employeeId"
            width="half"
            label={t.t('staffCase.protectedPeople.employeeIdLabel')}
            value={typed(state, 'protected', 'employeeId')}
            error={errorFor(errors, 'protected-employee')}
            autocomplete="off"
          />
          <Button>{t.t('staffCase.protectedPeople.add')}</Button>
        </StaffForm>
      ) : null}
    </CaseSection>
  );
}

export function HoldSection(props: CasePageProps) {
  const { t, csrf } = props.ctx;
  const { detail, state, console: offered } = props;
  const hold = offered.hold;
  return (
    <CaseSection id="hold" title={t.t('staffCase.hold.heading')}>
      {hold ? (
        <p class="inset">
          {t.t('staffCase.hold.active', {
            matter: hold.matter,
            name: offered.staffNames[hold.placedBy] ?? '',
            date: t.date(hold.placedAt),
          })}
        </p>
      ) : (
        <p>{t.t('staffCase.hold.none')}</p>
      )}
      {!hold && offered.may.place_hold ? (
        <StaffForm csrf={csrf} action={casePath(detail.reference, '/legal-hold')}>
          <TextInput
            t={t}
            id="hold-matter"
            name="matter"
            label={t.t('staffCase.hold.matterLabel')}
            hint={t.t('staffCase.hold.matterHint')}
            value={typed(state, 'hold', 'matter')}
            error={errorFor(errorsOf(state, 'hold'), 'hold-matter')}
            autocomplete="off"
          />
          <Button>{t.t('staffCase.hold.place')}</Button>
        </StaffForm>
      ) : null}
      {hold && offered.may.release_hold ? (
        <StaffForm csrf={csrf} action={casePath(detail.reference, '/legal-hold/release')}>
          <TextArea
            t={t}
            id="hold-release-note"
            name="releaseNote"
            rows={3}
            label={t.t('staffCase.hold.releaseNoteLabel')}
            hint={t.t('staffCase.hold.releaseNoteHint')}
            value={typed(state, 'release', 'releaseNote')}
            error={errorFor(errorsOf(state, 'release'), 'hold-release-note')}
          />
          <Button secondary>{t.t('staffCase.hold.release')}</Button>
        </StaffForm>
      ) : null}
    </CaseSection>
  );
}

export function IdentitySection(props: CasePageProps) {
  const { t } = props.ctx;
  const { detail } = props;
  return (
    <CaseSection id="identity" title={t.t('staffCase.identity.heading')}>
      {detail.anonymous ? (
        <p>{t.t('staffCase.identity.anonymous')}</p>
      ) : (
        <>
          <p>{t.t('staffCase.identity.hidden')}</p>
          {props.console.may.reveal_identity ? (
            <p>
              <a href={casePath(detail.reference, '/identity')} class="button button--secondary">
                {t.t('staffCase.identity.start')}
              </a>
            </p>
          ) : null}
        </>
      )}
    </CaseSection>
  );
}
