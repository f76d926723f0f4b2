import {
  DomainError,
  type IncomingFile,
  justificationProblem,
  MAX_FILES_PER_REQUEST,
} from '@candor/domain';
import type { MessageKey, Translator } from '@candor/platform';
import { getMetadataStorage } from 'class-validator';
import {
  ActionDto,
  AssignmentDto,
  ImplicatedDto,
  MessageDto,
  NoteDto,
  OutcomeDto,
  TransitionDto,
} from '../../../cases/dto/case-commands.dto.js';
import {
  IdentityRevealDto,
  LegalHoldDto,
  LegalHoldReleaseDto,
} from '../../../case-safeguards/dto/case-safeguards.dto.js';
import { checkDto, failedConstraints } from '../../../common/validate-dto.js';
import { PersonDto } from '../../../retaliation/dto/retaliation.dto.js';
import type { FieldError } from '../../common/components.js';
import { field, type FormFields } from '../../common/form-body.js';
import { PageError } from '../../common/page-error.js';
import { attachmentError } from '../../reporter/attachment-error.js';
import { text } from '../../reporter/report/report-steps.js';
import type { CaseForm } from './case-view.js';

/**
 * The case page's forms, each read with the DTO of the JSON route that does the same thing, so
 * that no rule or limit is written twice: this file only turns form fields into the DTO's shape
 * and each failed property into a sentence of the catalogue beside its field.
 */

/** A form that did not pass: the case page again with its errors and what was typed. */
export class FormRefused extends Error {
  constructor(
    readonly form: CaseForm,
    readonly errors: FieldError[],
    readonly status = 400,
  ) {
    super('form refused');
  }
}

export function refuse(
  form: CaseForm,
  fieldId: string,
  message: string,
  status = 400,
): FormRefused {
  return new FormRefused(form, [{ field: fieldId, text: message }], status);
}

/** How a failed DTO property reads beside its field. */
interface FieldText {
  /** The id of the field on the page (the error summary links to it). */
  readonly id: string;
  /** Left empty, or not one of the values allowed. */
  readonly text: MessageKey;
  /** Longer than the DTO allows: a message naming the DTO's own limit as `max`. */
  readonly tooLong?: MessageKey;
}

export interface CaseFormSpec<T extends object> {
  readonly form: CaseForm;
  readonly dto: new () => T;
  /**
   * The form's fields in the DTO's shape: typed text trimmed, with its line endings as a person
   * means them, and empty as absent (a field left empty is a value not given).
   */
  readonly read: (body: FormFields) => Partial<Record<keyof T, unknown>>;
  /**
   * Each DTO property the form lets a person fill in, in the page's order. Any other failed
   * property is a field the page never offers (a hidden one): the form was not ours.
   */
  readonly fields: { readonly [K in keyof T]?: FieldText };
}

/** The DTO after its checks, or FormRefused with a message beside each field that failed. */
export async function readCaseForm<T extends object>(
  t: Translator,
  spec: CaseFormSpec<T>,
  body: FormFields,
): Promise<T> {
  const { instance, errors } = await checkDto(spec.dto, spec.read(body));
  if (errors.length === 0) return instance;
  const failed = failedConstraints(errors);
  const fields = spec.fields as Readonly<Record<string, FieldText | undefined>>;
  if (failed.some((f) => fields[f.field] === undefined)) throw new PageError('bad_request');
  const refused = Object.entries(fields).flatMap(([name, text]) => {
    const own = failed.filter((f) => f.field === name);
    if (own.length === 0 || !text) return [];
    // Too long is the only failure of a value that is there and otherwise fine.
    const tooLong = text.tooLong && own.every((f) => f.constraint === 'maxLength');
    return [
      {
        field: text.id,
        text: tooLong ? t.t(text.tooLong, { max: maxLengthOf(spec.dto, name) }) : t.t(text.text),
      },
    ];
  });
  throw new FormRefused(spec.form, refused);
}

/** The `@MaxLength` of a DTO property, read from its decorator, for the messages that name it. */
export function maxLengthOf(dto: new () => object, property: string): number {
  const rule = getMetadataStorage()
    .getTargetValidationMetadatas(dto, '', true, false)
    .find((m) => m.propertyName === property && m.name === 'maxLength');
  const max: unknown = rule?.constraints[0];
  if (typeof max !== 'number') throw new Error(`${dto.name}.${property} has no @MaxLength`);
  return max;
}

