import { Body, Controller, Get, HttpCode, Post, UseGuards } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { IdentityRevealService, LegalHoldsService, ProtectedPeopleService } from '@candor/domain';
import type { LegalHoldView, StaffPrincipal } from '@candor/domain';
import { ReferenceParam } from '../cases/reference.pipe.js';
import { ApiErrorResponses } from '../common/error-response.dto.js';
import { PersonDto } from '../retaliation/dto/retaliation.dto.js';
import { CurrentStaff, StaffAuthGuard } from '../staff-auth/staff-auth.guard.js';
import { IdentityRevealDto, LegalHoldDto, LegalHoldReleaseDto } from './dto/case-safeguards.dto.js';
import {
  LegalHoldViewDto,
  ProtectedPeopleDto,
  ProtectedPersonAddedDto,
  RevealedIdentityDto,
} from './dto/case-safeguards-responses.dto.js';

/**
 * What protects a case and the people in it: legal holds, the identity reveal, and protected
 * people. Same prefix as case management; every route goes through CaseAccessService (404 for a case the
 * caller may not see or act on).
 */
@ApiTags('staff')
@ApiBearerAuth()
@ApiErrorResponses(401, 404)
@UseGuards(StaffAuthGuard)
@Controller('api/v1/cases')
export class CaseSafeguardsController {
  constructor(
    private readonly holds: LegalHoldsService,
    private readonly identity: IdentityRevealService,
    private readonly protectedPeople: ProtectedPeopleService,
  ) {}

  @Post(':reference/legal-hold')
  @HttpCode(201)
  @ApiOperation({
    summary:
      'Place a legal hold (General Counsel on its cases, Audit Committee on its cases); 409 if held',
  })
  @ApiCreatedResponse({ type: LegalHoldViewDto })
  @ApiErrorResponses(400, 409)
  async placeHold(
    @CurrentStaff() staff: StaffPrincipal,
    @ReferenceParam() reference: string,
    @Body() body: LegalHoldDto,
  ): Promise<LegalHoldViewDto> {
    return holdJson(await this.holds.place(staff, reference, body.matter));
  }

  @Post(':reference/legal-hold/release')
  @HttpCode(200)
  @ApiOperation({ summary: 'Release the legal hold with a written release note (required)' })
  @ApiOkResponse({ type: LegalHoldViewDto })
  @ApiErrorResponses(400, 409)
  async releaseHold(
    @CurrentStaff() staff: StaffPrincipal,
    @ReferenceParam() reference: string,
    @Body() body: LegalHoldReleaseDto,
  ): Promise<LegalHoldViewDto> {
    return holdJson(await this.holds.release(staff, reference, body.releaseNote));
  }

  @Post(':reference/identity-reveal')
  @HttpCode(200)
  @ApiOperation({
    summary:
      "Reveal a named reporter's identity: the reporter is told first, in their inbox, with the justification (audited)",
    description: '409 for an anonymous case: there is no identity to reveal.',
  })
  @ApiOkResponse({ type: RevealedIdentityDto })
  @ApiErrorResponses(400, 409)
  async revealIdentity(
    @CurrentStaff() staff: StaffPrincipal,
    @ReferenceParam() reference: string,
    @Body() body: IdentityRevealDto,
  ): Promise<RevealedIdentityDto> {
    return this.identity.reveal(staff, reference, body.justification);
  }

  @Post(':reference/protected-people')
  @HttpCode(201)
  @ApiOperation({
    summary: 'Add a person protected from reprisal (someone interviewed, someone who helped)',
  })
  @ApiCreatedResponse({ type: ProtectedPersonAddedDto })
  @ApiErrorResponses(400, 409)
  async addProtected(
    @CurrentStaff() staff: StaffPrincipal,
    @ReferenceParam() reference: string,
    @Body() body: PersonDto,
  ): Promise<ProtectedPersonAddedDto> {
    return this.protectedPeople.add(staff, reference, body);
  }

  @Get(':reference/protected-people')
  @ApiOperation({
    summary: 'Who the case protects and until when (never the reporter identity; audited read)',
  })
  @ApiOkResponse({ type: ProtectedPeopleDto })
  async listProtected(
    @CurrentStaff() staff: StaffPrincipal,
    @ReferenceParam() reference: string,
  ): Promise<ProtectedPeopleDto> {
    const view = await this.protectedPeople.list(staff, reference);
    return {
      reporterProtected: view.reporterProtected,
      protectedUntil: view.protectedUntil?.toISOString() ?? null,
      people: view.people.map((p) => ({ ...p, addedAt: p.addedAt.toISOString() })),
    };
  }
}

function holdJson(hold: LegalHoldView): LegalHoldViewDto {
  return {
    id: hold.id,
    matter: hold.matter,
    placedBy: hold.placedBy,
    placedAt: hold.placedAt.toISOString(),
    releasedBy: hold.releasedBy,
    releasedAt: hold.releasedAt?.toISOString() ?? null,
  };
}
