import { Controller, Get, Res, Req } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { ConfigService } from '@nestjs/config';
import { AppConfig, appConfigOf } from '@candor/platform';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { h } from 'preact';
import { NoRouteRateLimit } from '../../../common/rate-limit/rate-limit.decorator.js';
import { PageService } from '../../common/page-context.js';
import { ContentPage } from './content.page.js';
import { StartPage } from './start.page.js';

const PRIVACY_SECTIONS = [
  'collect',
  'notCollected',
  'cookies',
  'draft',
  'protection',
  'recipients',
  'named',
  'retention',
  'rights',
] as const;
const ACCESSIBILITY_SECTIONS = ['standard', 'testing', 'limitations', 'contact'] as const;

/** The start page, the privacy notice and the accessibility statement. */
@ApiExcludeController()
@Controller()
@NoRouteRateLimit()
export class StartController {
  private readonly config: AppConfig;

  constructor(
    private readonly pages: PageService,
    configService: ConfigService,
  ) {
    this.config = appConfigOf(configService);
  }

  @Get()
  start(@Req() request: FastifyRequest, @Res() reply: FastifyReply): FastifyReply {
    const ctx = this.pages.contextWithoutForm(request, reply);
    return this.pages.sendCached(reply, ctx, '', (page) => h(StartPage, { ctx: page }));
  }

  @Get('privacy')
  privacy(@Req() request: FastifyRequest, @Res() reply: FastifyReply): FastifyReply {
    const ctx = this.pages.contextWithoutForm(request, reply);
    const { t } = ctx;
    // What the notice promises is read from the configuration in force, not written down twice.
    const values = {
      years: this.config.retentionYears,
      months: this.config.protectionMonths,
      days: this.config.reporterWriteWindowDays,
    };
    return this.pages.sendCached(reply, ctx, '', () =>
      h(ContentPage, {
        ctx,
        title: t.t('privacy.title'),
        lead: t.t('privacy.lead'),
        sections: PRIVACY_SECTIONS.map((section) => ({
          heading: t.t(`privacy.sections.${section}.heading`),
          texts: t.list(`privacy.sections.${section}.text`, values),
        })),
      }),
    );
  }

  @Get('accessibility')
  accessibility(@Req() request: FastifyRequest, @Res() reply: FastifyReply): FastifyReply {
    const ctx = this.pages.contextWithoutForm(request, reply);
    const { t } = ctx;
    return this.pages.sendCached(reply, ctx, '', () =>
      h(ContentPage, {
        ctx,
        title: t.t('accessibility.title'),
        lead: t.t('accessibility.lead'),
        sections: ACCESSIBILITY_SECTIONS.map((section) => ({
          heading: t.t(`accessibility.sections.${section}.heading`),
          texts: t.list(`accessibility.sections.${section}.text`),
        })),
      }),
    );
  }
}
