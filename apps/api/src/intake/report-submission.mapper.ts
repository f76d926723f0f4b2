import type { Channel, IncomingFile, ReportSubmission } from '@candor/domain';
import type { SubmitReportDto } from './dto/submit-report.dto.js';

/** A validated report body as the intake service takes it. */
export function toSubmission(
  dto: SubmitReportDto,
  channel: Channel,
  files: IncomingFile[],
): ReportSubmission {
  return {
    channel,
    concernType: dto.concernType,
    title: dto.title,
    description: dto.description,
    occurredAt: dto.occurredAt,
    location: dto.location,
    anonymous: dto.anonymous,
    reporter: dto.anonymous || !dto.reporter ? undefined : { ...dto.reporter },
    implicated: (dto.implicated ?? []).map((p) => ({ name: p.name, role: p.role })),
    witnesses: (dto.witnesses ?? []).map((w) => ({ name: w.name, contact: w.contact })),
    files,
  };
}
