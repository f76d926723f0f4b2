import { Body, Controller, HttpCode, Module, Post } from '@nestjs/common';
import { IsString, MaxLength } from 'class-validator';

class ProbeDto {
  @IsString()
  @MaxLength(100_000)
  text!: string;
}

/** A route with a DTO, mounted only in tests, to exercise the global pipeline on its own. */
@Controller('api/v1/test-probe')
class ProbeController {
  @Post()
  @HttpCode(200)
  echo(@Body() body: ProbeDto): { length: number } {
    return { length: body.text.length };
  }
}

@Module({ controllers: [ProbeController] })
export class ProbeModule {}
