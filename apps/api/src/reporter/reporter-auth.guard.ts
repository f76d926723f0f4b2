import { CanActivate, createParamDecorator, ExecutionContext, Injectable } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { DomainError, ReporterChannelService } from '@candor/domain';

interface ReporterRequest extends FastifyRequest {
  reporterCaseId?: string;
}

/** Admits a receipt session token; the request then acts on that one case and nothing else. */
@Injectable()
export class ReporterAuthGuard implements CanActivate {
  constructor(private readonly channel: ReporterChannelService) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<ReporterRequest>();
    const header = request.headers.authorization ?? '';
    const [, token] = /^Bearer ([A-Za-z0-9._-]+)$/.exec(header) ?? [];
    if (token === undefined) {
      throw new DomainError('unauthenticated', 'sign in with your receipt first');
    }
    request.reporterCaseId = await this.channel.authenticate(token);
    return true;
  }
}

/** The case of the current receipt session. */
export const ReporterCase = createParamDecorator(
  (_data: unknown, context: ExecutionContext): string => {
    const caseId = context.switchToHttp().getRequest<ReporterRequest>().reporterCaseId;
    if (!caseId) throw new Error('ReporterCase used without ReporterAuthGuard');
    return caseId;
  },
);
