import { REPORT_LIMITS } from '@candor/domain';
import { translator } from '@candor/platform';
import { NoteDto, TransitionDto } from '../../../cases/dto/case-commands.dto.js';
import { LegalHoldDto } from '../../../case-safeguards/dto/case-safeguards.dto.js';
import { PageError } from '../../common/page-error.js';
import {
  actionSpec,
  FormRefused,
  justificationError,
  maxLengthOf,
  noteSpec,
  readCaseForm,
  transitionSpec,
} from './case-forms.js';

const t = translator('en');

async function refusal(run: Promise<unknown>): Promise<FormRefused> {
  try {
    await run;
  } catch (error) {
    if (error instanceof FormRefused) return error;
    throw error;
  }
  throw new Error('the form was taken');
}

describe(readCaseForm.name, () => {
  it('gives the DTO of a form that passes, its text trimmed and CRLF as LF', async () => {
    const note = await readCaseForm(t, noteSpec, { body: '  Line one\r\nline two ', kind: 'note' });
    expect(note).toBeInstanceOf(NoteDto);
    expect(note).toMatchObject({ body: 'Line one\nline two', kind: 'note' });
  });

  it('says "enter" beside a field left empty, and names the DTO limit of one too long', async () => {
    const empty = await refusal(readCaseForm(t, noteSpec, { body: '   ' }));
    expect(empty.errors).toEqual([{ field: 'note-body', text: 'Enter the internal note' }]);
    const long = 'x'.repeat(REPORT_LIMITS.descriptionMax + 1);
    const tooLong = await refusal(readCaseForm(t, noteSpec, { body: long }));
    expect(tooLong.errors).toEqual([
      { field: 'note-body', text: 'The note must be 20,000 characters or fewer' },
    ]);
  });

  it('lists every failed field in the order of the form', async () => {
    const refused = await refusal(
      readCaseForm(t, actionSpec, { kind: 'sideways', measure: '', dueDate: 'soon' }),
    );
    expect(refused.form).toBe('action');
    expect(refused.errors.map((e) => e.field)).toEqual([
      'action-kind',
      'action-measure',
      'action-due',
    ]);
  });

  it('answers a failed field the page never shows (a forged form) with the bad-request page', async () => {
    await expect(readCaseForm(t, transitionSpec('nowhere'), { to: 'nowhere' })).rejects.toThrow(
      PageError,
    );
  });

  it('knows which transition form was sent by where it goes', async () => {
    const refused = await refusal(
      readCaseForm(t, transitionSpec('dismissed'), { to: 'dismissed', dismissalReason: 'bored' }),
    );
    expect([refused.form, refused.errors]).toEqual([
      'dismiss',
      [{ field: 'dismissal-reason', text: 'Select why the case is dismissed' }],
    ]);
  });
});

describe(maxLengthOf.name, () => {
  it("reads a DTO property's @MaxLength", () => {
    expect(maxLengthOf(TransitionDto, 'reason')).toBe(2000);
    expect(maxLengthOf(LegalHoldDto, 'matter')).toBe(200);
  });

  it('refuses a property without one', () => {
    expect(() => maxLengthOf(TransitionDto, 'to')).toThrow('TransitionDto.to has no @MaxLength');
  });
});

describe(justificationError.name, () => {
  it('asks for a sentence, then for no more than the DTO allows', async () => {
    expect(await justificationError(t, 'short')).toContain('Write at least a sentence');
    expect(await justificationError(t, 'word '.repeat(401))).toBe(
      'The reason must be 2,000 characters or fewer',
    );
    expect(
      await justificationError(t, 'We need to interview the reporter about the offsite.'),
    ).toBeUndefined();
  });
});
