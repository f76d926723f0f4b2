import {
  ADD_EVIDENCE_ACTION,
  MAX_FILE_BYTES,
  MAX_FILES_PER_REQUEST,
  PARTY_ROLES,
} from '@candor/domain';
import type { Translator } from '@candor/platform';
import {
  Button,
  errorFor,
  FileInput,
  Radios,
  Select,
  SummaryList,
  TextArea,
  TextInput,
  WithNoWrap,
} from '../../common/components.js';
import { fileSize } from '../../reporter/report/files.page.js';
import { CaseSection, FindingRadios } from './case-components.js';
import { EVIDENCE_FIELD } from './case-forms.js';
import { StaffForm, StaffLayout } from '../common/staff-layout.js';
import {
  AssignmentSection,
  HoldSection,
  IdentitySection,
  OutcomeSection,
  ProtectedSection,
  StatusSection,
} from './case-decisions.js';
import {
  type CaseDetail,
  type CasePageProps,
  casePath,
  concernLabel,
  type DoneNotice,
  errorsOf,
  label,
  typed,
} from './case-view.js';

const DAY_MS = 86_400_000;

/** Whole days from now to `due`, rounded towards the reader (a deadline later today is 0 days). */
function daysUntil(due: Date, now = new Date()): number {
  return Math.floor((due.getTime() - now.getTime()) / DAY_MS);
}

function DueDate({ t, due, overdue }: { t: Translator; due: Date; overdue: boolean }) {
  const days = daysUntil(due);
  return (
    <>
      {t.date(due)}{' '}
      {overdue || days < 0 ? (
        <strong class="tag tag--overdue">
          {t.t('staffCase.deadlines.daysOverdue', { count: Math.max(1, -days) })}
        </strong>
      ) : (
        <span class="tag">{t.t('staffCase.deadlines.daysLeft', { count: days })}</span>
      )}
    </>
  );
}

function doneText(t: Translator, done: DoneNotice, detail: CaseDetail): string {
  if (done === 'status')
    return t.t('staffCase.done.status', { status: label(t, 'statuses', detail.status) });
  if (done === 'rerouted')
    return t.t('staffCase.done.rerouted', { body: label(t, 'bodies', detail.handledBy) });
  if (done === 'assigned')
    return t.t('staffCase.done.assigned', {
      name: detail.assignments[detail.assignments.length - 1]?.name ?? '',
    });
  return t.t(`staffCase.done.${done}`);
}

function Notice({ t, done, detail }: { t: Translator; done: DoneNotice; detail: CaseDetail }) {
  const latest = detail.routing[detail.routing.length - 1];
  return (
    <div class="notice notice--success" role="status">
      <h2 class="heading-m">{t.t('staffCase.done.noticeTitle')}</h2>
      <p>{doneText(t, done, detail)}</p>
      {done === 'rerouted' && latest ? <p>{latest.explanation}</p> : null}
    </div>
  );
}

function ReportSection({ t, detail }: { t: Translator; detail: CaseDetail }) {
  const notGiven = t.t('staffCase.report.notGiven');
  return (
    <CaseSection id="report" title={t.t('staffCase.report.heading')}>
      <SummaryList
        rows={[
          { key: t.t('staffCase.report.status'), value: label(t, 'statuses', detail.status) },
          {
            key: t.t('staffCase.report.concernType'),
            value: concernLabel(t, detail.concernType),
          },
          { key: t.t('staffCase.report.reportTitle'), value: detail.title },
          {
            key: t.t('staffCase.report.description'),
            value: <p class="message__body">{detail.description}</p>,
          },
          { key: t.t('staffCase.report.occurredAt'), value: detail.occurredAt ?? notGiven },
          { key: t.t('staffCase.report.location'), value: detail.location ?? notGiven },
          { key: t.t('staffCase.report.channel'), value: label(t, 'channels', detail.channel) },
          { key: t.t('staffCase.report.received'), value: t.dateTime(detail.receivedAt) },
          {
            key: t.t('staffCase.report.reporter'),
            value: detail.anonymous
              ? t.t('staffCase.report.anonymous')
              : t.t('staffCase.report.named'),
          },
          ...(detail.relatedCase
            ? [
                {
                  key: t.t('staffCase.report.relatedCase'),
                  value: <a href={casePath(detail.relatedCase)}>{detail.relatedCase}</a>,
                },
              ]
            : []),
          ...(detail.dismissalReason
            ? [
                {
                  key: t.t('staffCase.report.dismissalReason'),
                  value: label(t, 'dismissalReasons', detail.dismissalReason),
                },
              ]
            : []),
          ...(detail.finding
            ? [
                {
                  key: t.t('staffCase.report.finding'),
                  value: label(t, 'findings', detail.finding),
                },
              ]
            : []),
        ]}
      />
    </CaseSection>
  );
}

