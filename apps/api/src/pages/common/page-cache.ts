import type { FastifyReply } from 'fastify';
import { must } from '@candor/platform';
import { ByteSlab } from './byte-slab.js';
import { type PageNode, renderDocument } from './render.js';

/** Stands for the CSRF token in a cached page; the token is put in when the page is sent. */
export const CSRF_PLACEHOLDER = '__candor_csrf__';
const MAX_ENTRIES = 500;
/** Pages are copied into slabs of this size, each page into a part no other page shares. */
const SLAB_BYTES = 128 * 1024;

/** A rendered page as UTF-8 bytes, cut where its CSRF token goes. */
interface CachedPage {
  /** The page's text between the tokens: one part more than there are tokens. */
  readonly parts: readonly Buffer[];
  /** The bytes of all parts together. */
  readonly bytes: number;
}

/**
 * Pages that are the same for everybody who sees them in one language (the start page, the
 * privacy notice, a question not answered yet) are rendered once and kept: rendering a page took
 * a millisecond, which was most of what a page request cost. Only pages without anything a
 * reporter typed are kept, under keys the controllers build from a few known values, so the
 * cache stays small; each form's CSRF token is put in on the way out. They are kept as bytes, cut
 * at the token, so that sending one copies bytes instead of encoding its text again.
 *
 * A page with a form is copied, with its token, into a slice of a larger slab (ByteSlab).
 */
export class PageCache {
  private readonly pages = new Map<string, CachedPage>();
  private readonly slab = new ByteSlab(SLAB_BYTES);

  body(key: string, csrf: string, render: (csrf: string) => PageNode): Buffer {
    let page = this.pages.get(key);
    if (page === undefined) {
      const html = renderDocument(render(CSRF_PLACEHOLDER));
      const parts = html.split(CSRF_PLACEHOLDER).map((part) => Buffer.from(part, 'utf8'));
      page = { parts, bytes: parts.reduce((sum, part) => sum + part.length, 0) };
      if (this.pages.size >= MAX_ENTRIES) this.pages.clear();
      this.pages.set(key, page);
    }
    const { parts } = page;
    if (parts.length === 1) return must(parts[0], 'the page');
    const out = this.slab.allocate(page.bytes + Buffer.byteLength(csrf) * (parts.length - 1));
    let at = 0;
    for (let i = 0; i < parts.length; i += 1) {
      if (i > 0) at += out.write(csrf, at);
      at += must(parts[i], 'a part of the page').copy(out, at);
    }
    // Every byte of the slice is the page's: nothing of the slab's earlier contents goes out.
    if (at !== out.length) throw new Error('a cached page did not fill its slice');
    return out;
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
