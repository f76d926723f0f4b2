import { RETALIATION_LIMITS, REVIEW_DECISIONS, type RetaliationReviewView } from '@candor/domain';
import { errorFor, type FieldErrors, Radios, TextArea } from '../../common/components.js';
import { StaffForm, StaffLayout } from '../common/staff-layout.js';
import type { StaffPageContext } from '../common/staff-pages.service.js';

function Employee({ review }: { review: RetaliationReviewView }) {
  const { name, email, employeeId } = review.employee;
  return (
    <>
      {name}
      {email ? (
        <>
          <br />
          <span class="muted">{email}</span>
        </>
      ) : null}
      {employeeId ? (
        <>
          <br />
          <span class="muted">{employeeId}</span>
        </>
      ) : null}
    </>
  );
}

function Match({ ctx, review }: { ctx: StaffPageContext; review: RetaliationReviewView }) {
  const { t } = ctx;
  return (
    <>
      {t.t(`staffRetaliation.reviews.matches.${review.match}`)}
      {review.match !== 'none' ? (
        <>
          <br />
          <span class="muted">
            {t.t('staffRetaliation.reviews.matchedCases', { count: review.matchedCases })}
          </span>
        </>
      ) : null}
    </>
  );
}

/** The matched case, linked, when the reviewer may see it; otherwise nothing about it. */
function CaseCell({ ctx, review }: { ctx: StaffPageContext; review: RetaliationReviewView }) {
  if (review.caseReference) {
    return (
      <a href={`/staff/cases/${review.caseReference}`} class="nowrap">
        {review.caseReference}
      </a>
    );
  }
  return review.match === 'none' ? (
    <>–</>
  ) : (
    <span class="muted">{ctx.t.t('staffRetaliation.reviews.noCaseShown')}</span>
  );
}

function statusClass(review: RetaliationReviewView): string {
  switch (review.status) {
    case 'pending':
      return 'tag tag--received';
    case 'cleared':
      return 'tag tag--closed';
    case 'blocked':
      return 'tag tag--dismissed';
    case 'escalated':
      return 'tag tag--triage';
  }
}

/** The reviewers' inbox: the reviews named on them, waiting ones first. */
export function ReviewsPage(props: {
  ctx: StaffPageContext;
  reviews: readonly RetaliationReviewView[];
  decided?: string;
}) {
  const { ctx, reviews } = props;
  const { t } = ctx;
  const title = t.t('staffRetaliation.reviews.title');
  const pending = reviews.filter((review) => review.status === 'pending');
  const decided = reviews.filter((review) => review.status !== 'pending');
  return (
    <StaffLayout
      t={t}
      path={ctx.path}
      title={title}
      viewer={ctx.viewer}
      csrf={ctx.csrf}
      current="retaliationReviews"
    >
      {props.decided ? (
        <div class="notice notice--success" role="status">
          {t.t('staffRetaliation.decide.decided', {
            decision: t.t(`staffRetaliation.reviewStatuses.${props.decided as 'cleared'}`),
          })}
        </div>
      ) : null}
      <h1 class="heading-xl">{title}</h1>
      <p class="lead">{t.t('staffRetaliation.reviews.lead')}</p>
      {reviews.length === 0 ? <p>{t.t('staffRetaliation.reviews.none')}</p> : null}
      {pending.length > 0 ? (
        <ReviewTable ctx={ctx} heading="pendingHeading" reviews={pending} />
      ) : null}
      {decided.length > 0 ? (
        <ReviewTable ctx={ctx} heading="decidedHeading" reviews={decided} />
      ) : null}
    </StaffLayout>
  );
}

