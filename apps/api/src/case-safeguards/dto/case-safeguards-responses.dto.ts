import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { RevealedIdentity } from '@candor/domain';

export class LegalHoldViewDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'SEC inquiry HO-14421' }) matter!: string;
  @ApiProperty({ format: 'uuid', description: 'the staff member who placed it' }) placedBy!: string;
  @ApiProperty({ format: 'date-time' }) placedAt!: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) releasedBy!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) releasedAt!: string | null;
}

/** A named reporter's identity, as they gave it. */
export class RevealedIdentityDto implements RevealedIdentity {
  @ApiProperty() name!: string;
  @ApiPropertyOptional() email?: string;
  @ApiPropertyOptional() phone?: string;
}

export class ProtectedPersonAddedDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: ['assisting'] }) kind!: 'assisting';
}

export class ProtectedPersonDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({
    enum: ['witness', 'assisting'],
    description: 'witness: named at intake; assisting: added by staff',
  })
  kind!: 'witness' | 'assisting';
  @ApiProperty({ type: String, nullable: true }) name!: string | null;
  @ApiProperty({ type: String, nullable: true }) contact!: string | null;
  @ApiProperty({ type: String, nullable: true }) employeeId!: string | null;
  @ApiProperty({ format: 'date-time' }) addedAt!: string;
}

export class ProtectedPeopleDto {
  @ApiProperty({ description: 'whether the named reporter is protected too (never who they are)' })
  reporterProtected!: boolean;
  @ApiProperty({
    type: String,
    format: 'date-time',
    nullable: true,
    description: 'null while the case is open: protection lasts as long as it does',
  })
  protectedUntil!: string | null;
  @ApiProperty({ type: [ProtectedPersonDto] }) people!: ProtectedPersonDto[];
}
