import {
  MAX_FILES_PER_REQUEST,
  REPORT_LIMITS,
  type ReporterCaseView,
  type Route,
} from '@candor/domain';
import type { Translator } from '@candor/platform';
import {
  Button,
  errorFor,
  type FieldErrors,
  PageForm,
  sentenceCase,
  SummaryList,
  TextArea,
  WithNoWrap,
} from '../../common/components.js';
import type { PageContext } from '../../common/page-context.js';
import { fileSize } from '../report/files.page.js';
import { ReporterLayout } from '../reporter-layout.js';

const STATUSES = [
  'received',
  'acknowledged',
  'triage',
  'investigating',
  'resolved',
  'closed',
  'dismissed',
  'reopened',
] as const;
type Status = (typeof STATUSES)[number];

function statusOf(view: ReporterCaseView): Status {
  return (STATUSES as readonly string[]).includes(view.status)
    ? (view.status as Status)
    : 'received';
}

function Message({
  t,
  message,
  handledBy,
  feedbackDueAt,
}: {
  t: Translator;
  message: ReporterCaseView['messages'][number];
  handledBy: Route;
  feedbackDueAt: Date | null;
}) {
  const from =
    message.from === 'reporter' ? t.t('followUp.case.fromYou') : t.t('followUp.case.fromHandler');
  const meta = (
    <p class="message__meta">
      {from} · {t.dateTime(message.at)}
    </p>
  );
  if (message.kind === 'identity_notice') {
    return (
      <li class="message message--notice">
        <h3 class="heading-m">{t.t('followUp.case.identityNotice')}</h3>
        {meta}
        <p>{t.t('followUp.case.identityNoticeLead')}</p>
        <p class="message__body">{message.body}</p>
      </li>
    );
  }
  if (message.kind === 'acknowledgement' && feedbackDueAt) {
    // The acknowledgement in the reader's language; the stored English text says the same.
    return (
      <li class="message message--handler">
        <h3 class="heading-m">{t.t('followUp.case.acknowledgement')}</h3>
        {meta}
        {t
          .list('followUp.acknowledgement', {
            body: t.t(`routes.${handledBy}`),
            date: t.date(feedbackDueAt),
          })
          .map((paragraph) => (
            <p>{paragraph}</p>
          ))}
      </li>
    );
  }
  return (
    <li class={message.from === 'handler' ? 'message message--handler' : 'message'}>
      {meta}
      <p class="message__body">{message.body}</p>
    </li>
  );
}

