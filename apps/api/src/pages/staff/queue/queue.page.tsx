import type { CaseListItem } from '@candor/domain';
import type { StaffPageContext } from '../common/staff-pages.service.js';
import { StaffLayout } from '../common/staff-layout.js';

export function QueuePage(props: {
  ctx: StaffPageContext;
  page: { items: CaseListItem[]; nextCursor: string | null };
}) {
  const { t, viewer, csrf, path } = props.ctx;
  const title = t.t('staffConsole.queue.title');
  return (
    <StaffLayout t={t} path={path} title={title} viewer={viewer} csrf={csrf} current="queue">
      <h1 class="heading-xl">{title}</h1>
      <p class="lead">{t.t('staffConsole.queue.lead')}</p>
      {props.page.items.length === 0 ? (
        <p>{t.t('staffConsole.queue.none')}</p>
      ) : (
        <div class="table-wrap">
          <table class="table">
            <caption>{t.t('staffConsole.queue.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t.t('staffConsole.queue.columns.reference')}</th>
                <th scope="col">{t.t('staffConsole.queue.columns.status')}</th>
              </tr>
            </thead>
            <tbody>
              {props.page.items.map((item) => (
                <tr>
                  <td>
                    <a href={`/staff/cases/${item.reference}`}>{item.reference}</a>
                  </td>
                  <td>{item.status}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </StaffLayout>
  );
}
