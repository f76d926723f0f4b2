import { Controller, Get, Module } from '@nestjs/common';

/** A page route that fails as a bug would, to see what a reporter is shown (and not shown). */
@Controller('probe-failure')
class FailingPageController {
  @Get()
  fail(): never {
    throw new Error('database password is hunter2 at /srv/candor/secret.ts:42');
  }
}

@Module({ controllers: [FailingPageController] })
export class FailingPageModule {}
