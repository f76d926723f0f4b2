import {
  Body,
  Controller,
  Get,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Post,
  Query,
  Req,
  Res,
  UseGuards,
} from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiBody,
  ApiConsumes,
  ApiCreatedResponse,
  ApiExtraModels,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  getSchemaPath,
} from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import {
  canDo,
  CaseCorrespondenceService,
  CaseDetailService,
  CaseDeterminationsService,
  CaseListService,
  CaseWorkflowService,
  DomainError,
  IntakeService,
} from '@candor/domain';
import type { StaffPrincipal } from '@candor/domain';
import { ApiErrorResponses } from '../common/error-response.dto.js';
import { asJson } from '../common/json-view.js';
import { FILES_ONLY_BODY, readFiles } from '../common/multipart.js';
import { SubmittedReportDto } from '../intake/dto/submit-report.dto.js';
import { toSubmission } from '../intake/report-submission.mapper.js';
import { CurrentStaff, StaffAuthGuard } from '../staff-auth/staff-auth.guard.js';
import {
  ActionDto,
  ApprovalDto,
  AssignmentDto,
  ImplicatedDto,
  MessageDto,
  NoteDto,
  OutcomeDto,
  StaffMatchReviewDto,
  StaffReportDto,
  TransitionDto,
} from './dto/case-commands.dto.js';
import { CaseListQueryDto } from './dto/case-query.dto.js';
import {
  ApprovalResultDto,
  AssignedDto,
  CaseDetailDto,
  CaseListDto,
  DeterminationRecordedDto,
  EvidenceAddedDto,
  ImplicatedAddedDto,
  NoteAddedDto,
  PurgedCaseDto,
  StaffMatchReviewedDto,
} from './dto/case-responses.dto.js';
import { ReferenceParam } from './reference.pipe.js';

/**
 * Case management for staff. Every route is signed in; every case route goes through CaseAccessService
 * (role, route, assignment and recusal, checked on each request) and answers 404 for a case the
 * caller may not see.
 */
/** The case, or the tombstone of a purged one. */
const CASE_RESPONSE = {
  description: 'the case; for a case purged by retention, what retention keeps',
  schema: {
    oneOf: [{ $ref: getSchemaPath(CaseDetailDto) }, { $ref: getSchemaPath(PurgedCaseDto) }],
  },
};

@ApiTags('staff')
@ApiBearerAuth()
@ApiExtraModels(CaseDetailDto, PurgedCaseDto)
@ApiErrorResponses(401)
@UseGuards(StaffAuthGuard)
@Controller('api/v1/cases')
export class CasesController {
  constructor(
    private readonly list: CaseListService,
    private readonly detail: CaseDetailService,
    private readonly workflow: CaseWorkflowService,
    private readonly correspondence: CaseCorrespondenceService,
    private readonly determinations: CaseDeterminationsService,
    private readonly intake: IntakeService,
  ) {}

  @Get()
  @ApiOperation({
    summary: 'Cases the caller may see, by next due date then reference (keyset pagination)',
  })
  @ApiOkResponse({ type: CaseListDto })
  @ApiErrorResponses(400)
  async index(
    @CurrentStaff() staff: StaffPrincipal,
    @Query() query: CaseListQueryDto,
  ): Promise<CaseListDto> {
    return this.list.list(staff, query);
  }

  @Post()
  @HttpCode(201)
  @ApiOperation({
    summary:
      'Record a report that arrived by letter, phone, email or in person; returns the receipt to pass on',
  })
  @ApiCreatedResponse({ type: SubmittedReportDto })
  @ApiErrorResponses(400, 404, 413, 429)
  async record(
    @CurrentStaff() staff: StaffPrincipal,
    @Body() body: StaffReportDto,
  ): Promise<SubmittedReportDto> {
    if (!canDo(staff, 'intake.record')) throw new DomainError('not_found', 'not found');
    const created = await this.intake.submit(toSubmission(body, body.channel, []), {
      type: 'staff',
      id: staff.id,
    });
    return {
      reference: created.reference,
      receipt: created.receipt,
      routedTo: created.routedTo,
      acknowledgeBy: created.acknowledgeBy.toISOString(),
    };
  }

