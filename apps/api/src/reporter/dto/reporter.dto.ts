import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength, MinLength } from 'class-validator';
import { REPORT_LIMITS } from '@candor/domain';

export class ReporterSessionDto {
  @ApiProperty({ example: '7K3M-9QXA-2BCD-EFGH-JKMN-PQRS' })
  @IsString()
  @MaxLength(128)
  receipt!: string;
}

export class ReporterMessageDto {
  @ApiProperty({ maxLength: REPORT_LIMITS.messageMax })
  @IsString()
  @MinLength(1, { message: 'body must not be empty' })
  @MaxLength(REPORT_LIMITS.messageMax)
  body!: string;
}

export class RetaliationReportDto {
  @ApiProperty({ maxLength: REPORT_LIMITS.descriptionMax })
  @IsString()
  @MinLength(1, { message: 'description must not be empty' })
  @MaxLength(REPORT_LIMITS.descriptionMax)
  description!: string;
}
