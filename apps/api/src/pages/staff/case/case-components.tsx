import { FINDINGS } from '@candor/domain';
import type { Translator } from '@candor/platform';
import type { ComponentChildren } from 'preact';
import { Radios } from '../../common/components.js';
import { label } from './case-view.js';

/** A section of the case page, its heading the target of the page's contents list. */
export function CaseSection(props: { id: string; title: string; children?: ComponentChildren }) {
  return (
    <section aria-labelledby={props.id}>
      <h2 class="heading-l" id={props.id}>
        {props.title}
      </h2>
      {props.children}
    </section>
  );
}

/** Whether a finding or an action is in effect yet (a joint determination waits for approvals). */
export function EffectTag(props: { t: Translator; effective: boolean; effectiveAt: Date | null }) {
  const { t } = props;
  return (
    <strong class={props.effective ? 'tag tag--done' : 'tag tag--pending'}>
      {props.effective && props.effectiveAt
        ? t.t('staffCase.outcome.effective', { date: t.date(props.effectiveAt) })
        : t.t('staffCase.outcome.pending')}
    </strong>
  );
}

/** The findings the Code knows, for the outcome form and an investigator's recommendation. */
export function FindingRadios(props: {
  t: Translator;
  id: string;
  legend: string;
  value: string;
  error?: string;
}) {
  const { t } = props;
  return (
    <Radios
      t={t}
      id={props.id}
      name="finding"
      legend={props.legend}
      value={props.value}
      error={props.error}
      groups={[
        {
          choices: FINDINGS.map((finding) => ({
            value: finding,
            label: label(t, 'findings', finding),
          })),
        },
      ]}
    />
  );
}