/** Which form of the page sent a transition: dismissing and reopening have fields of their own. */
export function transitionForm(to: string): CaseForm {
  return to === 'dismissed' ? 'dismiss' : to === 'reopened' ? 'reopen' : 'transition';
}

export const transitionSpec = (to: string): CaseFormSpec<TransitionDto> => ({
  form: transitionForm(to),
  dto: TransitionDto,
  read: (body) => ({
    to: field(body, 'to'),
    reason: text(body, 'reason'),
    dismissalReason: text(body, 'dismissalReason'),
  }),
  fields: {
    dismissalReason: { id: 'dismissal-reason', text: 'staffCase.errors.dismissalReason' },
    reason: {
      id: 'reopen-reason',
      text: 'staffCase.errors.reopenReason',
      tooLong: 'staffCase.errors.reasonTooLong',
    },
  },
});

export const assignmentSpec: CaseFormSpec<AssignmentDto> = {
  form: 'assign',
  dto: AssignmentDto,
  read: (body) => ({ userId: text(body, 'userId') }),
  fields: { userId: { id: 'assign-user', text: 'staffCase.errors.userId' } },
};

export const implicatedSpec: CaseFormSpec<ImplicatedDto> = {
  form: 'implicated',
  dto: ImplicatedDto,
  read: (body) => ({ name: text(body, 'name'), role: text(body, 'role') }),
  fields: {
    name: {
      id: 'implicated-name',
      text: 'staffCase.errors.implicatedName',
      tooLong: 'staffCase.errors.implicatedNameTooLong',
    },
    role: { id: 'implicated-role', text: 'staffCase.errors.implicatedRole' },
  },
};

export const noteSpec: CaseFormSpec<NoteDto> = {
  form: 'note',
  dto: NoteDto,
  read: (body) => ({ body: text(body, 'body'), kind: text(body, 'kind') }),
  fields: {
    kind: { id: 'note-kind', text: 'staffCase.errors.noteKind' },
    body: {
      id: 'note-body',
      text: 'staffCase.errors.noteBody',
      tooLong: 'staffCase.errors.noteTooLong',
    },
  },
};

/** An investigator's recommended finding: a finding as the outcome form has it, kept as a note. */
export const recommendationSpec: CaseFormSpec<OutcomeDto> = {
  form: 'recommendation',
  dto: OutcomeDto,
  read: (body) => ({ finding: text(body, 'finding'), summary: text(body, 'summary') }),
  fields: {
    finding: { id: 'recommendation-finding', text: 'staffCase.errors.finding' },
    summary: {
      id: 'recommendation-summary',
      text: 'staffCase.errors.summary',
      tooLong: 'staffCase.errors.summaryTooLong',
    },
  },
};

export const messageSpec: CaseFormSpec<MessageDto> = {
  form: 'message',
  dto: MessageDto,
  read: (body) => ({ body: text(body, 'body') }),
  fields: {
    body: {
      id: 'message-body',
      text: 'staffCase.errors.messageBody',
      tooLong: 'staffCase.errors.messageTooLong',
    },
  },
};

export const outcomeSpec: CaseFormSpec<OutcomeDto> = {
  form: 'outcome',
  dto: OutcomeDto,
  read: recommendationSpec.read,
  fields: {
    finding: { id: 'outcome-finding', text: 'staffCase.errors.finding' },
    summary: {
      id: 'outcome-summary',
      text: 'staffCase.errors.summary',
      tooLong: 'staffCase.errors.summaryTooLong',
    },
  },
};

