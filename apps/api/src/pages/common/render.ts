import type { FastifyReply } from 'fastify';
import type { VNode } from 'preact';
import { render } from 'preact-render-to-string';
import { ByteSlab } from './byte-slab.js';

/** A rendered page component, whatever its props (Preact's VNode is invariant in them). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type PageNode = VNode<any>;

/**
 * A page as HTML. Preact escapes every text and attribute value it renders; no page uses
 * `dangerouslySetInnerHTML`, so nothing anyone typed can become markup.
 */
export function renderDocument<P>(page: VNode<P>): string {
  return `<!DOCTYPE html>${render(page)}`;
}

/** Rendered pages go out as UTF-8 slices of slabs of this size (ByteSlab). */
const pageBytes = new ByteSlab(512 * 1024);

export function sendPage<P>(reply: FastifyReply, page: VNode<P>, status = 200): FastifyReply {
  return reply
    .status(status)
    .type('text/html; charset=utf-8')
    .send(pageBytes.encode(renderDocument(page)));
}

/** Post/Redirect/Get: every successful form answers 303 See Other to the next page. */
export function redirect(reply: FastifyReply, location: string): FastifyReply {
  return reply.redirect(location, 303);
}
