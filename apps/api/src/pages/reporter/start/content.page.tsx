import type { PageContext } from '../../common/page-context.js';
import { Paragraphs } from '../../common/components.js';
import { ReporterLayout } from '../reporter-layout.js';

export interface ContentSection {
  readonly heading: string;
  readonly texts: readonly string[];
}

/** A page of headed sections: the privacy notice, the accessibility statement. */
export function ContentPage(props: {
  ctx: PageContext;
  title: string;
  lead: string;
  sections: readonly ContentSection[];
}) {
  const { t } = props.ctx;
  return (
    <ReporterLayout t={t} path={props.ctx.path} title={props.title}>
      <h1 class="heading-xl">{props.title}</h1>
      <p class="lead">{props.lead}</p>
      {props.sections.map((section) => (
        <section>
          <h2 class="heading-l">{section.heading}</h2>
          <Paragraphs texts={section.texts} />
        </section>
      ))}
    </ReporterLayout>
  );
}
