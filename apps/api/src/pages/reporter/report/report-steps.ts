import { PickType } from '@nestjs/swagger';
import { REPORT_LIMITS } from '@candor/domain';
import { must, type Translator } from '@candor/platform';
import { checkDto, failedConstraints } from '../../../common/validate-dto.js';
import { ReporterIdentityDto, SubmitReportDto } from '../../../intake/dto/submit-report.dto.js';
import type { FieldError } from '../../common/components.js';
import { field, type FormFields } from '../../common/form-body.js';
import type { DateParts, DraftAnswers } from './draft.types.js';

/**
 * The report form's steps. Each step is checked by a class picked from SubmitReportDto (the JSON
 * intake's own DTO, with its class-validator rules copied by PickType), so no limit or rule is
 * written twice; this file only turns form fields into the DTO's shape and each failed
 * constraint into a sentence of the catalogue beside its field.
 */
export const STEPS = [
  'concern',
  'what-happened',
  'when-where',
  'people',
  'files',
  'about-you',
  'contact',
  'check',
] as const;
export type Step = (typeof STEPS)[number];

export function stepPath(step: Step, change = false): string {
  return `/report/${step}${change ? '?change=1' : ''}`;
}

/** The step after this one: the contact step only for a named report. */
export function nextStep(step: Step, answers: DraftAnswers): Step {
  if (step === 'about-you') return answers.anonymous === false ? 'contact' : 'check';
  return must(STEPS[Math.min(STEPS.indexOf(step) + 1, STEPS.length - 1)], `a step after ${step}`);
}

/** Where the Back link goes. */
export function previousPath(step: Step, answers: DraftAnswers): string {
  if (step === 'concern') return '/';
  if (step === 'check') return stepPath(answers.anonymous === false ? 'contact' : 'about-you');
  return stepPath(must(STEPS[STEPS.indexOf(step) - 1], `a step before ${step}`));
}

export class ConcernStepDto extends PickType(SubmitReportDto, ['concernType'] as const) {}
export class WhatHappenedStepDto extends PickType(SubmitReportDto, [
  'title',
  'description',
] as const) {}
export class WhenWhereStepDto extends PickType(SubmitReportDto, [
  'occurredAt',
  'location',
] as const) {}
export class PeopleStepDto extends PickType(SubmitReportDto, [
  'implicated',
  'witnesses',
] as const) {}
export class AboutYouStepDto extends PickType(SubmitReportDto, ['anonymous'] as const) {}

/**
 * A typed text as the DTO should see it: line endings as a person means them (browsers send
 * CRLF, which would count twice against a limit), surrounding spaces dropped, empty as absent.
 */
export function text(fields: FormFields, name: string): string | undefined {
  const value = field(fields, name).replace(/\r\n?/g, '\n').trim();
  return value === '' ? undefined : value;
}

type Failure = { path: string[]; constraint: string };

async function failures<T extends object>(type: new () => T, plain: object): Promise<Failure[]> {
  return failedConstraints((await checkDto(type, plain)).errors);
}

/** The result of a step: the answers to save, or errors (with the typed values to show again). */
export type StepOutcome<T> =
  | { readonly ok: true; readonly values: T }
  | { readonly ok: false; readonly values: T; readonly errors: FieldError[] };

function outcome<T>(values: T, errors: FieldError[]): StepOutcome<T> {
  return errors.length === 0 ? { ok: true, values } : { ok: false, values, errors };
}

function has(list: readonly Failure[], path: string, constraint?: string): boolean {
  return list.some(
    (f) => f.path.join('.') === path && (constraint === undefined || f.constraint === constraint),
  );
}

export async function concernStep(
  t: Translator,
  fields: FormFields,
): Promise<StepOutcome<Pick<DraftAnswers, 'concernType'>>> {
  const values = { concernType: text(fields, 'concernType') } as Pick<DraftAnswers, 'concernType'>;
  const failed = await failures(ConcernStepDto, values);
  return outcome(
    values,
    failed.length > 0 ? [{ field: 'concernType', text: t.t('errors.concernType.missing') }] : [],
  );
}

export async function whatHappenedStep(
  t: Translator,
  fields: FormFields,
): Promise<StepOutcome<Pick<DraftAnswers, 'title' | 'description'>>> {
  const values = { title: text(fields, 'title'), description: text(fields, 'description') };
  const failed = await failures(WhatHappenedStepDto, values);
  const errors: FieldError[] = [];
  // An empty field fails every constraint of the DTO; "missing" is the one that says why.
  if (values.title === undefined)
    errors.push({ field: 'title', text: t.t('errors.title.missing') });
  else if (has(failed, 'title'))
    errors.push({
      field: 'title',
      text: t.t('errors.title.tooLong', { max: REPORT_LIMITS.titleMax }),
    });
  if (values.description === undefined)
    errors.push({ field: 'description', text: t.t('errors.description.missing') });
  else if (has(failed, 'description'))
    errors.push({
      field: 'description',
      text: t.t('errors.description.tooLong', { max: REPORT_LIMITS.descriptionMax }),
    });
  return outcome(values, errors);
}

