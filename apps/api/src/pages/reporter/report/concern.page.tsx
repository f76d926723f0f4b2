import type { ConcernType, Route } from '@candor/domain';
import { Button, errorFor, type FieldErrors, PageForm, Radios } from '../../common/components.js';
import type { PageContext } from '../../common/page-context.js';
import { CONCERN_GROUPS } from './concern-groups.js';
import { ChangeField, ReportLayout } from './report-layout.js';

export interface ConcernPageProps {
  ctx: PageContext;
  back: string;
  change: boolean;
  value?: string;
  errors?: FieldErrors;
  /** Where each concern type goes by default under the policy in force. */
  routes: ReadonlyMap<ConcernType, Route>;
}

/** Step 1: what the concern is about, grouped by the Code's sections, with who receives it. */
export function ConcernPage(props: ConcernPageProps) {
  const { t } = props.ctx;
  const errors = props.errors ?? [];
  const groups = CONCERN_GROUPS.map(({ group, types }) => ({
    heading: t.t(`concerns.groups.${group}`),
    choices: types
      .filter((type) => props.routes.has(type))
      .map((type) => ({
        value: type,
        label: t.t(`concerns.types.${type}.label`),
        hint: (
          <>
            {t.t(`concerns.types.${type}.hint`)}{' '}
            <strong>
              {t.t('report.concern.goesTo', {
                body: t.t(`routes.${props.routes.get(type) ?? 'general_counsel'}`),
              })}
            </strong>
          </>
        ),
      })),
  })).filter((group) => group.choices.length > 0);
  return (
    <ReportLayout
      ctx={props.ctx}
      title={t.t('report.concern.title')}
      back={props.back}
      errors={errors}
    >
      <PageForm t={t} csrf={props.ctx.csrf} action="/report/concern">
        <ChangeField change={props.change} />
        <Radios
          t={t}
          id="concernType"
          legend={t.t('report.concern.title')}
          legendIsHeading
          hint={
            <>
              <p>{t.t('report.concern.hint')}</p>
              <p>{t.t('report.concern.boardNote')}</p>
            </>
          }
          error={errorFor(errors, 'concernType')}
          value={props.value}
          groups={groups}
        />
        <Button>{t.t('layout.continue')}</Button>
      </PageForm>
    </ReportLayout>
  );
}
