import { Controller, Get, Post, Query, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { h } from 'preact';
import { NoRouteRateLimit } from '../../../common/rate-limit/rate-limit.decorator.js';
import { CsrfService } from '../../common/csrf.service.js';
import { field, readUploadForm } from '../../common/form-body.js';
import { overLimitText } from '../attachment-error.js';
import { PageService } from '../../common/page-context.js';
import { PageError } from '../../common/page-error.js';
import { redirect, sendPage } from '../../common/render.js';
import { DraftStore } from './draft-store.service.js';
import { FilesPage } from './files.page.js';
import { isChange, ReportDrafts } from './report-drafts.service.js';
import { previousPath, stepPath } from './report-steps.js';

/**
 * Step 5 of the report form: files, several at a time (multipart). Each is inspected and cleaned
 * by the domain as it is added, and kept encrypted with the draft.
 */
@ApiExcludeController()
@Controller('report')
@NoRouteRateLimit()
export class ReportFilesController {
  constructor(
    private readonly pages: PageService,
    private readonly csrf: CsrfService,
    private readonly drafts: DraftStore,
    private readonly report: ReportDrafts,
  ) {}

  @Get('files')
  async filesForm(
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
    @Query('change') change?: string,
  ): Promise<FastifyReply> {
    return this.report.showStep(
      request,
      reply,
      (ctx, draft) =>
        h(FilesPage, {
          ctx,
          back: previousPath('files', draft.answers),
          change: change === '1',
          files: draft.answers.files,
        }),
      (a) => (a.files.length ? undefined : `${change === '1'}`),
    );
  }

  @Post('files')
  async files(@Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<FastifyReply> {
    if (!request.isMultipart()) throw new PageError('bad_request');
    const multipart = await readUploadForm(request);
    if (multipart.overLimit) {
      // The upload stopped at the limit, before the rest of the form: nothing is saved, and the
      // page says why beside the file field.
      const ctx = this.pages.context(request, reply);
      const draft = await this.report.draft(request);
      if (!draft) return this.report.expired(ctx, reply);
      const error = { field: 'files', text: overLimitText(ctx.t, multipart.overLimit) };
      return sendPage(
        reply,
        h(FilesPage, {
          ctx,
          back: previousPath('files', draft.answers),
          change: false,
          files: draft.answers.files,
          errors: [error],
        }),
        413,
      );
    }
    const { fields, files } = multipart;
    this.csrf.verify(request, fields);
    const ctx = this.pages.context(request, reply);
    const draft = await this.report.draft(request);
    if (!draft) return this.report.expired(ctx, reply);
    const change = isChange(fields);
    const action = field(fields, 'action');
    const chosen = files;

    if (action.startsWith('remove-')) {
      const removed = draft.answers.files.find((file) => `remove-${file.id}` === action);
      if (removed) {
        await this.drafts.removeFile(draft.handle, removed);
        await this.drafts.save(draft.handle, {
          ...draft.answers,
          files: draft.answers.files.filter((file) => file !== removed),
        });
      }
      return redirect(reply, stepPath('files', change));
    }

    let answers = draft.answers;
    if (chosen.length > 0) {
      const added = await this.report.addFiles(ctx.t, draft.handle, answers.files, chosen);
      if (added.error) {
        return sendPage(
          reply,
          h(FilesPage, {
            ctx,
            back: previousPath('files', answers),
            change,
            files: answers.files,
            errors: [added.error],
          }),
          added.status,
        );
      }
      answers = { ...answers, files: [...answers.files, ...added.files] };
      await this.drafts.save(draft.handle, answers);
    } else if (action === 'upload') {
      return sendPage(
        reply,
        h(FilesPage, {
          ctx,
          back: previousPath('files', answers),
          change,
          files: answers.files,
          errors: [{ field: 'files', text: ctx.t.t('errors.files.missing') }],
        }),
        400,
      );
    }
    if (action === 'upload') return redirect(reply, stepPath('files', change));
    return this.report.saveAndContinue(
      reply,
      'files',
      { handle: draft.handle, answers },
      {},
      fields,
    );
  }
}