function ReviewTable(props: {
  ctx: StaffPageContext;
  heading: 'pendingHeading' | 'decidedHeading';
  reviews: readonly RetaliationReviewView[];
}) {
  const { t } = props.ctx;
  const id = `reviews-${props.heading}`;
  return (
    <>
      <h2 class="heading-l" id={id}>
        {t.t(`staffRetaliation.reviews.${props.heading}`)}
      </h2>
      <section class="table-wrap" tabIndex={0} aria-labelledby={id}>
        <table class="table" aria-labelledby={id}>
          <thead>
            <tr>
              <th scope="col">{t.t('staffRetaliation.reviews.received')}</th>
              <th scope="col">{t.t('staffRetaliation.reviews.employee')}</th>
              <th scope="col">{t.t('staffRetaliation.reviews.action')}</th>
              <th scope="col">{t.t('staffRetaliation.reviews.match')}</th>
              <th scope="col">{t.t('staffRetaliation.reviews.case')}</th>
              <th scope="col">{t.t('staffRetaliation.reviews.status')}</th>
            </tr>
          </thead>
          <tbody>
            {props.reviews.map((review) => (
              <tr>
                <td>{t.dateTime(review.createdAt)}</td>
                <td>
                  <Employee review={review} />
                </td>
                <td>
                  {t.t(`staffRetaliation.actions.${review.adverseAction}`)}
                  <br />
                  <span class="muted">{review.effectiveDate}</span>
                </td>
                <td>
                  <Match ctx={props.ctx} review={review} />
                </td>
                <td>
                  <CaseCell ctx={props.ctx} review={review} />
                </td>
                <td>
                  <strong class={statusClass(review)}>
                    {t.t(`staffRetaliation.reviewStatuses.${review.status}`)}
                  </strong>
                  {review.status === 'pending' ? (
                    <>
                      <br />
                      <a href={`/staff/retaliation/reviews/${review.id}`}>
                        {t.t('staffRetaliation.reviews.decide')}
                        <span class="visually-hidden">: {review.employee.name}</span>
                      </a>
                    </>
                  ) : review.reason ? (
                    <>
                      <br />
                      <span class="muted">{review.reason}</span>
                    </>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </>
  );
}

export interface DecisionInput {
  readonly decision: string;
  readonly reason: string;
}

/** One review and the form that decides it. */
export function ReviewPage(props: {
  ctx: StaffPageContext;
  review: RetaliationReviewView;
  input: DecisionInput;
  errors: FieldErrors;
}) {
  const { ctx, review, input, errors } = props;
  const { t } = ctx;
  const title = t.t('staffRetaliation.decide.title');
  const rows = [
    { key: t.t('staffRetaliation.reviews.employee'), value: <Employee review={review} /> },
    {
      key: t.t('staffRetaliation.reviews.action'),
      value: t.t(`staffRetaliation.actions.${review.adverseAction}`),
    },
    { key: t.t('staffRetaliation.reviews.effectiveDate'), value: review.effectiveDate },
    { key: t.t('staffRetaliation.reviews.match'), value: <Match ctx={ctx} review={review} /> },
    { key: t.t('staffRetaliation.reviews.case'), value: <CaseCell ctx={ctx} review={review} /> },
    { key: t.t('staffRetaliation.reviews.received'), value: t.dateTime(review.createdAt) },
  ];
  return (
    <StaffLayout
      t={t}
      path={ctx.path}
      title={title}
      viewer={ctx.viewer}
      csrf={ctx.csrf}
      current="retaliationReviews"
      back="/staff/retaliation/reviews"
      errors={errors}
    >
      <h1 class="heading-xl">{title}</h1>
      <dl class="summary-list">
        {rows.map((row) => (
          <div class="summary-list__row">
            <dt class="summary-list__key">{row.key}</dt>
            <dd class="summary-list__value">{row.value}</dd>
          </div>
        ))}
      </dl>
      <StaffForm csrf={ctx.csrf} action={`/staff/retaliation/reviews/${review.id}`}>
        <Radios
          t={t}
          id="decision"
          legend={t.t('staffRetaliation.decide.decision')}
          value={input.decision}
          error={errorFor(errors, 'decision')}
          groups={[
            {
              choices: REVIEW_DECISIONS.map((decision) => ({
                value: decision,
                label: t.t(`staffRetaliation.decide.decisions.${decision}`),
              })),
            },
          ]}
        />
        <TextArea
          t={t}
          id="reason"
          rows={5}
          label={t.t('staffRetaliation.decide.reason')}
          hint={t.t('staffRetaliation.decide.reasonHint', { max: RETALIATION_LIMITS.reasonMax })}
          value={input.reason}
          error={errorFor(errors, 'reason')}
        />
        <button type="submit" class="button">
          {t.t('staffRetaliation.decide.submit')}
        </button>
      </StaffForm>
    </StaffLayout>
  );
}