function RoutingSection({ t, detail }: { t: Translator; detail: CaseDetail }) {
  const decisions = [...detail.routing].reverse();
  const [latest, ...earlier] = decisions;
  const rows = (r: CaseDetail['routing'][number]) => [
    { key: t.t('staffCase.routing.routedTo'), value: label(t, 'roles', r.routedTo) },
    { key: t.t('staffCase.routing.handledBy'), value: label(t, 'roles', r.handledBy) },
    { key: t.t('staffCase.routing.rule'), value: r.ruleId },
    { key: t.t('staffCase.routing.explanation'), value: r.explanation },
    { key: t.t('staffCase.routing.policyVersion'), value: r.policyVersion },
    {
      key: t.t('staffCase.routing.decided'),
      value: `${t.dateTime(r.decidedAt)} (${t.t(`staffCase.routing.${r.trigger === 'reroute' ? 'reroute' : 'intake'}`)})`,
    },
  ];
  return (
    <CaseSection id="routing" title={t.t('staffCase.routing.heading')}>
      {latest ? <SummaryList rows={rows(latest)} /> : null}
      {earlier.length > 0 ? (
        <details class="details">
          <summary>{t.t('staffCase.routing.history')}</summary>
          {earlier.map((r) => (
            <SummaryList rows={rows(r)} />
          ))}
        </details>
      ) : null}
    </CaseSection>
  );
}

function DeadlinesSection({ t, detail }: { t: Translator; detail: CaseDetail }) {
  const d = detail.deadlines;
  const rows = [
    detail.acknowledgedAt
      ? { key: t.t('staffCase.deadlines.acknowledged'), value: t.date(detail.acknowledgedAt) }
      : {
          key: t.t('staffCase.deadlines.acknowledgeBy'),
          value: (
            <DueDate
              t={t}
              due={d.acknowledgeBy}
              overdue={d.overdueItems.includes('acknowledgement')}
            />
          ),
        },
    ...(d.feedbackGivenAt
      ? [{ key: t.t('staffCase.deadlines.feedbackGivenAt'), value: t.date(d.feedbackGivenAt) }]
      : d.feedbackDueAt
        ? [
            {
              key: t.t('staffCase.deadlines.feedbackDueAt'),
              value: (
                <DueDate
                  t={t}
                  due={d.feedbackDueAt}
                  overdue={d.overdueItems.includes('feedback')}
                />
              ),
            },
          ]
        : []),
  ];
  return (
    <CaseSection id="deadlines" title={t.t('staffCase.deadlines.heading')}>
      <SummaryList rows={rows} />
      {d.nextDueAt ? null : <p>{t.t('staffCase.deadlines.none')}</p>}
    </CaseSection>
  );
}