/**
 * The three date boxes as the DTO's ISO date: `YYYY-MM-DD`, or `YYYY-MM` when the day is left
 * out; undefined when all three are empty. Whether the date exists and is plausible is the
 * DTO's to say.
 */
export function isoDate(parts: DateParts): { iso?: string; problem?: 'incomplete' | 'invalid' } {
  const [day, month, year] = [parts.day.trim(), parts.month.trim(), parts.year.trim()];
  if (!day && !month && !year) return {};
  if (!month || !year) return { problem: 'incomplete' };
  if (![day, month, year].every((part) => /^\d*$/.test(part)) || !/^\d{4}$/.test(year)) {
    return { problem: 'invalid' };
  }
  const pad = (value: string) => value.padStart(2, '0');
  return { iso: day ? `${year}-${pad(month)}-${pad(day)}` : `${year}-${pad(month)}` };
}

export async function whenWhereStep(
  t: Translator,
  fields: FormFields,
): Promise<StepOutcome<Pick<DraftAnswers, 'occurredAt' | 'occurredAtParts' | 'location'>>> {
  const parts: DateParts = {
    day: field(fields, 'occurredAt-day'),
    month: field(fields, 'occurredAt-month'),
    year: field(fields, 'occurredAt-year'),
  };
  const date = isoDate(parts);
  const values = {
    occurredAt: date.iso,
    occurredAtParts: parts,
    location: text(fields, 'location'),
  };
  const failed = await failures(WhenWhereStepDto, {
    occurredAt: values.occurredAt,
    location: values.location,
  });
  const errors: FieldError[] = [];
  if (date.problem) {
    errors.push({ field: 'occurredAt', text: t.t(`errors.date.${date.problem}`) });
  } else if (has(failed, 'occurredAt', 'isIso8601')) {
    errors.push({ field: 'occurredAt', text: t.t('errors.date.invalid') });
  } else if (has(failed, 'occurredAt')) {
    errors.push({ field: 'occurredAt', text: t.t('errors.date.range') });
  }
  if (has(failed, 'location'))
    errors.push({
      field: 'location',
      text: t.t('errors.location.tooLong', { max: REPORT_LIMITS.locationMax }),
    });
  return outcome(values, errors);
}

/** Row indexes present in the form for `prefix-<n>-…` fields, in order. */
function rowIndexes(fields: FormFields, prefix: string): number[] {
  const found = new Set<number>();
  for (const name of Object.keys(fields)) {
    const match = new RegExp(`^${prefix}-(\\d{1,3})-`).exec(name);
    if (match) found.add(Number(match[1]));
  }
  return [...found].sort((a, b) => a - b);
}

export async function peopleStep(
  t: Translator,
  fields: FormFields,
): Promise<StepOutcome<Pick<DraftAnswers, 'implicated' | 'witnesses'>>> {
  // A row left completely empty is no person: that is also how a person is removed.
  const implicated = rowIndexes(fields, 'implicated')
    .map((i) => ({
      name: text(fields, `implicated-${i}-name`),
      role: text(fields, `implicated-${i}-role`) ?? '',
    }))
    .filter((row) => row.name !== undefined || row.role !== '');
  const witnesses = rowIndexes(fields, 'witnesses')
    .map((i) => ({
      name: text(fields, `witnesses-${i}-name`) ?? '',
      contact: text(fields, `witnesses-${i}-contact`),
    }))
    .filter((row) => row.name !== '' || row.contact !== undefined);
  const values = {
    implicated: implicated as DraftAnswers['implicated'],
    witnesses,
  };
  const failed = await failures(PeopleStepDto, values);
  const errors: FieldError[] = [];
  if (has(failed, 'implicated', 'arrayMaxSize'))
    errors.push({
      field: 'implicated-0-role',
      text: t.t('errors.implicated.tooMany', { max: REPORT_LIMITS.implicatedMax }),
    });
  implicated.forEach((_row, i) => {
    const n = i + 1;
    if (has(failed, `implicated.${i}.name`))
      errors.push({
        field: `implicated-${i}-name`,
        text: t.t('errors.implicated.nameTooLong', { n, max: REPORT_LIMITS.nameMax }),
      });
    if (has(failed, `implicated.${i}.role`))
      errors.push({ field: `implicated-${i}-role`, text: t.t('errors.implicated.role', { n }) });
  });
  if (has(failed, 'witnesses', 'arrayMaxSize'))
    errors.push({
      field: 'witnesses-0-name',
      text: t.t('errors.witnesses.tooMany', { max: REPORT_LIMITS.witnessesMax }),
    });
  witnesses.forEach((row, i) => {
    const n = i + 1;
    if (row.name === '')
      errors.push({ field: `witnesses-${i}-name`, text: t.t('errors.witnesses.name', { n }) });
    else if (has(failed, `witnesses.${i}.name`))
      errors.push({
        field: `witnesses-${i}-name`,
        text: t.t('errors.witnesses.nameTooLong', { n, max: REPORT_LIMITS.nameMax }),
      });
    if (has(failed, `witnesses.${i}.contact`))
      errors.push({
        field: `witnesses-${i}-contact`,
        text: t.t('errors.witnesses.contactTooLong', { n, max: REPORT_LIMITS.contactMax }),
      });
  });
  return outcome(values, errors);
}

