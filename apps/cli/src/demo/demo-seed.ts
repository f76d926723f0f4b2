import type { Type } from '@nestjs/common';
import {
  type AuditActor,
  CaseCorrespondenceService,
  CaseDeterminationsService,
  CaseListService,
  CaseWorkflowService,
  DomainError,
  IdentityRevealService,
  IntakeService,
  LegalHoldsService,
  ProtectedPeopleService,
  REPORTER,
  ReporterChannelService,
  RetaliationChecksService,
  RetaliationReviewsService,
  type Route,
  StaffAccountsService,
  SYSTEM,
  TOTP_ISSUER,
  type Viewer,
} from '@candor/domain';
import { generatePassword } from '@candor/platform';
import { generateURI } from 'otplib';
import { DEMO_CASES, DEMO_RETALIATION_CHECKS, type DemoCase, type DemoStep } from './demo-cases.js';
import { DEMO_STAFF, type DemoStaffKey, demoEmail } from './demo-staff.js';

/** A demo account with everything needed to sign in: shown once, like any generated password. */
export interface DemoAccount {
  readonly role: string;
  readonly name: string;
  readonly title: string;
  readonly email: string;
  readonly password: string;
  readonly totpSecret: string;
  /** For an authenticator app (most import it from a QR code of this URI, or by pasting it). */
  readonly otpauthUri: string;
}

export interface DemoCaseSummary {
  readonly reference: string;
  readonly status: string;
  readonly concernType: string;
  readonly routedTo: Route;
  readonly handledBy: Route;
  readonly channel: string;
  /** The reporter's receipt, to look at the case from the reporter's side. */
  readonly receipt: string;
}

export interface DemoSeedResult {
  readonly accounts: DemoAccount[];
  readonly cases: DemoCaseSummary[];
}

type Get = <S>(type: Type<S>) => S;

interface SeededCase {
  readonly caseId: string;
  readonly reference: string;
  readonly receipt: string;
  noteIds: string[];
}

/**
 * Fills an empty development database with staff for every role and a few dozen cases in every
 * status, entirely through the domain services: routing, recusal, deadlines, audit entries and
 * notifications are the real ones. It refuses a database that already has staff accounts, so it
 * never runs twice on the same database and never mixes demo people into a real deployment.
 */
export class DemoSeed {
  private readonly viewers = new Map<DemoStaffKey, Viewer>();

  constructor(private readonly get: Get) {}

  async run(): Promise<DemoSeedResult> {
    const existing = await this.get(StaffAccountsService).list();
    if (existing.length > 0) {
      throw new DomainError(
        'conflict',
        `demo:seed fills an empty database, and this one already has ${existing.length} staff account(s); ` +
          'it has been seeded before, or is in use. Point DATABASE_URL and DATABASE_MIGRATION_URL at a new ' +
          'database and run db:migrate first.',
      );
    }
    const accounts = await this.createStaff();
    const receipts = new Map<string, string>();
    for (const demo of DEMO_CASES) {
      const seeded = await this.createCase(demo);
      receipts.set(seeded.reference, seeded.receipt);
      for (const step of demo.steps) {
        const linked = await this.play(seeded, step);
        if (linked) receipts.set(linked.reference, linked.receipt);
      }
    }
    await this.retaliationChecks();
    return { accounts, cases: await this.summaries(receipts) };
  }

  private async createStaff(): Promise<DemoAccount[]> {
    const accounts: DemoAccount[] = [];
    for (const [key, person] of Object.entries(DEMO_STAFF) as Array<
      [DemoStaffKey, (typeof DEMO_STAFF)[DemoStaffKey]]
    >) {
      const email = demoEmail(person.name);
      const password = generatePassword();
      const created = await this.get(StaffAccountsService).create(
        SYSTEM,
        {
          email,
          name: person.name,
          role: person.role,
          isChair: 'chair' in person && person.chair,
        },
        { kind: 'password', password },
      );
      if (!created.totpSecret) throw new Error('a TOTP secret was expected');
      this.viewers.set(key, { id: created.id, role: person.role });
      accounts.push({
        role: person.role,
        name: person.name,
        title: person.title,
        email,
        password,
        totpSecret: created.totpSecret,
        otpauthUri: generateURI({ issuer: TOTP_ISSUER, label: email, secret: created.totpSecret }),
      });
    }
    return accounts;
  }

  private viewer(key: DemoStaffKey): Viewer {
    const viewer = this.viewers.get(key);
    if (!viewer) throw new Error(`no demo staff member "${key}"`);
    return viewer;
  }

  private async createCase(demo: DemoCase): Promise<SeededCase> {
    const { report } = demo;
    const actor: AuditActor = demo.recorded
      ? { type: 'staff', id: this.viewer(demo.recorded.by).id }
      : REPORTER;
    const submitted = await this.get(IntakeService).submit(
      {
        channel: demo.recorded?.channel ?? 'web',
        concernType: report.concernType,
        title: report.title,
        description: report.description,
        occurredAt:
          report.occurredDaysAgo === undefined
            ? undefined
            : new Date(Date.now() - report.occurredDaysAgo * 86_400_000).toISOString().slice(0, 10),
        location: report.location,
        anonymous: !report.reporter,
        reporter: report.reporter,
        implicated: report.implicated ?? [],
        witnesses: report.witnesses ?? [],
        files: (report.files ?? []).map((f) => ({
          name: f.name,
          content: Buffer.from(f.content, 'utf8'),
        })),
      },
      actor,
    );
    return {
      caseId: submitted.caseId,
      reference: submitted.reference,
      receipt: submitted.receipt,
      noteIds: [],
    };
  }

