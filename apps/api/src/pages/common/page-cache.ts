import type { FastifyReply } from 'fastify';
import { type PageNode, renderDocument } from './render.js';

/** Stands for the CSRF token in a cached page; the token is put in when the page is sent. */
export const CSRF_PLACEHOLDER = '__candor_csrf__';
const MAX_ENTRIES = 500;

/**
 * Pages that are the same for everybody who sees them in one language (the start page, the
 * privacy notice, a question not answered yet) are rendered once and kept: rendering a page took
 * a millisecond, which was most of what a page request cost. Only pages without anything a
 * reporter typed are kept, under keys the controllers build from a few known values, so the
 * cache stays small; each form's CSRF token is put in on the way out.
 */
export class PageCache {
  private readonly pages = new Map<string, string>();

  html(key: string, csrf: string, render: (csrf: string) => PageNode): string {
    let html = this.pages.get(key);
    if (html === undefined) {
      html = renderDocument(render(CSRF_PLACEHOLDER));
      if (this.pages.size >= MAX_ENTRIES) this.pages.clear();
      this.pages.set(key, html);
    }
    return csrf === '' ? html : html.replaceAll(CSRF_PLACEHOLDER, csrf);
  }

  send(
    reply: FastifyReply,
    key: string,
    csrf: string,
    render: (csrf: string) => PageNode,
  ): FastifyReply {
    return reply.type('text/html; charset=utf-8').send(this.html(key, csrf, render));
  }
}
