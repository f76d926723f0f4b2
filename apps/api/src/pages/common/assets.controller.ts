import { Controller, Get, NotFoundException, Param, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { NoRouteRateLimit } from '../../common/rate-limit/rate-limit.decorator.js';
import { stylesheetByFile } from './stylesheets.js';

/** The pages' stylesheets under content-hashed names: a new stylesheet is a new name. */
@ApiExcludeController()
@Controller('assets')
@NoRouteRateLimit()
export class AssetsController {
  @Get(':file')
  stylesheet(@Param('file') file: string, @Res() reply: FastifyReply): FastifyReply {
    const sheet = stylesheetByFile(file);
    if (!sheet) throw new NotFoundException('no such file');
    return reply
      .header('Cache-Control', 'public, max-age=31536000, immutable')
      .type('text/css; charset=utf-8')
      .send(sheet.css);
  }
}