  /** One step; a retaliation report answers with the new linked case. */
  private async play(
    c: SeededCase,
    step: DemoStep,
  ): Promise<{ reference: string; receipt: string } | undefined> {
    const ref = c.reference;
    switch (step.do) {
      case 'move':
        await this.get(CaseWorkflowService).transition(this.viewer(step.by), ref, {
          to: step.to,
          reason: step.reason,
          dismissalReason: step.dismissalReason,
        });
        return undefined;
      case 'assign':
        await this.get(CaseWorkflowService).assign(
          this.viewer(step.by),
          ref,
          this.viewer(step.investigator).id,
        );
        return undefined;
      case 'note':
        c.noteIds.push(
          await this.get(CaseCorrespondenceService).addNote(this.viewer(step.by), ref, {
            body: step.body,
            kind: step.kind,
            correctsNoteId: step.correctsPrevious ? c.noteIds.at(-1) : undefined,
          }),
        );
        return undefined;
      case 'message':
        await this.get(CaseCorrespondenceService).messageReporter(
          this.viewer(step.by),
          ref,
          step.body,
        );
        return undefined;
      case 'reporter_message':
        await this.get(ReporterChannelService).postMessage(c.caseId, step.body);
        return undefined;
      case 'hold':
        await this.get(LegalHoldsService).place(this.viewer(step.by), ref, step.matter);
        return undefined;
      case 'outcome': {
        const determinations = this.get(CaseDeterminationsService);
        const { id } = await determinations.recordOutcome(this.viewer(step.by), ref, {
          finding: step.finding,
          summary: step.summary,
        });
        if (step.approvedBy)
          await determinations.approve(this.viewer(step.approvedBy), ref, 'outcome', id);
        return undefined;
      }
      case 'action': {
        const determinations = this.get(CaseDeterminationsService);
        const { id } = await determinations.recordAction(this.viewer(step.by), ref, step.action);
        if (step.approvedBy)
          await determinations.approve(this.viewer(step.approvedBy), ref, 'action', id);
        return undefined;
      }
      case 'protect':
        await this.get(ProtectedPeopleService).add(this.viewer(step.by), ref, step.person);
        return undefined;
      case 'reveal':
        await this.get(IdentityRevealService).reveal(this.viewer(step.by), ref, step.justification);
        return undefined;
      case 'implicate':
        await this.get(CaseWorkflowService).addImplicated(this.viewer(step.by), ref, step.person);
        return undefined;
      case 'retaliation':
        return this.get(ReporterChannelService).reportRetaliation(c.caseId, step.description);
      default:
        return unknownStep(step);
    }
  }

  private async retaliationChecks(): Promise<void> {
    for (const check of DEMO_RETALIATION_CHECKS) {
      const { id } = await this.get(RetaliationChecksService).submit(this.viewer('hr'), {
        employee: check.employee,
        action: check.action,
        effectiveDate: new Date(Date.now() + check.effectiveInDays * 86_400_000)
          .toISOString()
          .slice(0, 10),
      });
      if (!check.decision) continue;
      const reviewer = this.viewer(check.decision.by);
      const reviews = await this.get(RetaliationReviewsService).listFor(reviewer);
      const review = reviews.find((r) => r.checkId === id);
      if (!review) throw new Error('the demo review did not reach its reviewer');
      await this.get(RetaliationReviewsService).decide(
        reviewer,
        review.id,
        check.decision.decision,
        check.decision.reason,
      );
    }
  }

  /**
   * The seeded cases as their handling bodies list them, so that what is printed is what the
   * console will show (and a case its body could not see would be missing here).
   */
  private async summaries(receipts: Map<string, string>): Promise<DemoCaseSummary[]> {
    const found = new Map<string, DemoCaseSummary>();
    for (const key of ['gc', 'acChair', 'director'] as const) {
      let cursor: string | undefined;
      do {
        const page = await this.get(CaseListService).list(this.viewer(key), {
          cursor,
          limit: 100,
        });
        for (const item of page.items) {
          const receipt = receipts.get(item.reference);
          if (!receipt) continue;
          found.set(item.reference, {
            reference: item.reference,
            status: item.status,
            concernType: item.concernType,
            routedTo: item.routedTo,
            handledBy: item.handledBy,
            channel: item.channel,
            receipt,
          });
        }
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
    }
    const missing = [...receipts.keys()].filter((reference) => !found.has(reference));
    if (missing.length > 0) {
      throw new Error(`seeded cases their body cannot list: ${missing.join(', ')}`);
    }
    return [...found.values()].sort((a, b) => a.reference.localeCompare(b.reference));
  }
}

function unknownStep(step: never): never {
  throw new Error(`Unknown demo step ${JSON.stringify(step)}`);
}