export async function aboutYouStep(
  t: Translator,
  fields: FormFields,
): Promise<StepOutcome<Pick<DraftAnswers, 'anonymous'>>> {
  const choice = field(fields, 'anonymous');
  const values = {
    anonymous: choice === 'anonymous' ? true : choice === 'named' ? false : undefined,
  };
  const failed = await failures(AboutYouStepDto, values);
  return outcome(
    values,
    failed.length > 0 ? [{ field: 'anonymous', text: t.t('errors.anonymous.missing') }] : [],
  );
}

export async function contactStep(
  t: Translator,
  fields: FormFields,
): Promise<StepOutcome<NonNullable<DraftAnswers['reporter']>>> {
  const values = {
    name: text(fields, 'name') ?? '',
    email: text(fields, 'email'),
    phone: text(fields, 'phone'),
    notifyByEmail: field(fields, 'notifyByEmail') === 'yes',
  };
  const failed = await failures(ReporterIdentityDto, values);
  const errors: FieldError[] = [];
  if (values.name === '') errors.push({ field: 'name', text: t.t('errors.reporter.name') });
  else if (has(failed, 'name'))
    errors.push({
      field: 'name',
      text: t.t('errors.reporter.nameTooLong', { max: REPORT_LIMITS.nameMax }),
    });
  if (values.email === undefined && values.phone === undefined) {
    errors.push({ field: 'email', text: t.t('errors.reporter.contact') });
  } else {
    if (has(failed, 'email')) errors.push({ field: 'email', text: t.t('errors.reporter.email') });
    if (has(failed, 'phone')) errors.push({ field: 'phone', text: t.t('errors.reporter.phone') });
  }
  if (has(failed, 'notifyByEmail'))
    errors.push({ field: 'notifyByEmail', text: t.t('errors.reporter.news') });
  return outcome(values, errors);
}

/** The whole draft as the JSON intake's body: what the final check validates and submits. */
export function submissionBody(answers: DraftAnswers): Record<string, unknown> {
  return {
    concernType: answers.concernType,
    title: answers.title,
    description: answers.description,
    occurredAt: answers.occurredAt,
    location: answers.location,
    anonymous: answers.anonymous ?? true,
    reporter: answers.anonymous === false ? answers.reporter : undefined,
    implicated: answers.implicated,
    witnesses: answers.witnesses,
  };
}

/** The step where each field of the whole report is answered, for errors found at the end. */
const STEP_OF_FIELD: Record<string, Step> = {
  concernType: 'concern',
  title: 'what-happened',
  description: 'what-happened',
  occurredAt: 'when-where',
  location: 'when-where',
  implicated: 'people',
  witnesses: 'people',
  anonymous: 'about-you',
  reporter: 'contact',
};

/**
 * The final check, by the whole SubmitReportDto: a draft whose steps were all accepted passes it,
 * but a step skipped by URL or a draft from an older form does not. Each failure points to the
 * page where it is answered.
 */
export async function finalCheck(
  t: Translator,
  answers: DraftAnswers,
): Promise<{ dto?: SubmitReportDto; errors: FieldError[] }> {
  const { instance, errors } = await checkDto(SubmitReportDto, submissionBody(answers));
  if (errors.length === 0) return { dto: instance, errors: [] };
  const steps = new Set(
    failedConstraints(errors).map((failure) => STEP_OF_FIELD[failure.field] ?? 'concern'),
  );
  return {
    errors: STEPS.filter((step) => steps.has(step)).map((step) => ({
      field: step,
      href: stepPath(step, true),
      text: t.t(`report.check.incomplete.${stepKey(step)}`),
    })),
  };
}

function stepKey(
  step: Step,
): 'concern' | 'whatHappened' | 'whenWhere' | 'people' | 'aboutYou' | 'contact' {
  switch (step) {
    case 'what-happened':
      return 'whatHappened';
    case 'when-where':
      return 'whenWhere';
    case 'about-you':
      return 'aboutYou';
    case 'people':
    case 'contact':
    case 'concern':
      return step;
    case 'files':
    case 'check':
      return 'concern';
  }
}
