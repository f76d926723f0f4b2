import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { MAX_FILES_PER_REQUEST, prepareFiles } from '@candor/domain';
import type { IncomingFile } from '@candor/domain';
import type { Translator } from '@candor/platform';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { h } from 'preact';
import type { FieldError } from '../../common/components.js';
import { CsrfService } from '../../common/csrf.service.js';
import { field, type FormFields } from '../../common/form-body.js';
import { type PageContext, PageService } from '../../common/page-context.js';
import { type PageNode, redirect, sendPage } from '../../common/render.js';
import { attachmentError } from '../attachment-error.js';
import { type DraftHandle, DraftStore } from './draft-store.service.js';
import { type DraftAnswers, type DraftFile, emptyAnswers } from './draft.types.js';
import { NoticePage } from './receipt.page.js';
import { nextStep, type Step, stepPath } from './report-steps.js';

export interface Draft {
  readonly handle: DraftHandle;
  readonly answers: DraftAnswers;
}

/** The form's "came from Check your answers" flag. */
export function isChange(fields: FormFields): boolean {
  return field(fields, 'change') === '1';
}

/**
 * What every page of the report form does with the draft: find it from the cookie, start it,
 * show a step or take its answers, add and read its files, and say when it is gone.
 */
@Injectable()
export class ReportDrafts {
  constructor(
    private readonly pages: PageService,
    private readonly csrf: CsrfService,
    private readonly store: DraftStore,
  ) {}

  handle(request: FastifyRequest): DraftHandle | undefined {
    return this.store.parseCookie(this.pages.cookies.read(request, 'draft'));
  }

  async draft(request: FastifyRequest): Promise<Draft | undefined> {
    const handle = this.handle(request);
    const answers = handle && (await this.store.answers(handle));
    return handle && answers ? { handle, answers } : undefined;
  }

  newDraft(reply: FastifyReply): Draft {
    const handle = this.store.create();
    this.pages.cookies.set(reply, 'draft', this.store.cookieValue(handle));
    return { handle, answers: emptyAnswers() };
  }

  /**
   * Shows a step with the draft's answers. `cacheKey` names the page when it shows nothing a
   * reporter typed (a question not answered yet), so that it is rendered once for everybody.
   */
  async showStep(
    request: FastifyRequest,
    reply: FastifyReply,
    page: (ctx: PageContext, draft: Draft) => PageNode,
    cacheKey?: (answers: DraftAnswers) => string | undefined,
  ): Promise<FastifyReply> {
    const ctx = this.pages.context(request, reply);
    const draft = await this.draft(request);
    if (!draft) return this.expired(ctx, reply);
    const key = cacheKey?.(draft.answers);
    if (key !== undefined) return this.pages.sendCached(reply, ctx, key, (c) => page(c, draft));
    return sendPage(reply, page(ctx, draft));
  }

  async answerStep<T extends Partial<DraftAnswers>>(
    request: FastifyRequest,
    reply: FastifyReply,
    body: FormFields,
    step: Step,
    check: (
      t: Translator,
      fields: FormFields,
    ) => Promise<{ ok: boolean; values: T; errors?: FieldError[] }>,
    page: (
      ctx: PageContext,
      draft: Draft,
      outcome: { values: T; errors: FieldError[] },
    ) => PageNode,
  ): Promise<FastifyReply> {
    this.csrf.verify(request, body);
    const ctx = this.pages.context(request, reply);
    const draft = await this.draft(request);
    if (!draft) return this.expired(ctx, reply);
    const outcome = await check(ctx.t, body);
    if (!outcome.ok) {
      return sendPage(
        reply,
        page(ctx, draft, { values: outcome.values, errors: outcome.errors ?? [] }),
        400,
      );
    }
    return this.saveAndContinue(reply, step, draft, outcome.values, body);
  }

  async saveAndContinue(
    reply: FastifyReply,
    step: Step,
    draft: Draft,
    values: Partial<DraftAnswers>,
    body: FormFields,
  ): Promise<FastifyReply> {
    const answers = { ...draft.answers, ...values };
    await this.store.save(draft.handle, answers);
    return redirect(reply, stepPath(isChange(body) ? 'check' : nextStep(step, answers)));
  }

  /** The draft is gone (an hour without an answer, or the browser was closed) or was sent. */
  expired(ctx: PageContext, reply: FastifyReply): FastifyReply {
    const { t } = ctx;
    return sendPage(
      reply,
      h(NoticePage, {
        ctx,
        title: t.t('report.expired.title'),
        texts: [t.t('report.expired.text')],
        link: { href: stepPath('concern'), text: t.t('report.expired.action') },
      }),
    );
  }

  async addFiles(
    t: Translator,
    handle: DraftHandle,
    existing: readonly DraftFile[],
    chosen: readonly IncomingFile[],
  ): Promise<{ files: DraftFile[]; error?: undefined } | { error: FieldError; status: number }> {
    if (existing.length + chosen.length > MAX_FILES_PER_REQUEST) {
      return {
        error: {
          field: 'files',
          text: t.t('errors.files.tooMany', { max: MAX_FILES_PER_REQUEST }),
        },
        status: 413,
      };
    }
    const added: DraftFile[] = [];
    for (const file of chosen) {
      let prepared;
      try {
        [prepared] = await prepareFiles([file]);
      } catch (error) {
        const refusal = attachmentError(t, error, [file]);
        if (!refusal) throw error;
        await Promise.all(added.map((done) => this.store.removeFile(handle, done)));
        return refusal;
      }
      if (prepared === undefined) throw new Error('prepareFiles gave back nothing for a file');
      const draftFile: DraftFile = {
        id: randomUUID(),
        name: prepared.name,
        size: prepared.content.length,
        mediaType: prepared.mediaType,
        metadataRemoved: prepared.metadataRemoved,
      };
      if (!(await this.store.addFile(handle, draftFile.id, prepared.content))) {
        await Promise.all(added.map((done) => this.store.removeFile(handle, done)));
        return { error: { field: 'files', text: t.t('report.files.busy') }, status: 503 };
      }
      added.push(draftFile);
    }
    return { files: added };
  }

  async fileContents(
    handle: DraftHandle,
    files: readonly DraftFile[],
  ): Promise<IncomingFile[] | undefined> {
    const contents: IncomingFile[] = [];
    for (const file of files) {
      const content = await this.store.fileContent(handle, file);
      if (!content) return undefined;
      contents.push({ name: file.name, content });
    }
    return contents;
  }
}