export const actionSpec: CaseFormSpec<ActionDto> = {
  form: 'action',
  dto: ActionDto,
  read: (body) => ({
    kind: text(body, 'kind'),
    measure: text(body, 'measure'),
    subject: text(body, 'subject'),
    owner: text(body, 'owner'),
    description: text(body, 'description'),
    dueDate: text(body, 'dueDate'),
  }),
  fields: {
    kind: { id: 'action-kind', text: 'staffCase.errors.kind' },
    measure: { id: 'action-measure', text: 'staffCase.errors.measure' },
    subject: {
      id: 'action-subject',
      text: 'staffCase.errors.subject',
      tooLong: 'staffCase.errors.textTooLong',
    },
    owner: {
      id: 'action-owner',
      text: 'staffCase.errors.owner',
      tooLong: 'staffCase.errors.textTooLong',
    },
    dueDate: { id: 'action-due', text: 'staffCase.errors.dueDate' },
    description: {
      id: 'action-description',
      text: 'staffCase.errors.textTooLong',
      tooLong: 'staffCase.errors.textTooLong',
    },
  },
};

export const protectedPersonSpec: CaseFormSpec<PersonDto> = {
  form: 'protected',
  dto: PersonDto,
  read: (body) => ({
    name: text(body, 'name'),
    email: text(body, 'email'),
    employeeId: text(body, 'employeeId'),
  }),
  fields: {
    name: {
      id: 'protected-name',
      text: 'staffCase.errors.protectedName',
      tooLong: 'staffCase.errors.textTooLong',
    },
    email: {
      id: 'protected-email',
      text: 'staffCase.errors.protectedDetails',
      tooLong: 'staffCase.errors.textTooLong',
    },
    employeeId: {
      id: 'protected-employee',
      text: 'staffCase.errors.protectedDetails',
      tooLong: 'staffCase.errors.textTooLong',
    },
  },
};

export const holdSpec: CaseFormSpec<LegalHoldDto> = {
  form: 'hold',
  dto: LegalHoldDto,
  read: (body) => ({ matter: text(body, 'matter') }),
  fields: {
    matter: {
      id: 'hold-matter',
      text: 'staffCase.errors.matter',
      tooLong: 'staffCase.errors.matterTooLong',
    },
  },
};

export const releaseSpec: CaseFormSpec<LegalHoldReleaseDto> = {
  form: 'release',
  dto: LegalHoldReleaseDto,
  read: (body) => ({ releaseNote: text(body, 'releaseNote') }),
  fields: {
    releaseNote: {
      id: 'hold-release-note',
      text: 'staffCase.errors.releaseNote',
      tooLong: 'staffCase.errors.releaseNoteTooLong',
    },
  },
};

/**
 * Why a justification for the identity reveal is refused, or undefined: the JSON route's DTO
 * (its limit, on the text as sent: it is what the reporter will read), then the domain's rule
 * that it says at least a sentence.
 */
export async function justificationError(
  t: Translator,
  justification: string,
): Promise<string | undefined> {
  const { errors } = await checkDto(IdentityRevealDto, { justification });
  if (errors.length > 0)
    return t.t('staffCase.errors.justificationTooLong', {
      max: maxLengthOf(IdentityRevealDto, 'justification'),
    });
  return justificationProblem(justification) ? t.t('staffCase.errors.justification') : undefined;
}

/** The evidence form's file field (the files section's heading has the id `files`). */
export const EVIDENCE_FIELD = 'evidence-files';

/** An upload the multipart reader stopped at its limit (413): a file too large, or too many. */
export function uploadLimitRefusal(t: Translator, limit: 'size' | 'count'): FormRefused {
  const message =
    limit === 'size'
      ? t.t('errors.files.tooLarge')
      : t.t('staffCase.errors.filesTooMany', { max: MAX_FILES_PER_REQUEST });
  return refuse('evidence', EVIDENCE_FIELD, message, 413);
}

/**
 * The domain's refusal of evidence files beside the file field, in the words and with the status
 * the reporter's file forms use (a type it does not take 415, a file too large 413); no file at
 * all is its `invalid`, asked for again. Any other error is returned as it is.
 */
export function evidenceRefusal(
  t: Translator,
  error: unknown,
  files: readonly IncomingFile[],
): unknown {
  if (files.length === 0 && error instanceof DomainError && error.kind === 'invalid') {
    return refuse('evidence', EVIDENCE_FIELD, t.t('errors.files.missing'));
  }
  const refusal = attachmentError(t, error, files);
  if (!refusal) return error;
  return refuse('evidence', EVIDENCE_FIELD, refusal.error.text, refusal.status);
}
