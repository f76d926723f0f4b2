import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import {
  CasePartiesRepository,
  type ProtectedPartyRow,
  RetaliationRepository,
  TransactionalConnection,
} from '@candor/persistence';
import { appConfigOf, Clock } from '@candor/platform';
import type { Viewer } from '../access/access-policy.js';
import { CaseAccessService } from '../access/case-access.service.js';
import { AuditTrailService } from '../audit/audit-trail.service.js';
import { addUtcMonthsClamped } from '../cases/deadlines.js';
import { isOpen, isCaseStatus } from '../cases/case-status.js';
import { DomainError } from '../common/domain-error.js';
import { PersonDescription, PersonIndexesService } from './person-indexes.service.js';
import { personProblems } from './retaliation-rules.js';

export interface ProtectedPerson {
  id: string;
  kind: 'witness' | 'assisting';
  name: string | null;
  contact: string | null;
  employeeId: string | null;
  addedAt: Date;
}

export interface ProtectedPeopleView {
  /** Whether the named reporter is protected too (who they are stays hidden from handlers). */
  reporterProtected: boolean;
  /** Null while the case is open: protection lasts as long as it does. */
  protectedUntil: Date | null;
  people: ProtectedPerson[];
}

/**
 * The people a case protects from reprisal besides its named reporter: witnesses named at intake
 * and people staff add later (someone interviewed, someone who handed over documents). They are
 * stored like every party, sealed under the case key, with keyed indexes for the HR checks.
 */
@Injectable()
export class ProtectedPeopleService {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly parties: CasePartiesRepository,
    private readonly retaliation: RetaliationRepository,
    private readonly access: CaseAccessService,
    private readonly audit: AuditTrailService,
    private readonly indexes: PersonIndexesService,
    private readonly configService: ConfigService,
    private readonly clock: Clock,
  ) {}

  async add(
    viewer: Viewer,
    reference: string,
    person: PersonDescription,
  ): Promise<{ id: string; kind: 'assisting' }> {
    return this.connection.transaction(async (tx) => {
      const accessible = await this.access.require(tx, viewer, reference, 'add_party', {
        lock: true,
      });
      const problems = personProblems(person);
      if (problems.length > 0) throw new DomainError('invalid', problems.join('; '));
      const { record } = accessible;
      const key = accessible.key();
      const id = randomUUID();
      const name = person.name.trim();
      const email = person.email?.trim();
      const employeeId = person.employeeId?.trim();
      const index = this.indexes.of({ name, email, employeeId });
      await this.parties.insert(tx, {
        id,
        caseId: record.id,
        kind: 'assisting',
        role: null,
        nameEnc: key.seal('case_parties', 'name', id, name),
        contactEnc: key.sealOptional('case_parties', 'contact', id, email),
        employeeIdEnc: key.sealOptional('case_parties', 'employee_id', id, employeeId),
        nameIndex: index.name,
        emailIndex: index.email,
        employeeIdIndex: index.employeeId,
        addedBy: viewer.id,
        createdAt: this.clock.now(),
        staff: { kind: 'none' },
      });
      await this.audit.append(
        tx,
        { type: 'staff', id: viewer.id },
        {
          action: 'party.added',
          caseReference: record.reference,
          detail: { partyId: id, kind: 'assisting', protected: true },
        },
      );
      return { id, kind: 'assisting' };
    });
  }

  /** Reading who is protected is reading case content: it is audited like any other read. */
  async list(viewer: Viewer, reference: string): Promise<ProtectedPeopleView> {
    return this.connection.transaction(async (tx) => {
      const accessible = await this.access.require(tx, viewer, reference, 'view');
      const { record } = accessible;
      const parties = await this.retaliation.listProtectedParties(tx, record.id);
      const reporterProtected = await this.retaliation.hasNamedReporter(tx, record.id);
      const key = parties.length > 0 ? accessible.key() : undefined;
      const open = (text: string, row: ProtectedPartyRow, blob: Buffer | null) =>
        key ? key.openOptionalText('case_parties', text, row.id, blob) : null;
      const people = parties.map((row) => ({
        id: row.id,
        kind: row.kind,
        name: open('name', row, row.name_enc),
        contact: open('contact', row, row.contact_enc),
        employeeId: open('employee_id', row, row.employee_id_enc),
        addedAt: row.created_at,
      }));
      await this.audit.append(
        tx,
        { type: 'staff', id: viewer.id },
        {
          action: 'case.protected_people_viewed',
          caseReference: record.reference,
          detail: { count: people.length },
        },
      );
      const stillOpen = isCaseStatus(record.status) ? isOpen(record.status) : true;
      return {
        reporterProtected,
        protectedUntil:
          stillOpen || !record.closed_at
            ? null
            : addUtcMonthsClamped(
                record.closed_at,
                appConfigOf(this.configService).protectionMonths,
              ),
        people,
      };
    });
  }
}
