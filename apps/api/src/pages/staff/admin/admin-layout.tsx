import type { ComponentChildren } from 'preact';
import type { FieldErrors } from '../../common/components.js';
import { StaffLayout } from '../common/staff-layout.js';
import type { StaffPageContext } from '../common/staff-pages.service.js';

export type AdminSection = 'staff' | 'routing' | 'notifications';

const SECTIONS: ReadonlyArray<{ id: AdminSection; href: string }> = [
  { id: 'staff', href: '/staff/admin' },
  { id: 'routing', href: '/staff/admin/routing' },
  { id: 'notifications', href: '/staff/admin/notifications' },
];

/** The administration area: the console's layout with the area's own sections as tabs. */
export function AdminLayout(props: {
  ctx: StaffPageContext;
  title: string;
  section: AdminSection;
  errors?: FieldErrors;
  back?: string;
  children: ComponentChildren;
}) {
  const { ctx } = props;
  const { t } = ctx;
  return (
    <StaffLayout
      t={t}
      path={ctx.path}
      title={props.title}
      viewer={ctx.viewer}
      csrf={ctx.csrf}
      current="admin"
      errors={props.errors}
      back={props.back}
    >
      <nav class="subnav no-print" aria-label={t.t('staffAdmin.nav')}>
        <ul class="list subnav__list">
          {SECTIONS.map((section) => (
            <li class="subnav__item">
              <a
                class="subnav__link"
                href={section.href}
                aria-current={section.id === props.section ? 'page' : undefined}
              >
                {t.t(`staffAdmin.sections.${section.id}`)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {props.children}
    </StaffLayout>
  );
}
