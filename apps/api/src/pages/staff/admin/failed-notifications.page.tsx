import type { FailedNotification } from '@candor/platform';
import { StaffForm } from '../common/staff-layout.js';
import type { StaffPageContext } from '../common/staff-pages.service.js';
import { AdminLayout } from './admin-layout.js';

/** The notification dead-letter list (ids, events and reasons, no content), each with Retry. */
export function FailedNotificationsPage(props: {
  ctx: StaffPageContext;
  failed: readonly FailedNotification[] | 'unavailable';
  retried?: number;
  gone?: boolean;
}) {
  const { ctx, failed } = props;
  const { t } = ctx;
  const title = t.t('staffAdmin.notifications.title');
  return (
    <AdminLayout ctx={ctx} title={title} section="notifications">
      {props.retried !== undefined ? (
        <div class="notice notice--success" role="status">
          {t.t('staffAdmin.notifications.retried', { count: props.retried })}
        </div>
      ) : null}
      {props.gone ? (
        <div class="notice" role="status">
          {t.t('staffAdmin.notifications.gone')}
        </div>
      ) : null}
      <h1 class="heading-xl">{title}</h1>
      <p class="lead">{t.t('staffAdmin.notifications.lead')}</p>
      {failed === 'unavailable' ? (
        <div class="notice" role="status">
          {t.t('staffAdmin.notifications.unavailable')}
        </div>
      ) : failed.length === 0 ? (
        <p>{t.t('staffAdmin.notifications.none')}</p>
      ) : (
        <>
          <section class="table-wrap" tabIndex={0} aria-label={title}>
            <table class="table">
              <caption class="visually-hidden">{title}</caption>
              <thead>
                <tr>
                  <th scope="col">{t.t('staffAdmin.notifications.failedAt')}</th>
                  <th scope="col">{t.t('staffAdmin.notifications.event')}</th>
                  <th scope="col">{t.t('staffAdmin.notifications.reason')}</th>
                  <th scope="col" class="numeric">
                    {t.t('staffAdmin.notifications.attempts')}
                  </th>
                  <th scope="col">
                    <span class="visually-hidden">{t.t('staffAdmin.notifications.retry')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {failed.map((job) => (
                  <tr>
                    <td>{job.failedAt ? t.dateTime(new Date(job.failedAt)) : '–'}</td>
                    <td>
                      <code>{job.event ?? job.queue}</code>
                      <br />
                      <span class="muted break">
                        {t.t('staffAdmin.notifications.job')} {job.jobId}
                      </span>
                    </td>
                    <td class="break">{job.reason}</td>
                    <td class="numeric">{job.attempts}</td>
                    <td>
                      <StaffForm csrf={ctx.csrf} action="/staff/admin/notifications/retry">
                        <input type="hidden" name="jobId" value={job.jobId} />
                        <button type="submit" class="button button--secondary button--small">
                          {t.t('staffAdmin.notifications.retry')}
                          <span class="visually-hidden"> {job.jobId}</span>
                        </button>
                      </StaffForm>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
          <StaffForm csrf={ctx.csrf} action="/staff/admin/notifications/retry">
            <input type="hidden" name="all" value="yes" />
            <button type="submit" class="button">
              {t.t('staffAdmin.notifications.retryAll')}
            </button>
          </StaffForm>
        </>
      )}
    </AdminLayout>
  );
}
