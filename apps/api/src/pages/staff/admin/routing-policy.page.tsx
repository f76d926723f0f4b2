import type { RoutingPolicy, RoutingRule } from '@candor/domain';
import type { Translator } from '@candor/platform';
import type { StaffPageContext } from '../common/staff-pages.service.js';
import { AdminLayout } from './admin-layout.js';

function routeName(t: Translator, route: RoutingRule['routeTo']): string {
  return t.t(`staffBoard.routes.${route}`);
}

/** A rule's conditions in words: every one present must hold. */
function conditions(t: Translator, rule: RoutingRule): string {
  const parts: string[] = [];
  const list = (items: readonly string[]) => items.join(', ');
  if (rule.when.implicatedRoleIn) {
    parts.push(
      t.t('staffAdmin.routing.implicated', {
        roles: list(rule.when.implicatedRoleIn.map((role) => t.t(`roles.${role}`))),
      }),
    );
  }
  if (rule.when.concernTypeIn) {
    parts.push(
      t.t('staffAdmin.routing.concern', {
        types: list(rule.when.concernTypeIn.map((type) => t.t(`concerns.types.${type}.label`))),
      }),
    );
  }
  if (rule.when.relatedCaseRouteIn) {
    parts.push(
      t.t('staffAdmin.routing.related', {
        routes: list(rule.when.relatedCaseRouteIn.map((route) => routeName(t, route))),
      }),
    );
  }
  return parts.join(t.t('staffAdmin.routing.and'));
}

/**
 * The routing policy in force, rule by rule, with its version. Its explanations are the policy's
 * own sentences (the ones stored with every case), shown as written.
 */
export function RoutingPolicyPage(props: { ctx: StaffPageContext; policy: RoutingPolicy }) {
  const { ctx, policy } = props;
  const { t } = ctx;
  const title = t.t('staffAdmin.routing.title');
  return (
    <AdminLayout ctx={ctx} title={title} section="routing">
      <h1 class="heading-xl">{title}</h1>
      <p class="lead">{t.t('staffAdmin.routing.lead')}</p>
      <dl class="summary-list">
        <div class="summary-list__row">
          <dt class="summary-list__key">{t.t('staffAdmin.routing.version')}</dt>
          <dd class="summary-list__value">
            <code>{policy.version}</code>
          </dd>
        </div>
        <div class="summary-list__row">
          <dt class="summary-list__key">{t.t('staffAdmin.routing.effectiveFrom')}</dt>
          <dd class="summary-list__value">
            {t.date(new Date(`${policy.effectiveFrom}T00:00:00Z`))}
          </dd>
        </div>
      </dl>
      <h2 class="heading-l" id="rules-title">
        {t.t('staffAdmin.routing.rulesHeading')}
      </h2>
      <section class="table-wrap" tabIndex={0} aria-labelledby="rules-title">
        <table class="table" aria-labelledby="rules-title">
          <thead>
            <tr>
              <th scope="col" class="numeric">
                {t.t('staffAdmin.routing.order')}
              </th>
              <th scope="col">{t.t('staffAdmin.routing.rule')}</th>
              <th scope="col">{t.t('staffAdmin.routing.when')}</th>
              <th scope="col">{t.t('staffAdmin.routing.routeTo')}</th>
              <th scope="col">{t.t('staffAdmin.routing.explanation')}</th>
            </tr>
          </thead>
          <tbody>
            {policy.rules.map((rule, index) => (
              <tr>
                <td class="numeric">{index + 1}</td>
                <td>
                  <code class="break">{rule.id}</code>
                </td>
                <td>{conditions(t, rule)}</td>
                <td>{routeName(t, rule.routeTo)}</td>
                <td lang="en">{rule.explanation}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <h2 class="heading-m">{t.t('staffAdmin.routing.fallbackHeading')}</h2>
      <dl class="summary-list">
        <div class="summary-list__row">
          <dt class="summary-list__key">{t.t('staffAdmin.routing.rule')}</dt>
          <dd class="summary-list__value">
            <code>{policy.fallback.id}</code>
          </dd>
        </div>
        <div class="summary-list__row">
          <dt class="summary-list__key">{t.t('staffAdmin.routing.routeTo')}</dt>
          <dd class="summary-list__value">{routeName(t, policy.fallback.routeTo)}</dd>
        </div>
        <div class="summary-list__row">
          <dt class="summary-list__key">{t.t('staffAdmin.routing.explanation')}</dt>
          <dd class="summary-list__value" lang="en">
            {policy.fallback.explanation}
          </dd>
        </div>
      </dl>
      <h2 class="heading-l" id="types-title">
        {t.t('staffAdmin.routing.typesHeading')}
      </h2>
      <section class="table-wrap" tabIndex={0} aria-labelledby="types-title">
        <table class="table" aria-labelledby="types-title">
          <thead>
            <tr>
              <th scope="col">{t.t('staffAdmin.routing.type')}</th>
              <th scope="col">{t.t('staffAdmin.routing.section')}</th>
              <th scope="col">{t.t('staffAdmin.routing.defaultRoute')}</th>
            </tr>
          </thead>
          <tbody>
            {policy.concernTypes.map((type) => (
              <tr>
                <td>{t.t(`concerns.types.${type.code}.label`)}</td>
                <td lang="en">{type.codeSection}</td>
                <td>{routeName(t, type.defaultRoute)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </AdminLayout>
  );
}
