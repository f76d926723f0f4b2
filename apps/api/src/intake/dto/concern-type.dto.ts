import { ApiProperty } from '@nestjs/swagger';
import { CONCERN_TYPES, ROUTES } from '@candor/domain';
import type { ConcernType, ConcernTypeCatalogueEntry, Route } from '@candor/domain';

/** One entry of `GET /api/v1/intake/concern-types`. */
export class ConcernTypeDto implements ConcernTypeCatalogueEntry {
  @ApiProperty({ enum: CONCERN_TYPES }) code!: ConcernType;
  @ApiProperty() label!: string;
  @ApiProperty() description!: string;
  @ApiProperty({ description: 'the Code section it falls under', example: 'Dealing with auditors' })
  codeSection!: string;
  @ApiProperty({ enum: ROUTES, description: 'where a report goes when nobody is implicated' })
  route!: Route;
}
