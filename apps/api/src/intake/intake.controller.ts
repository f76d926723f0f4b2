import { Body, Controller, Get, HttpCode, Post, Req } from '@nestjs/common';
import {
  ApiBody,
  ApiConsumes,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import {
  concernTypeCatalogue,
  IntakeService,
  REPORTER,
  RoutingPolicyService,
} from '@candor/domain';
import type { ConcernTypeCatalogueEntry, IncomingFile, RoutingPolicy } from '@candor/domain';
import { ApiErrorResponses } from '../common/error-response.dto.js';
import { readMultipart } from '../common/multipart.js';
import { NoRouteRateLimit } from '../common/rate-limit/rate-limit.decorator.js';
import { validateDto } from '../common/validate-dto.js';
import { ConcernTypeDto } from './dto/concern-type.dto.js';
import { SubmitReportDto, SubmittedReportDto } from './dto/submit-report.dto.js';
import { toSubmission } from './report-submission.mapper.js';

/**
 * The public intake: anyone with the portal's address may report. No account, and nothing about
 * the connection (address, user agent) is read, stored or logged here. The one limit is the
 * intake service's, on reports that passed every check; the concern types are a list computed
 * once, which costs no more to send than a refusal would.
 */
@ApiTags('reporter')
@Controller('api/v1/intake')
@NoRouteRateLimit()
export class IntakeController {
  /** The catalogue of the policy in force, computed once per policy rather than per request. */
  private catalogue?: { policy: RoutingPolicy; entries: ConcernTypeCatalogueEntry[] };

  constructor(
    private readonly intake: IntakeService,
    private readonly policies: RoutingPolicyService,
  ) {}

  @Get('concern-types')
  @ApiOperation({
    summary: 'The concern types, each with its Code section and the body it goes to',
  })
  @ApiOkResponse({ type: [ConcernTypeDto] })
  concernTypes(): ConcernTypeDto[] {
    const policy = this.policies.current();
    if (this.catalogue?.policy !== policy) {
      this.catalogue = { policy, entries: concernTypeCatalogue(policy) };
    }
    return this.catalogue.entries;
  }

  @Post('reports')
  @HttpCode(201)
  @ApiOperation({
    summary: 'Submit a report, anonymously or by name (JSON, or multipart with `files`)',
    description:
      'The receipt is shown once and cannot be recovered. Multipart: send the fields one by one ' +
      '(implicated, witnesses and reporter as JSON text) or all together as JSON in a `report` field, ' +
      'plus up to 10 `files` of 25 MiB each. Beyond INTAKE_REPORTS_PER_MINUTE valid reports a ' +
      'minute from everybody together: 429 with Retry-After; malformed ones are never counted.',
  })
  @ApiConsumes('application/json', 'multipart/form-data')
  @ApiBody({ type: SubmitReportDto })
  @ApiCreatedResponse({ type: SubmittedReportDto })
  @ApiErrorResponses(400, 413, 415, 429)
  async submit(@Req() request: FastifyRequest, @Body() body: unknown): Promise<SubmittedReportDto> {
    let plain: unknown = body;
    let files: IncomingFile[] = [];
    if (request.isMultipart()) {
      const multipart = await readMultipart(request, {
        jsonFields: ['implicated', 'witnesses', 'reporter'],
        booleanFields: ['anonymous'],
      });
      plain = multipart.fields;
      files = multipart.files;
    }
    const dto = await validateDto(SubmitReportDto, plain);
    const created = await this.intake.submit(toSubmission(dto, 'web', files), REPORTER);
    return {
      reference: created.reference,
      receipt: created.receipt,
      routedTo: created.routedTo,
      acknowledgeBy: created.acknowledgeBy.toISOString(),
    };
  }
}
