import { Body, Controller, Get, HttpCode, Param, Post, UseGuards } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { RetaliationChecksService, RetaliationReviewsService } from '@candor/domain';
import type { RetaliationReviewView, StaffPrincipal } from '@candor/domain';
import { ApiErrorResponses } from '../common/error-response.dto.js';
import { CurrentStaff, StaffAuthGuard } from '../staff-auth/staff-auth.guard.js';
import { RetaliationCheckDto, ReviewDecisionDto } from './dto/retaliation.dto.js';
import {
  CheckStatusDto,
  CheckSubmittedDto,
  RetaliationReviewDto,
  RetaliationReviewListDto,
} from './dto/retaliation-responses.dto.js';

/**
 * Adverse-action checks by HR and the retaliation reviews they open for Legal. To HR a check is an
 * id, an answer and a review status: never a case, nor whether there is one.
 */
@ApiTags('staff')
@ApiBearerAuth()
@ApiErrorResponses(401, 404)
@UseGuards(StaffAuthGuard)
@Controller('api/v1/retaliation')
export class RetaliationController {
  constructor(
    private readonly checks: RetaliationChecksService,
    private readonly reviews: RetaliationReviewsService,
  ) {}

  @Post('checks')
  @HttpCode(201)
  @ApiOperation({
    summary:
      'HR: check a planned adverse action against protected people (clear or review_required)',
  })
  @ApiCreatedResponse({ type: CheckSubmittedDto })
  @ApiErrorResponses(400)
  async check(
    @CurrentStaff() staff: StaffPrincipal,
    @Body() body: RetaliationCheckDto,
  ): Promise<CheckSubmittedDto> {
    return this.checks.submit(staff, body);
  }

  @Get('checks/:id')
  @ApiOperation({ summary: "HR: the status of one of the caller's own checks" })
  @ApiOkResponse({ type: CheckStatusDto })
  async checkStatus(
    @CurrentStaff() staff: StaffPrincipal,
    @Param('id') id: string,
  ): Promise<CheckStatusDto> {
    return this.checks.status(staff, id);
  }

  @Get('reviews')
  @ApiOperation({ summary: 'Legal: the retaliation reviews assigned to the caller (audited read)' })
  @ApiOkResponse({ type: RetaliationReviewListDto })
  async reviewList(@CurrentStaff() staff: StaffPrincipal): Promise<RetaliationReviewListDto> {
    const reviews = await this.reviews.listFor(staff);
    return { items: reviews.map(toJson) };
  }

  @Post('reviews/:id/decision')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Legal: decide a retaliation review: cleared, blocked or escalated, with a reason',
  })
  @ApiOkResponse({ type: RetaliationReviewDto })
  @ApiErrorResponses(400, 409)
  async decide(
    @CurrentStaff() staff: StaffPrincipal,
    @Param('id') id: string,
    @Body() body: ReviewDecisionDto,
  ): Promise<RetaliationReviewDto> {
    return toJson(await this.reviews.decide(staff, id, body.decision, body.reason));
  }
}

function toJson(review: RetaliationReviewView): RetaliationReviewDto {
  return {
    ...review,
    createdAt: review.createdAt.toISOString(),
    decidedAt: review.decidedAt?.toISOString() ?? null,
  };
}