  @Get(':reference')
  @ApiOperation({
    summary:
      'The case with its text, parties, routing, deadlines and record — never the reporter identity (audited read)',
  })
  @ApiOkResponse(CASE_RESPONSE)
  @ApiErrorResponses(404)
  async show(
    @CurrentStaff() staff: StaffPrincipal,
    @ReferenceParam() reference: string,
  ): Promise<CaseDetailDto | PurgedCaseDto> {
    return asJson(await this.detail.detail(staff, reference));
  }

  @Post(':reference/transitions')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Move the case in its workflow; 409 with the allowed statuses for an illegal move',
  })
  @ApiOkResponse(CASE_RESPONSE)
  @ApiErrorResponses(400, 404, 409)
  async transition(
    @CurrentStaff() staff: StaffPrincipal,
    @ReferenceParam() reference: string,
    @Body() body: TransitionDto,
  ): Promise<CaseDetailDto | PurgedCaseDto> {
    await this.workflow.transition(staff, reference, body);
    return asJson(await this.detail.detail(staff, reference));
  }

  @Post(':reference/assignments')
  @HttpCode(201)
  @ApiOperation({ summary: 'Assign an investigator (not a recused one)' })
  @ApiCreatedResponse({ type: AssignedDto })
  @ApiErrorResponses(400, 404, 409)
  async assign(
    @CurrentStaff() staff: StaffPrincipal,
    @ReferenceParam() reference: string,
    @Body() body: AssignmentDto,
  ): Promise<AssignedDto> {
    await this.workflow.assign(staff, reference, body.userId);
    return { assigned: body.userId };
  }

  @Post(':reference/implicated')
  @HttpCode(201)
  @ApiOperation({
    summary: 'Add an implicated person; the case is routed again and recusals recomputed',
  })
  @ApiCreatedResponse({ type: ImplicatedAddedDto })
  @ApiErrorResponses(400, 404)
  async implicate(
    @CurrentStaff() staff: StaffPrincipal,
    @ReferenceParam() reference: string,
    @Body() body: ImplicatedDto,
  ): Promise<ImplicatedAddedDto> {
    return this.workflow.addImplicated(staff, reference, body);
  }

  @Post(':reference/parties/:partyId/staff-match')
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Review an automatic match of an implicated person to a staff member (confirm keeps the recusal)',
  })
  @ApiOkResponse({ type: StaffMatchReviewedDto })
  @ApiErrorResponses(400, 404, 409)
  async reviewMatch(
    @CurrentStaff() staff: StaffPrincipal,
    @ReferenceParam() reference: string,
    @Param('partyId', new ParseUUIDPipe()) partyId: string,
    @Body() body: StaffMatchReviewDto,
  ): Promise<StaffMatchReviewedDto> {
    await this.workflow.reviewStaffMatch(staff, reference, partyId, body.decision);
    return { decision: body.decision };
  }

  @Post(':reference/notes')
  @HttpCode(201)
  @ApiOperation({
    summary: 'Add an internal note (append-only; a correction references the note it corrects)',
  })
  @ApiCreatedResponse({ type: NoteAddedDto })
  @ApiErrorResponses(400, 404)
  async note(
    @CurrentStaff() staff: StaffPrincipal,
    @ReferenceParam() reference: string,
    @Body() body: NoteDto,
  ): Promise<NoteAddedDto> {
    return { id: await this.correspondence.addNote(staff, reference, body) };
  }

  @Post(':reference/messages')
  @HttpCode(201)
  @ApiOperation({
    summary: 'Send a message to the reporter (the first after acknowledgement counts as feedback)',
  })
  @ApiCreatedResponse({ description: 'sent (no body)' })
  @ApiErrorResponses(400, 404, 409)
  async message(
    @CurrentStaff() staff: StaffPrincipal,
    @ReferenceParam() reference: string,
    @Body() body: MessageDto,
  ): Promise<void> {
    await this.correspondence.messageReporter(staff, reference, body.body);
  }

  @Post(':reference/files')
  @HttpCode(201)
  @ApiConsumes('multipart/form-data')
  @ApiBody(FILES_ONLY_BODY)
  @ApiOperation({ summary: 'Add evidence files (multipart `files`: at most 10, 25 MiB each)' })
  @ApiCreatedResponse({ type: EvidenceAddedDto })
  @ApiErrorResponses(400, 404, 409, 413, 415)
  async evidence(
    @CurrentStaff() staff: StaffPrincipal,
    @ReferenceParam() reference: string,
    @Req() request: FastifyRequest,
  ): Promise<EvidenceAddedDto> {
    if (!request.isMultipart())
      throw new DomainError('unsupported_media', 'expected multipart/form-data with files');
    await this.correspondence.assertMayAddEvidence(staff, reference);
    const files = await readFiles(request);
    return { ids: await this.correspondence.addEvidence(staff, reference, files) };
  }

  @Get(':reference/files/:fileId')
  @ApiOperation({ summary: 'Download a file (audited)' })
  @ApiOkResponse({
    description: 'the file as stored, with its own media type, as an attachment',
    content: { '*/*': { schema: { type: 'string', format: 'binary' } } },
  })
  @ApiErrorResponses(404)
  async download(
    @CurrentStaff() staff: StaffPrincipal,
    @ReferenceParam() reference: string,
    @Param('fileId') fileId: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Buffer> {
    const file = await this.correspondence.downloadFile(staff, reference, fileId);
    void reply
      .header('Content-Type', file.mediaType)
      .header(
        'Content-Disposition',
        `attachment; filename*=UTF-8''${encodeURIComponent(file.name)}`,
      )
      .header('X-Content-Type-Options', 'nosniff');
    return file.content;
  }

  @Post(':reference/outcome')
  @HttpCode(201)
  @ApiOperation({
    summary:
      'Record the finding; on General Counsel cases it takes effect once GC and CFO have both approved',
  })
  @ApiCreatedResponse({ type: DeterminationRecordedDto })
  @ApiErrorResponses(400, 404, 409)
  async outcome(
    @CurrentStaff() staff: StaffPrincipal,
    @ReferenceParam() reference: string,
    @Body() body: OutcomeDto,
  ): Promise<DeterminationRecordedDto> {
    return this.determinations.recordOutcome(staff, reference, body);
  }

  @Post(':reference/actions')
  @HttpCode(201)
  @ApiOperation({ summary: 'Record a disciplinary, corrective or interim action' })
  @ApiCreatedResponse({ type: DeterminationRecordedDto })
  @ApiErrorResponses(400, 404, 409)
  async action(
    @CurrentStaff() staff: StaffPrincipal,
    @ReferenceParam() reference: string,
    @Body() body: ActionDto,
  ): Promise<DeterminationRecordedDto> {
    return this.determinations.recordAction(staff, reference, body);
  }

  @Post(':reference/approvals')
  @HttpCode(201)
  @ApiOperation({
    summary: 'Approve a pending finding or disciplinary action (joint determination)',
  })
  @ApiCreatedResponse({ type: ApprovalResultDto })
  @ApiErrorResponses(400, 404, 409)
  async approve(
    @CurrentStaff() staff: StaffPrincipal,
    @ReferenceParam() reference: string,
    @Body() body: ApprovalDto,
  ): Promise<ApprovalResultDto> {
    return this.determinations.approve(staff, reference, body.subjectType, body.subjectId);
  }
}
