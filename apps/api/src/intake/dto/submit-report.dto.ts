import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  IsBoolean,
  IsDefined,
  IsEmail,
  IsIn,
  IsISO8601,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  MinLength,
  ValidateIf,
  ValidationArguments,
  registerDecorator,
} from 'class-validator';
import { CONCERN_TYPES, PARTY_ROLES, REPORT_LIMITS } from '@candor/domain';
import type { ConcernType, PartyRole } from '@candor/domain';
import { NestedArray, NestedObject } from '../../common/nested-dto.decorators.js';

const PHONE = /^\+?[0-9 ().-]{5,40}$/;

/** Refuses a value when `when(object)` holds: an anonymous report carries no identity at all. */
function IsAbsentWhen(when: (object: Record<string, unknown>) => boolean, message: string) {
  return (target: object, propertyName: string) =>
    registerDecorator({
      name: 'isAbsentWhen',
      target: target.constructor,
      propertyName,
      options: { message },
      validator: {
        validate: (value: unknown, args: ValidationArguments) =>
          value === undefined || !when(args.object as Record<string, unknown>),
      },
    });
}

/** Not in the future (a small allowance for clock skew), and not before 1900. */
function IsPlausiblePastDate() {
  return (target: object, propertyName: string) =>
    registerDecorator({
      name: 'isPlausiblePastDate',
      target: target.constructor,
      propertyName,
      options: { message: `${propertyName} must be a date between 1900 and now` },
      validator: {
        validate: (value: unknown) => {
          if (typeof value !== 'string') return false;
          const time = Date.parse(value);
          return (
            Number.isFinite(time) &&
            time >= Date.UTC(1900, 0, 1) &&
            time <= Date.now() + 24 * 3600 * 1000
          );
        },
      },
    });
}

export class ReporterIdentityDto {
  @ApiProperty({ maxLength: REPORT_LIMITS.nameMax })
  @IsString()
  @MinLength(1)
  @MaxLength(REPORT_LIMITS.nameMax)
  name!: string;

  @ApiPropertyOptional({ format: 'email', description: 'email or phone is required' })
  @ValidateIf((o: ReporterIdentityDto) => o.email !== undefined || o.phone === undefined)
  @IsEmail({}, { message: 'reporter.email must be an email address (or give a phone number)' })
  @MaxLength(REPORT_LIMITS.contactMax)
  email?: string;

  @ApiPropertyOptional({ description: 'email or phone is required' })
  @ValidateIf((o: ReporterIdentityDto) => o.phone !== undefined || o.email === undefined)
  @IsString()
  @Matches(PHONE, { message: 'reporter.phone must be a phone number (or give an email address)' })
  phone?: string;

  @ApiPropertyOptional({
    description:
      'email me when there is news on my case (the email never contains any of its content)',
  })
  @IsOptional()
  @IsBoolean()
  @IsAbsentWhen(
    (o) => o.email === undefined && o.notifyByEmail === true,
    'notifyByEmail needs an email address',
  )
  notifyByEmail?: boolean;
}

export class ImplicatedPersonDto {
  @ApiPropertyOptional({ maxLength: REPORT_LIMITS.nameMax })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(REPORT_LIMITS.nameMax)
  name?: string;

  @ApiProperty({ enum: PARTY_ROLES })
  @IsIn(PARTY_ROLES, { message: `role must be one of: ${PARTY_ROLES.join(', ')}` })
  role!: PartyRole;
}

export class WitnessDto {
  @ApiProperty({ maxLength: REPORT_LIMITS.nameMax })
  @IsString()
  @MinLength(1)
  @MaxLength(REPORT_LIMITS.nameMax)
  name!: string;

  @ApiPropertyOptional({ maxLength: REPORT_LIMITS.contactMax, description: 'how to reach them' })
  @IsOptional()
  @IsString()
  @MaxLength(REPORT_LIMITS.contactMax)
  contact?: string;
}

/** A report (api.md): anonymous with no identity field, or named with name plus email or phone. */
export class SubmitReportDto {
  @ApiProperty({ enum: CONCERN_TYPES })
  @IsIn(CONCERN_TYPES, {
    message: 'concernType must be one of the codes listed at GET /api/v1/intake/concern-types',
  })
  concernType!: ConcernType;

  @ApiProperty({ maxLength: REPORT_LIMITS.titleMax })
  @IsString()
  @MinLength(1, { message: 'title must not be empty' })
  @MaxLength(REPORT_LIMITS.titleMax)
  title!: string;

  @ApiProperty({
    maxLength: REPORT_LIMITS.descriptionMax,
    description: 'as much detail as possible',
  })
  @IsString()
  @MinLength(1, { message: 'description must not be empty' })
  @MaxLength(REPORT_LIMITS.descriptionMax)
  description!: string;

  @ApiPropertyOptional({ description: 'ISO-8601 date or date-time', example: '2026-03-31' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'occurredAt must be an ISO-8601 date, e.g. 2026-03-31' })
  @IsPlausiblePastDate()
  occurredAt?: string;

  @ApiPropertyOptional({ maxLength: REPORT_LIMITS.locationMax })
  @IsOptional()
  @IsString()
  @MaxLength(REPORT_LIMITS.locationMax)
  location?: string;

  @ApiProperty()
  @IsBoolean()
  anonymous!: boolean;

  @ApiPropertyOptional({
    type: ReporterIdentityDto,
    description: 'required when anonymous is false, refused when true',
  })
  @IsAbsentWhen((o) => o.anonymous === true, 'reporter must not be given on an anonymous report')
  // Checked when named (then required) and whenever given (then refused if anonymous).
  @ValidateIf((o: SubmitReportDto) => o.anonymous === false || o.reporter !== undefined)
  @IsDefined({ message: 'reporter (name plus email or phone) is required when anonymous is false' })
  @NestedObject(() => ReporterIdentityDto)
  reporter?: ReporterIdentityDto;

  @ApiPropertyOptional({ type: [ImplicatedPersonDto], maxItems: REPORT_LIMITS.implicatedMax })
  @IsOptional()
  @NestedArray(() => ImplicatedPersonDto, REPORT_LIMITS.implicatedMax)
  implicated?: ImplicatedPersonDto[];

  @ApiPropertyOptional({ type: [WitnessDto], maxItems: REPORT_LIMITS.witnessesMax })
  @IsOptional()
  @NestedArray(() => WitnessDto, REPORT_LIMITS.witnessesMax)
  witnesses?: WitnessDto[];
}

export class SubmittedReportDto {
  @ApiProperty({ example: 'CND-2026-004817' }) reference!: string;
  @ApiProperty({ description: 'shown once; cannot be recovered', example: '7K3M-9QXA-…' })
  receipt!: string;
  @ApiProperty({ enum: ['general_counsel', 'audit_committee', 'board'] }) routedTo!: string;
  @ApiProperty() acknowledgeBy!: string;
}
