import { Injectable } from '@nestjs/common';
import { RouteConfig } from '@nestjs/platform-fastify';
import {
  DEFAULT_LANGUAGE,
  isLanguage,
  type Language,
  translator,
  type Translator,
} from '@candor/platform';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { PageCookies } from './cookies.js';
import { CsrfService } from './csrf.service.js';
import { FORM_ROUTE } from './form-body.js';
import { PageCache } from './page-cache.js';
import type { PageNode } from './render.js';

/** What every page needs besides its own data. */
export interface PageContext {
  readonly t: Translator;
  /** The CSRF token for this page's forms. */
  readonly csrf: string;
  /** The path of this page without its query (language links point back to it). */
  readonly path: string;
}

/** Marks a page route whose body is a form (urlencoded); no other route parses one. */
export const AcceptsForm = () => RouteConfig({ [FORM_ROUTE]: true });

export function pathOf(url: string): string {
  const query = url.indexOf('?');
  return query === -1 ? url : url.slice(0, query);
}

/**
 * The language of a page: `?lang=de` (a link in every page's header, no script needed) chooses
 * it and remembers it in a cookie; otherwise the cookie; otherwise English. Nothing about the
 * browser (Accept-Language included) is read.
 */
export function pageLanguage(
  request: FastifyRequest,
  cookies: PageCookies,
  reply?: FastifyReply,
): Language {
  const chosen = (request.query as Record<string, unknown> | undefined)?.lang;
  const remembered = cookies.read(request, 'lang');
  if (isLanguage(chosen)) {
    if (reply && chosen !== remembered) cookies.set(reply, 'lang', chosen);
    return chosen;
  }
  return isLanguage(remembered) ? remembered : DEFAULT_LANGUAGE;
}

@Injectable()
export class PageService {
  private readonly cache = new PageCache();

  constructor(private readonly csrf: CsrfService) {}

  get cookies(): PageCookies {
    return this.csrf.cookies;
  }

  context(request: FastifyRequest, reply: FastifyReply): PageContext {
    return {
      t: translator(pageLanguage(request, this.cookies, reply)),
      csrf: this.csrf.token(request, reply),
      path: pathOf(request.url),
    };
  }

  /** For a page without a form: no CSRF token, so no cookie for it either. */
  contextWithoutForm(request: FastifyRequest, reply: FastifyReply): PageContext {
    return {
      t: translator(pageLanguage(request, this.cookies, reply)),
      csrf: '',
      path: pathOf(request.url),
    };
  }

  /**
   * Sends a page that is the same for everyone in this language at this path, given `key` (which
   * must name everything else the page shows, and never anything a reporter typed).
   */
  sendCached(
    reply: FastifyReply,
    ctx: PageContext,
    key: string,
    render: (ctx: PageContext) => PageNode,
  ): FastifyReply {
    return this.cache.send(reply, `${ctx.t.language} ${ctx.path} ${key}`, ctx.csrf, (csrf) =>
      render({ ...ctx, csrf }),
    );
  }
}