/** The reporter's case: status in plain words, deadlines, the thread both ways, and what to do. */
export function CasePage(props: {
  ctx: PageContext;
  view: ReporterCaseView;
  expiresAt: Date;
  writable: boolean;
  writeWindowDays: number;
  done?: { kind: 'message' } | { kind: 'files'; count: number };
  message?: string;
  errors?: FieldErrors;
}) {
  const { t } = props.ctx;
  const { view } = props;
  const errors = props.errors ?? [];
  const status = statusOf(view);
  const title = t.t('followUp.case.title', { reference: view.reference });
  const rows = [
    { key: t.t('followUp.case.status'), value: t.t(`statuses.${status}.label`) },
    { key: t.t('followUp.case.received'), value: t.date(view.createdAt) },
    { key: t.t('followUp.case.goesTo'), value: sentenceCase(t, t.t(`routes.${view.handledBy}`)) },
    view.acknowledgedAt
      ? { key: t.t('followUp.case.acknowledged'), value: t.date(view.acknowledgedAt) }
      : { key: t.t('followUp.case.acknowledgeBy'), value: t.date(view.acknowledgeBy) },
    ...(view.feedbackDueAt
      ? [{ key: t.t('followUp.case.feedbackBy'), value: t.date(view.feedbackDueAt) }]
      : []),
    ...(view.writableUntil
      ? [{ key: t.t('followUp.case.writableUntil'), value: t.date(view.writableUntil) }]
      : []),
  ];
  return (
    <ReporterLayout t={t} path={props.ctx.path} title={title} errors={errors}>
      <div class="signed-in">
        <p>{t.t('followUp.case.signedInUntil', { time: t.dateTime(props.expiresAt) })}</p>
        <PageForm t={t} csrf={props.ctx.csrf} action="/follow-up/sign-out">
          <Button secondary>{t.t('followUp.case.signOut')}</Button>
        </PageForm>
      </div>
      {props.done ? (
        <div class="banner" role="status">
          {props.done.kind === 'message'
            ? t.t('followUp.case.sent')
            : t.t('followUp.case.filesAdded', { count: props.done.count })}
        </div>
      ) : null}
      <h1 class="heading-xl">
        <WithNoWrap text={title} value={view.reference} />
      </h1>

      <h2 class="heading-l">{t.t('followUp.case.statusHeading')}</h2>
      <SummaryList rows={rows} />
      <h3 class="heading-m">{t.t('followUp.case.whatNext')}</h3>
      <p>{t.t(`statuses.${status}.next`, { date: t.date(view.acknowledgeBy) })}</p>

      <h2 class="heading-l" id="messages">
        {t.t('followUp.case.messagesHeading')}
      </h2>
      {view.messages.length === 0 ? (
        <p>{t.t('followUp.case.noMessages')}</p>
      ) : (
        <ol class="list">
          {view.messages.map((message) => (
            <Message
              t={t}
              message={message}
              handledBy={view.handledBy}
              feedbackDueAt={view.feedbackDueAt}
            />
          ))}
        </ol>
      )}

      {props.writable ? (
        <>
          <h2 class="heading-l">{t.t('followUp.case.messageHeading')}</h2>
          <PageForm t={t} csrf={props.ctx.csrf} action="/follow-up/messages">
            <TextArea
              t={t}
              id="message"
              label={t.t('followUp.case.messageLabel')}
              hint={t.t('followUp.case.messageHint', { max: REPORT_LIMITS.messageMax })}
              error={errorFor(errors, 'message')}
              value={props.message}
            />
            <Button>{t.t('followUp.case.send')}</Button>
          </PageForm>
        </>
      ) : (
        <p class="inset">
          {t.t('followUp.case.closedForWriting', { days: props.writeWindowDays })}
        </p>
      )}

      <h2 class="heading-l">{t.t('followUp.case.filesHeading')}</h2>
      {view.attachments.length === 0 ? (
        <p>{t.t('followUp.case.noFiles')}</p>
      ) : (
        <ul class="list list--bullet">
          {view.attachments.map((file) => (
            <li>
              {file.name} ({fileSize(t.locale, file.size)})
            </li>
          ))}
        </ul>
      )}
      {props.writable ? (
        <PageForm t={t} csrf={props.ctx.csrf} action="/follow-up/files" multipart>
          <div class={errorFor(errors, 'files') ? 'form-group form-group--error' : 'form-group'}>
            <label class="label" for="files">
              {t.t('followUp.case.addFilesHeading')}
            </label>
            <div class="hint" id="files-hint">
              {t.t('report.files.hint', { count: MAX_FILES_PER_REQUEST })}{' '}
              {t.t('report.files.metadataWarning')}
            </div>
            {errorFor(errors, 'files') ? (
              <p class="error-message" id="files-error">
                <span class="visually-hidden">{t.t('layout.errorPrefix')} </span>
                {errorFor(errors, 'files')}
              </p>
            ) : null}
            <input
              class="file-upload"
              id="files"
              name="files"
              type="file"
              multiple
              aria-describedby={errorFor(errors, 'files') ? 'files-hint files-error' : 'files-hint'}
            />
          </div>
          <Button secondary>{t.t('followUp.case.addFiles')}</Button>
        </PageForm>
      ) : null}

      <h2 class="heading-l">{t.t('followUp.case.retaliationHeading')}</h2>
      <p>{t.t('followUp.case.retaliationText')}</p>
      <p>
        <a href="/follow-up/retaliation" class="button button--secondary">
          {t.t('followUp.case.retaliationLink')}
        </a>
      </p>

      <div class="inset">
        <h2 class="heading-m">{t.t('followUp.case.outsideHeading')}</h2>
        <p>{t.t('start.outsideText')}</p>
      </div>
    </ReporterLayout>
  );
}
