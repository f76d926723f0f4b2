import type { ComponentChildren } from 'preact';
import type { FieldErrors } from '../../common/components.js';
import type { PageContext } from '../../common/page-context.js';
import { ReporterLayout } from '../reporter-layout.js';

/** A page of the report form: the question, a Back link, and what happens to the answers. */
export function ReportLayout(props: {
  ctx: PageContext;
  title: string;
  back: string;
  errors?: FieldErrors;
  children: ComponentChildren;
}) {
  const { t } = props.ctx;
  return (
    <ReporterLayout
      t={t}
      path={props.ctx.path}
      title={props.title}
      back={props.back}
      errors={props.errors}
    >
      {props.children}
      <p class="hint draft-note">{t.t('report.draftNote')}</p>
    </ReporterLayout>
  );
}

/** Carries "came from Check your answers" through a step, so Continue goes back there. */
export function ChangeField({ change }: { change: boolean }) {
  return change ? <input type="hidden" name="change" value="1" /> : null;
}
