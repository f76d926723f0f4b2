import type { FastifyReply } from 'fastify';
import { type PageNode, renderDocument } from './render.js';

/** Stands for the CSRF token in a cached page; the token is put in when the page is sent. */
export const CSRF_PLACEHOLDER = '__candor_csrf__';
const MAX_ENTRIES = 500;

/** A rendered page as UTF-8 bytes, cut where its CSRF token goes. */
type CachedPage = readonly Buffer[];

/**
 * Pages that are the same for everybody who sees them in one language (the start page, the
 * privacy notice, a question not answered yet) are rendered once and kept: rendering a page took
 * a millisecond, which was most of what a page request cost. Only pages without anything a
 * reporter typed are kept, under keys the controllers build from a few known values, so the
 * cache stays small; each form's CSRF token is put in on the way out. They are kept as bytes, cut
 * at the token, so that sending one copies bytes instead of encoding its text again.
 */
export class PageCache {
  private readonly pages = new Map<string, CachedPage>();

  body(key: string, csrf: string, render: (csrf: string) => PageNode): Buffer {
    let parts = this.pages.get(key);
    if (parts === undefined) {
      const html = renderDocument(render(CSRF_PLACEHOLDER));
      parts = html.split(CSRF_PLACEHOLDER).map((part) => Buffer.from(part, 'utf8'));
      if (this.pages.size >= MAX_ENTRIES) this.pages.clear();
      this.pages.set(key, parts);
    }
    const [head, ...rest] = parts;
    if (head === undefined) throw new Error('a cached page has no parts');
    if (rest.length === 0) return head;
    const token = Buffer.from(csrf, 'utf8');
    const pieces: Buffer[] = [head];
    for (const part of rest) pieces.push(token, part);
    return Buffer.concat(pieces);
  }

  send(
    reply: FastifyReply,
    key: string,
    csrf: string,
    render: (csrf: string) => PageNode,
  ): FastifyReply {
    return reply.type('text/html; charset=utf-8').send(this.body(key, csrf, render));
  }
}
