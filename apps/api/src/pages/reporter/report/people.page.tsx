import { PARTY_ROLES, REPORT_LIMITS } from '@candor/domain';
import {
  Button,
  errorFor,
  type FieldErrors,
  PageForm,
  Select,
  TextInput,
} from '../../common/components.js';
import type { PageContext } from '../../common/page-context.js';
import type { DraftAnswers } from './draft.types.js';
import { ChangeField, ReportLayout } from './report-layout.js';

/**
 * Step 4: people involved (role, name optional) and witnesses. The rows given so far plus one
 * empty row each; "Add another" saves and shows a new empty row, and emptying a row removes it.
 * Continue comes first, so that Enter in any field continues.
 */
export function PeoplePage(props: {
  ctx: PageContext;
  back: string;
  change: boolean;
  implicated: ReadonlyArray<{ name?: string; role: string }>;
  witnesses: ReadonlyArray<{ name: string; contact?: string }>;
  errors?: FieldErrors;
}) {
  const { t } = props.ctx;
  const errors = props.errors ?? [];
  const implicated = [
    ...props.implicated,
    ...(props.implicated.length < REPORT_LIMITS.implicatedMax ? [{ role: '' }] : []),
  ] as DraftAnswers['implicated'];
  const witnesses = [
    ...props.witnesses,
    ...(props.witnesses.length < REPORT_LIMITS.witnessesMax ? [{ name: '' }] : []),
  ];
  const roles = PARTY_ROLES.map((role) => ({ value: role, label: t.t(`roles.${role}`) }));
  const optional = ` ${t.t('layout.optional')}`;
  return (
    <ReportLayout
      ctx={props.ctx}
      title={t.t('report.people.title')}
      back={props.back}
      errors={errors}
    >
      <h1 class="heading-xl">{t.t('report.people.title')}</h1>
      <p>{t.t('report.people.hint')}</p>
      <PageForm t={t} csrf={props.ctx.csrf} action="/report/people">
        <ChangeField change={props.change} />
        <h2 class="heading-l">{t.t('report.people.implicatedLegend')}</h2>
        <p class="hint">{t.t('report.people.implicatedHint')}</p>
        {implicated.map((person, i) => (
          <fieldset class="fieldset person">
            <legend class="legend person__title">
              {t.t('report.people.person', { n: i + 1 })}
            </legend>
            <Select
              t={t}
              id={`implicated-${i}-role`}
              label={t.t('report.people.personRole')}
              placeholder={t.t('report.people.chooseRole')}
              options={roles}
              value={person.role}
              error={errorFor(errors, `implicated-${i}-role`)}
            />
            <TextInput
              t={t}
              id={`implicated-${i}-name`}
              label={`${t.t('report.people.personName')}${optional}`}
              value={person.name}
              error={errorFor(errors, `implicated-${i}-name`)}
              autocomplete="off"
            />
          </fieldset>
        ))}
        <h2 class="heading-l">{t.t('report.people.witnessesLegend')}</h2>
        <p class="hint">{t.t('report.people.witnessesHint')}</p>
        {witnesses.map((witness, i) => (
          <fieldset class="fieldset person">
            <legend class="legend person__title">
              {t.t('report.people.witness', { n: i + 1 })}
            </legend>
            <TextInput
              t={t}
              id={`witnesses-${i}-name`}
              label={t.t('report.people.witnessName')}
              value={witness.name}
              error={errorFor(errors, `witnesses-${i}-name`)}
              autocomplete="off"
            />
            <TextInput
              t={t}
              id={`witnesses-${i}-contact`}
              label={`${t.t('report.people.witnessContact')}${optional}`}
              hint={t.t('report.people.witnessContactHint')}
              value={witness.contact}
              error={errorFor(errors, `witnesses-${i}-contact`)}
              autocomplete="off"
            />
          </fieldset>
        ))}
        <div class="actions">
          <Button>{t.t('layout.continue')}</Button>
          {props.implicated.length < REPORT_LIMITS.implicatedMax ? (
            <Button secondary name="action" value="add-implicated">
              {t.t('report.people.addPerson')}
            </Button>
          ) : null}
          {props.witnesses.length < REPORT_LIMITS.witnessesMax ? (
            <Button secondary name="action" value="add-witness">
              {t.t('report.people.addWitness')}
            </Button>
          ) : null}
        </div>
      </PageForm>
    </ReportLayout>
  );
}
