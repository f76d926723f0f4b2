import { ApiProperty } from '@nestjs/swagger';

export class AccessTokenDto {
  @ApiProperty({ description: 'the bearer token of the staff routes' }) accessToken!: string;
  @ApiProperty({ format: 'date-time', description: '15 minutes after sign-in' }) expiresAt!: string;
}
