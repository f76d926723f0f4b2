// TEMPORARY stand-ins until the staff console foundation (c1-console) is merged; deleted then.
import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { ComponentChildren } from 'preact';
import { DomainError, type StaffPrincipal } from '@candor/domain';
import { ErrorSummary, type FieldErrors, pageTitle } from '../../common/components.js';
import { Document } from '../../common/document.js';
import type { PageContext } from '../../common/page-context.js';
import { STYLESHEETS } from '../../common/stylesheets.js';

export const StaffViewer = createParamDecorator(
  (_d: unknown, c: ExecutionContext): StaffPrincipal => {
    const user = c.switchToHttp().getRequest<{ user?: StaffPrincipal }>().user;
    if (!user) throw new DomainError('not_found', 'not signed in');
    return user;
  },
);

export function StaffLayout(props: {
  ctx: PageContext;
  viewer: StaffPrincipal;
  title: string;
  errors?: FieldErrors;
  children: ComponentChildren;
}) {
  const { t } = props.ctx;
  return (
    <Document
      lang={t.language}
      title={pageTitle(t, props.title, props.errors)}
      stylesheet={STYLESHEETS.reporter.href}
    >
      <main id="main" class="main">
        <ErrorSummary t={t} errors={props.errors ?? []} />
        {props.children}
      </main>
    </Document>
  );
}
