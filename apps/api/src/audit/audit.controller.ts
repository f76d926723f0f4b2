import { Controller, Get, Query, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  AuditEventsService,
  AuditVerifierService,
  CASE_NOT_FOUND,
  CASE_REFERENCE_PATTERN,
  DomainError,
} from '@candor/domain';
import type { StaffPrincipal } from '@candor/domain';
import { ApiErrorResponses } from '../common/error-response.dto.js';
import { RateLimit } from '../common/rate-limit/rate-limit.decorator.js';
import { CurrentStaff, StaffAuthGuard } from '../staff-auth/staff-auth.guard.js';
import { AuditEventsQueryDto } from './dto/audit-events-query.dto.js';
import { AuditEventsPageDto, AuditVerificationDto } from './dto/audit-responses.dto.js';

/** The audit log: whole-chain verification for its overseers, and each case's trail for its viewers. */
@ApiTags('staff')
@ApiBearerAuth()
@ApiErrorResponses(401, 404)
@UseGuards(StaffAuthGuard)
@Controller('api/v1/audit')
export class AuditController {
  constructor(
    private readonly verifier: AuditVerifierService,
    private readonly events: AuditEventsService,
  ) {}

  @Get('verify')
  // Walks the whole log: cheap per entry, but not something to run in a loop.
  @RateLimit({ name: 'audit-verify', points: 20, durationSeconds: 60, scope: 'client' })
  @ApiOperation({
    summary:
      'Walk the whole hash chain and compare its end with the recorded head (Audit Committee and General Counsel)',
    description:
      '`firstInvalidEntry.reason` is `sequence_gap`, `prev_hash_mismatch`, `hash_mismatch`, or `head_mismatch` (entries cut from or added past the recorded head).',
  })
  @ApiOkResponse({ type: AuditVerificationDto })
  @ApiErrorResponses(429)
  async verify(@CurrentStaff() staff: StaffPrincipal): Promise<AuditVerificationDto> {
    return this.verifier.verifyFor(staff);
  }

  @Get('events')
  @ApiOperation({
    summary:
      'The audit entries of one case, oldest first (for those who may see the case; audited)',
  })
  @ApiOkResponse({ type: AuditEventsPageDto })
  @ApiErrorResponses(400)
  async list(
    @CurrentStaff() staff: StaffPrincipal,
    @Query() query: AuditEventsQueryDto,
  ): Promise<AuditEventsPageDto> {
    const reference = query.case.trim().toUpperCase();
    if (!CASE_REFERENCE_PATTERN.test(reference)) throw new DomainError('not_found', CASE_NOT_FOUND);
    return this.events.listForCase(staff, reference, { cursor: query.cursor, limit: query.limit });
  }
}
