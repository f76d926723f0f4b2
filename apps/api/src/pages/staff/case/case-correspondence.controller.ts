import { Body, Controller, Get, Param, Post, Req, Res, UseGuards } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { CaseCorrespondenceService } from '@candor/domain';
import type { StaffPrincipal } from '@candor/domain';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ReferenceParam } from '../../../cases/reference.pipe.js';
import { NoteDto } from '../../../cases/dto/case-commands.dto.js';
import { checkDto } from '../../../common/validate-dto.js';
import { type FormFields, readUploadForm } from '../../common/form-body.js';
import { AcceptsForm } from '../../common/page-context.js';
import { PageError } from '../../common/page-error.js';
import { StaffPageGuard, StaffViewer } from '../common/staff-session.guard.js';
import { CaseFormActions, refusing } from './case-form-actions.service.js';
import {
  evidenceRefusal,
  maxLengthOf,
  messageSpec,
  noteSpec,
  readCaseForm,
  recommendationSpec,
  refuse,
  uploadLimitRefusal,
} from './case-forms.js';
import { label } from './case-view.js';

/**
 * The case's record as its handlers write it: internal notes (and an investigator's recommended
 * finding, kept as one), messages to the reporter, and the case's files. The same services and
 * DTOs as the JSON notes, messages and files routes.
 */
@ApiExcludeController()
@UseGuards(StaffPageGuard)
@Controller('staff/cases')
export class CaseCorrespondencePagesController {
  constructor(
    private readonly forms: CaseFormActions,
    private readonly correspondence: CaseCorrespondenceService,
  ) {}

  @Get(':reference/files/:fileId')
  async download(
    @Res() reply: FastifyReply,
    @StaffViewer() viewer: StaffPrincipal,
    @ReferenceParam() reference: string,
    @Param('fileId') fileId: string,
  ): Promise<FastifyReply> {
    const file = await this.correspondence.downloadFile(viewer, reference, fileId);
    return reply
      .header('Content-Type', file.mediaType)
      .header(
        'Content-Disposition',
        `attachment; filename*=UTF-8''${encodeURIComponent(file.name)}`,
      )
      .send(file.content);
  }

  /**
   * Evidence files, as the JSON files route adds them: access before a byte of the upload is
   * read, then the session's token (sent before the files), then the same service call with its
   * limits, type checks, metadata stripping and audit entry. A refused upload writes nothing.
   */
  @Post(':reference/files')
  async evidence(
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
    @StaffViewer() viewer: StaffPrincipal,
    @ReferenceParam() reference: string,
  ): Promise<FastifyReply> {
    if (!request.isMultipart()) throw new PageError('bad_request');
    await this.correspondence.assertMayAddEvidence(viewer, reference);
    const { fields: body, files, overLimit } = await readUploadForm(request);
    return this.forms.act({ request, reply, viewer, reference, body }, async (t) => {
      if (overLimit) throw uploadLimitRefusal(t, overLimit);
      try {
        await this.correspondence.addEvidence(viewer, reference, files);
      } catch (error) {
        throw evidenceRefusal(t, error, files);
      }
      return { done: 'files', section: 'files' };
    });
  }

  @Post(':reference/notes')
  @AcceptsForm()
  async note(
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
    @StaffViewer() viewer: StaffPrincipal,
    @ReferenceParam() reference: string,
    @Body() body: FormFields,
  ): Promise<FastifyReply> {
    return this.forms.act({ request, reply, viewer, reference, body }, async (t) => {
      const note = await readCaseForm(t, noteSpec, body);
      await refusing(t, 'note', { field: 'note-body' }, () =>
        this.correspondence.addNote(viewer, reference, note),
      );
      return { done: 'note', section: 'notes' };
    });
  }

  /** An investigator's recommended finding: the handling body decides, so it is kept as a note. */
  @Post(':reference/recommendation')
  @AcceptsForm()
  async recommend(
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
    @StaffViewer() viewer: StaffPrincipal,
    @ReferenceParam() reference: string,
    @Body() body: FormFields,
  ): Promise<FastifyReply> {
    return this.forms.act({ request, reply, viewer, reference, body }, async (t) => {
      const { finding, summary } = await readCaseForm(t, recommendationSpec, body);
      const heading = t.t('staffCase.recommendation.noteText', {
        finding: label(t, 'findings', finding),
      });
      const note = { body: `${heading}\n\n${summary}` };
      // The heading counts against the note's limit: what fits a finding may not fit the note.
      if ((await checkDto(NoteDto, note)).errors.length > 0) {
        const max = maxLengthOf(NoteDto, 'body') - (note.body.length - summary.length);
        throw refuse(
          'recommendation',
          'recommendation-summary',
          t.t('staffCase.errors.summaryTooLong', { max }),
        );
      }
      await refusing(t, 'recommendation', { field: 'recommendation-summary' }, () =>
        this.correspondence.addNote(viewer, reference, note),
      );
      return { done: 'recommendation', section: 'notes' };
    });
  }

  @Post(':reference/messages')
  @AcceptsForm()
  async message(
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
    @StaffViewer() viewer: StaffPrincipal,
    @ReferenceParam() reference: string,
    @Body() body: FormFields,
  ): Promise<FastifyReply> {
    return this.forms.act({ request, reply, viewer, reference, body }, async (t) => {
      const message = await readCaseForm(t, messageSpec, body);
      await refusing(t, 'message', { field: 'message-body' }, () =>
        this.correspondence.messageReporter(viewer, reference, message.body),
      );
      return { done: 'message', section: 'messages' };
    });
  }
}