function PartiesSection(props: CasePageProps) {
  const { t, csrf } = props.ctx;
  const { detail, state } = props;
  const errors = errorsOf(state, 'implicated');
  return (
    <CaseSection id="parties" title={t.t('staffCase.parties.heading')}>
      {detail.parties.length === 0 ? (
        <p>{t.t('staffCase.parties.none')}</p>
      ) : (
        <table class="table">
          <thead>
            <tr>
              <th scope="col">{t.t('staffCase.parties.name')}</th>
              <th scope="col">{t.t('staffCase.parties.kind')}</th>
              <th scope="col">{t.t('staffCase.parties.role')}</th>
            </tr>
          </thead>
          <tbody>
            {detail.parties.map((p) => (
              <tr>
                <td>
                  {p.name ?? t.t('staffCase.parties.unnamed')}
                  {p.staffId ? (
                    <span class="hint"> ({t.t('staffCase.parties.staffMatch')})</span>
                  ) : null}
                </td>
                <td>{label(t, 'parties.kinds', p.kind)}</td>
                <td>{label(t, 'partyRoles', p.role)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {props.console.may.add_party ? (
        <StaffForm csrf={csrf} action={casePath(detail.reference, '/implicated')}>
          <h3 class="heading-m">{t.t('staffCase.parties.addHeading')}</h3>
          <p class="hint">{t.t('staffCase.parties.addHint')}</p>
          <TextInput
            t={t}
            id="implicated-name"
            name="name"
            label={t.t('staffCase.parties.nameLabel')}
            value={typed(state, 'implicated', 'name')}
            error={errorFor(errors, 'implicated-name')}
            autocomplete="off"
          />
          <Select
            t={t}
            id="implicated-role"
            name="role"
            label={t.t('staffCase.parties.roleLabel')}
            placeholder={t.t('staffCase.parties.rolePlaceholder')}
            value={typed(state, 'implicated', 'role')}
            error={errorFor(errors, 'implicated-role')}
            options={PARTY_ROLES.map((role) => ({
              value: role,
              label: label(t, 'partyRoles', role),
            }))}
          />
          <Button>{t.t('staffCase.parties.add')}</Button>
        </StaffForm>
      ) : null}
    </CaseSection>
  );
}

function FilesSection(props: CasePageProps) {
  const { t, csrf } = props.ctx;
  const { detail, state } = props;
  return (
    <CaseSection id="files" title={t.t('staffCase.files.heading')}>
      {detail.files.length === 0 ? (
        <p>{t.t('staffCase.files.none')}</p>
      ) : (
        <ul class="list file-list">
          {detail.files.map((f) => (
            <li>
              <a href={casePath(detail.reference, `/files/${f.id}`)} download>
                {t.t('staffCase.files.download')} {f.name}
              </a>{' '}
              <span class="hint">
                {fileSize(t.locale, f.size)} ·{' '}
                {f.source === 'reporter'
                  ? t.t('staffCase.files.fromReporter')
                  : t.t('staffCase.files.fromStaff')}{' '}
                · {t.dateTime(f.at)}
                {f.metadataRemoved ? ` · ${t.t('staffCase.files.metadataRemoved')}` : ''}
              </span>
            </li>
          ))}
        </ul>
      )}
      {props.console.may[ADD_EVIDENCE_ACTION] ? (
        <StaffForm csrf={csrf} action={casePath(detail.reference, '/files')} multipart>
          <h3 class="heading-m">{t.t('staffCase.files.addHeading')}</h3>
          <FileInput
            t={t}
            id={EVIDENCE_FIELD}
            name="files"
            label={t.t('staffCase.files.chooseLabel')}
            hint={
              <>
                <p>
                  {t.t('staffCase.files.addHint', {
                    max: MAX_FILES_PER_REQUEST,
                    size: fileSize(t.locale, MAX_FILE_BYTES),
                  })}{' '}
                  {t.t('report.files.accepted')}
                </p>
                <p>{t.t('staffCase.files.metadataHint')}</p>
              </>
            }
            error={errorFor(errorsOf(state, 'evidence'), EVIDENCE_FIELD)}
          />
          <Button>{t.t('staffCase.files.add')}</Button>
        </StaffForm>
      ) : null}
    </CaseSection>
  );
}

function MessagesSection(props: CasePageProps) {
  const { t, csrf } = props.ctx;
  const { detail, state } = props;
  const errors = errorsOf(state, 'message');
  return (
    <CaseSection id="messages" title={t.t('staffCase.messages.heading')}>
      {detail.messages.length === 0 ? (
        <p>{t.t('staffCase.messages.none')}</p>
      ) : (
        <ol class="list">
          {detail.messages.map((m) => (
            <li class={m.from === 'handler' ? 'message message--handler' : 'message'}>
              <p class="message__meta">
                {m.from === 'reporter'
                  ? t.t('staffCase.messages.fromReporter')
                  : t.t('staffCase.messages.fromHandler')}
                {m.kind === 'acknowledgement'
                  ? ` · ${t.t('staffCase.messages.acknowledgement')}`
                  : m.kind === 'identity_notice'
                    ? ` · ${t.t('staffCase.messages.identityNotice')}`
                    : ''}{' '}
                · {t.dateTime(m.at)}
              </p>
              <p class="message__body">{m.body}</p>
            </li>
          ))}
        </ol>
      )}
      {props.console.may.message_reporter ? (
        <StaffForm csrf={csrf} action={casePath(detail.reference, '/messages')}>
          <h3 class="heading-m">{t.t('staffCase.messages.replyHeading')}</h3>
          <TextArea
            t={t}
            id="message-body"
            name="body"
            rows={5}
            label={t.t('staffCase.messages.replyLabel')}
            hint={t.t('staffCase.messages.replyHint')}
            value={typed(state, 'message', 'body')}
            error={errorFor(errors, 'message-body')}
          />
          <Button>{t.t('staffCase.messages.send')}</Button>
        </StaffForm>
      ) : null}
    </CaseSection>
  );
}

function NotesSection(props: CasePageProps) {
  const { t, csrf } = props.ctx;
  const { detail, state, console: offered } = props;
  const errors = errorsOf(state, 'note');
  const recommendationErrors = errorsOf(state, 'recommendation');
  return (
    <CaseSection id="notes" title={t.t('staffCase.notes.heading')}>
      <p class="hint">{t.t('staffCase.notes.hint')}</p>
      {detail.notes.length === 0 ? (
        <p>{t.t('staffCase.notes.none')}</p>
      ) : (
        <ol class="list">
          {detail.notes.map((n) => (
            <li class="message message--note">
              <p class="message__meta">
                {n.author} · {t.dateTime(n.at)}
                {n.kind === 'interview' ? ` · ${t.t('staffCase.notes.interview')}` : ''}
                {n.correctsNoteId ? ` · ${t.t('staffCase.notes.corrects')}` : ''}
              </p>
              <p class="message__body">{n.body}</p>
            </li>
          ))}
        </ol>
      )}
      {offered.may.add_note ? (
        <StaffForm csrf={csrf} action={casePath(detail.reference, '/notes')}>
          <h3 class="heading-m">{t.t('staffCase.notes.addHeading')}</h3>
          <Radios
            t={t}
            id="note-kind"
            name="kind"
            legend={t.t('staffCase.notes.kindLabel')}
            value={typed(state, 'note', 'kind') || 'note'}
            error={errorFor(errors, 'note-kind')}
            groups={[
              {
                choices: [
                  { value: 'note', label: t.t('staffCase.notes.kindNote') },
                  { value: 'interview', label: t.t('staffCase.notes.kindInterview') },
                ],
              },
            ]}
          />
          <TextArea
            t={t}
            id="note-body"
            name="body"
            rows={5}
            label={t.t('staffCase.notes.bodyLabel')}
            value={typed(state, 'note', 'body')}
            error={errorFor(errors, 'note-body')}
          />
          <Button>{t.t('staffCase.notes.add')}</Button>
        </StaffForm>
      ) : null}
      {offered.may.add_note && !offered.may.record_outcome ? (
        <StaffForm csrf={csrf} action={casePath(detail.reference, '/recommendation')}>
          <h3 class="heading-m">{t.t('staffCase.recommendation.heading')}</h3>
          <p class="hint">{t.t('staffCase.recommendation.hint')}</p>
          <FindingRadios
            t={t}
            id="recommendation-finding"
            legend={t.t('staffCase.recommendation.findingLabel')}
            value={typed(state, 'recommendation', 'finding')}
            error={errorFor(recommendationErrors, 'recommendation-finding')}
          />
          <TextArea
            t={t}
            id="recommendation-summary"
            name="summary"
            rows={5}
            label={t.t('staffCase.recommendation.summaryLabel')}
            value={typed(state, 'recommendation', 'summary')}
            error={errorFor(recommendationErrors, 'recommendation-summary')}
          />
          <Button>{t.t('staffCase.recommendation.submit')}</Button>
        </StaffForm>
      ) : null}
    </CaseSection>
  );
}

/**
 * A case as its handlers see it: the report, routing, deadlines, people, files, the thread with
 * the reporter and the internal notes (two separate forms, never a toggle), then the decisions
 * this viewer may take. Forms appear only for what canAct allows.
 */
export function CasePage(props: CasePageProps) {
  const { t } = props.ctx;
  const { detail, done } = props;
  const errors = props.state?.errors ?? [];
  const sections: Array<[string, string]> = [
    ['report', t.t('staffCase.report.heading')],
    ['routing', t.t('staffCase.routing.heading')],
    ['deadlines', t.t('staffCase.deadlines.heading')],
    ['status', t.t('staffCase.status.heading')],
    ['parties', t.t('staffCase.parties.heading')],
    ['files', t.t('staffCase.files.heading')],
    ['messages', t.t('staffCase.messages.heading')],
    ['notes', t.t('staffCase.notes.heading')],
    ['assignment', t.t('staffCase.assignment.heading')],
    ['outcome', t.t('staffCase.outcome.heading')],
    ['protected', t.t('staffCase.protectedPeople.heading')],
    ['hold', t.t('staffCase.hold.heading')],
    ['identity', t.t('staffCase.identity.heading')],
  ];
  return (
    <StaffLayout
      t={t}
      path={props.ctx.path}
      csrf={props.ctx.csrf}
      current="queue"
      viewer={props.viewer}
      title={t.t('staffCase.title', { reference: detail.reference })}
      errors={errors}
    >
      <a href="/staff" class="back-link">
        {t.t('staffCase.queue')}
      </a>
      <h1 class="heading-xl">
        <WithNoWrap
          text={t.t('staffCase.title', { reference: detail.reference })}
          value={detail.reference}
        />
        <span class="caption">{detail.title}</span>
      </h1>
      {done ? <Notice t={t} done={done} detail={detail} /> : null}
      <nav aria-labelledby="contents" class="contents">
        <h2 class="heading-s" id="contents">
          {t.t('staffCase.contents')}
        </h2>
        <ul class="list list--inline">
          {sections.map(([id, text]) => (
            <li>
              <a href={`#${id}`}>{text}</a>
            </li>
          ))}
          {props.console.may.view_audit ? (
            <li>
              <a href={casePath(detail.reference, '/audit')}>{t.t('staffCase.audit.heading')}</a>
            </li>
          ) : null}
        </ul>
      </nav>
      <ReportSection t={t} detail={detail} />
      <RoutingSection t={t} detail={detail} />
      <DeadlinesSection t={t} detail={detail} />
      <StatusSection {...props} />
      <PartiesSection {...props} />
      <FilesSection {...props} />
      <MessagesSection {...props} />
      <NotesSection {...props} />
      <AssignmentSection {...props} />
      <OutcomeSection {...props} />
      <ProtectedSection {...props} />
      <HoldSection {...props} />
      <IdentitySection {...props} />
      {props.console.may.view_audit ? (
        <p>
          <a href={casePath(detail.reference, '/audit')}>{t.t('staffCase.audit.link')}</a>
        </p>
      ) : null}
    </StaffLayout>
  );
}
