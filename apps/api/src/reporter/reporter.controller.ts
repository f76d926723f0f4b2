import { Body, Controller, Get, HttpCode, Post, Req, UseGuards } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiBody,
  ApiConsumes,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { ReporterChannelService } from '@candor/domain';
import { ApiErrorResponses } from '../common/error-response.dto.js';
import { FILES_ONLY_BODY, readFiles } from '../common/multipart.js';
import { NoRouteRateLimit } from '../common/rate-limit/rate-limit.decorator.js';
import {
  ReporterMessageDto,
  ReporterSessionDto,
  RetaliationReportDto,
} from './dto/reporter.dto.js';
import {
  ReporterAttachmentsAddedDto,
  ReporterCaseDto,
  ReporterSessionTokenDto,
  RetaliationReportedDto,
} from './dto/reporter-responses.dto.js';
import { ReporterAuthGuard, ReporterCase } from './reporter-auth.guard.js';

/**
 * The reporter's follow-up channel, reached with the receipt. Like intake, it reads nothing about
 * the connection. Its limits are the reporter channel service's: wrong receipts are throttled
 * (never a real one), and each case's sessions share a budget of requests.
 */
@ApiTags('reporter')
@Controller('api/v1/reporter')
@NoRouteRateLimit()
export class ReporterController {
  constructor(private readonly channel: ReporterChannelService) {}

  @Post('session')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Exchange a receipt for a 15-minute session token (fixed, not sliding)',
    description:
      'A wrong receipt gets 401; too many wrong receipts from anywhere get 429 with Retry-After. ' +
      'A real receipt is always honoured.',
  })
  @ApiOkResponse({ type: ReporterSessionTokenDto })
  @ApiErrorResponses(400, 401, 429)
  async signIn(@Body() body: ReporterSessionDto): Promise<ReporterSessionTokenDto> {
    const session = await this.channel.signIn(body.receipt);
    return { token: session.token, expiresAt: session.expiresAt.toISOString() };
  }

  @Get('case')
  @UseGuards(ReporterAuthGuard)
  @ApiBearerAuth()
  @ApiOperation({ summary: 'The case of this receipt: status, messages both ways, files sent' })
  @ApiOkResponse({ type: ReporterCaseDto })
  @ApiErrorResponses(401, 429)
  async view(@ReporterCase() caseId: string): Promise<ReporterCaseDto> {
    const view = await this.channel.view(caseId);
    return {
      reference: view.reference,
      status: view.status,
      routedTo: view.routedTo,
      createdAt: view.createdAt.toISOString(),
      acknowledgedAt: view.acknowledgedAt?.toISOString() ?? null,
      feedbackDueAt: view.feedbackDueAt?.toISOString() ?? null,
      writableUntil: view.writableUntil?.toISOString() ?? null,
      messages: view.messages.map((m) => ({ from: m.from, body: m.body, at: m.at.toISOString() })),
      attachments: view.attachments,
    };
  }

  @Post('messages')
  @HttpCode(201)
  @UseGuards(ReporterAuthGuard)
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Send a message to the people handling the case' })
  @ApiCreatedResponse({ description: 'sent (no body)' })
  @ApiErrorResponses(400, 401, 409, 429)
  async message(@ReporterCase() caseId: string, @Body() body: ReporterMessageDto): Promise<void> {
    await this.channel.postMessage(caseId, body.body);
  }

  @Post('attachments')
  @HttpCode(201)
  @UseGuards(ReporterAuthGuard)
  @ApiBearerAuth()
  @ApiConsumes('multipart/form-data')
  @ApiBody(FILES_ONLY_BODY)
  @ApiOperation({ summary: 'Add files (multipart `files`: at most 10, 25 MiB each)' })
  @ApiCreatedResponse({ type: ReporterAttachmentsAddedDto })
  @ApiErrorResponses(400, 401, 409, 413, 415, 429)
  async attach(
    @ReporterCase() caseId: string,
    @Req() request: FastifyRequest,
  ): Promise<ReporterAttachmentsAddedDto> {
    if (!request.isMultipart()) {
      return Promise.reject(
        Object.assign(new Error('expected multipart/form-data'), { statusCode: 415 }),
      );
    }
    return { added: await this.channel.addAttachments(caseId, await readFiles(request)) };
  }

  @Post('retaliation')
  @HttpCode(201)
  @UseGuards(ReporterAuthGuard)
  @ApiBearerAuth()
  @ApiOperation({
    summary: 'Report retaliation: opens a new case linked to this one, with its own receipt',
  })
  @ApiCreatedResponse({ type: RetaliationReportedDto })
  @ApiErrorResponses(400, 401, 429)
  async retaliation(
    @ReporterCase() caseId: string,
    @Body() body: RetaliationReportDto,
  ): Promise<RetaliationReportedDto> {
    const created = await this.channel.reportRetaliation(caseId, body.description);
    return { reference: created.reference, receipt: created.receipt };
  }
}
