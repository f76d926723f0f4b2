import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { CaseCipherService, generatePassword, hashPassword } from '@candor/platform';
import { generateSecret } from 'otplib';
import { modifyReturning } from '@candor/persistence';
import { DataSource } from 'typeorm';
import { STAFF_ROLES, StaffRole } from '../access/access-policy.js';
import { AuditTrail, SYSTEM } from '../audit/audit-trail.service.js';
import { DomainError } from '../common/domain-error.js';
import { UnannouncedEvents } from '../notifications/unannounced-events.service.js';

export interface StaffSummary {
  id: string;
  email: string;
  name: string;
  role: StaffRole;
  isChair: boolean;
  disabled: boolean;
}

export interface CreatedStaff {
  id: string;
  email: string;
  role: StaffRole;
  totpSecret: string;
  /** Present only when the password was generated: it is shown this once. */
  password?: string;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Staff accounts, managed from the operator CLI. Every change is audited as a system action. */
@Injectable()
export class StaffService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly cipher: CaseCipherService,
    private readonly audit: AuditTrail,
    private readonly unannounced: UnannouncedEvents,
  ) {}

  async create(input: {
    email: string;
    name: string;
    role: string;
    password?: string;
    isChair?: boolean;
  }): Promise<CreatedStaff> {
    const email = input.email.trim().toLowerCase();
    if (!EMAIL.test(email)) throw new DomainError('invalid', '--email must be an email address');
    if (!input.name.trim()) throw new DomainError('invalid', '--name must not be empty');
    if (!(STAFF_ROLES as readonly string[]).includes(input.role)) {
      throw new DomainError('invalid', `--role must be one of: ${STAFF_ROLES.join(', ')}`);
    }
    if (input.password !== undefined && input.password.length < 12) {
      throw new DomainError('invalid', '--password must be at least 12 characters');
    }
    const role = input.role as StaffRole;
    const password = input.password ?? generatePassword();
    const passwordHash = await hashPassword(password);
    const totpSecret = generateSecret();
    const id = randomUUID();
    await this.dataSource.transaction(async (tx) => {
      const existing = await tx.query<unknown[]>(`SELECT 1 FROM staff WHERE email = $1`, [email]);
      if (existing.length > 0)
        throw new DomainError('conflict', `a staff member with email ${email} already exists`);
      await tx.query(
        `INSERT INTO staff (id, email, name, role, password_hash, totp_secret_enc, name_index, email_index, is_chair, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, now(), now())`,
        [
          id,
          email,
          input.name.trim(),
          role,
          passwordHash,
          this.cipher.sealSystemSecret('staff', 'totp_secret', id, totpSecret),
          this.cipher.nameIndex(input.name),
          this.cipher.emailIndex(email),
          input.isChair ?? false,
        ],
      );
      await this.audit.append(tx, SYSTEM, {
        action: 'staff.created',
        detail: { staffId: id, role },
      });
      // Whatever was waiting for someone in this role is raised again with the account.
      await this.unannounced.announce(tx);
    });
    return { id, email, role, totpSecret, ...(input.password === undefined ? { password } : {}) };
  }

  async disable(email: string): Promise<StaffSummary> {
    return this.dataSource.transaction(async (tx) => {
      const [row] = await modifyReturning<{ id: string }>(
        tx,
        `UPDATE staff SET disabled_at = coalesce(disabled_at, now()), updated_at = now() WHERE email = $1 RETURNING id`,
        [email.trim().toLowerCase()],
      );
      if (!row) throw new DomainError('not_found', `no staff member with email ${email}`);
      await tx.query(
        `UPDATE staff_sessions SET revoked_at = now() WHERE staff_id = $1 AND revoked_at IS NULL`,
        [row.id],
      );
      await this.audit.append(tx, SYSTEM, {
        action: 'staff.disabled',
        detail: { staffId: row.id },
      });
      return this.summaryIn(tx, row.id);
    });
  }

  /** Lets a disabled account sign in and be notified again; its old sessions stay ended. */
  async enable(email: string): Promise<StaffSummary> {
    return this.dataSource.transaction(async (tx) => {
      const [row] = await modifyReturning<{ id: string }>(
        tx,
        `UPDATE staff SET disabled_at = NULL, updated_at = now() WHERE email = $1 RETURNING id`,
        [email.trim().toLowerCase()],
      );
      if (!row) throw new DomainError('not_found', `no staff member with email ${email}`);
      await this.audit.append(tx, SYSTEM, {
        action: 'staff.enabled',
        detail: { staffId: row.id },
      });
      await this.unannounced.announce(tx);
      return this.summaryIn(tx, row.id);
    });
  }

  async resetTotp(email: string): Promise<{ id: string; email: string; totpSecret: string }> {
    const totpSecret = generateSecret();
    return this.dataSource.transaction(async (tx) => {
      const [row] = await tx.query<Array<{ id: string }>>(
        `SELECT id FROM staff WHERE email = $1 FOR UPDATE`,
        [email.trim().toLowerCase()],
      );
      if (!row) throw new DomainError('not_found', `no staff member with email ${email}`);
      await tx.query(
        `UPDATE staff SET totp_secret_enc = $2, totp_last_step = 0, updated_at = now() WHERE id = $1`,
        [row.id, this.cipher.sealSystemSecret('staff', 'totp_secret', row.id, totpSecret)],
      );
      await tx.query(
        `UPDATE staff_sessions SET revoked_at = now() WHERE staff_id = $1 AND revoked_at IS NULL`,
        [row.id],
      );
      await this.audit.append(tx, SYSTEM, {
        action: 'staff.totp_reset',
        detail: { staffId: row.id },
      });
      return { id: row.id, email: email.trim().toLowerCase(), totpSecret };
    });
  }

  /** Immediate emails, or one daily digest listing references only. */
  async setNotificationMode(email: string, mode: string): Promise<StaffSummary> {
    if (mode !== 'immediate' && mode !== 'daily_digest') {
      throw new DomainError('invalid', '--mode must be immediate or daily_digest');
    }
    return this.dataSource.transaction(async (tx) => {
      const [row] = await modifyReturning<{ id: string }>(
        tx,
        `UPDATE staff SET notification_mode = $2, updated_at = now() WHERE email = $1 RETURNING id`,
        [email.trim().toLowerCase(), mode],
      );
      if (!row) throw new DomainError('not_found', `no staff member with email ${email}`);
      await this.audit.append(tx, SYSTEM, {
        action: 'staff.notification_mode_changed',
        detail: { staffId: row.id, mode },
      });
      return this.summaryIn(tx, row.id);
    });
  }

  async list(): Promise<StaffSummary[]> {
    const rows = await this.dataSource.query<StaffRow[]>(
      `SELECT id, email, name, role, is_chair, disabled_at FROM staff ORDER BY role, email`,
    );
    return rows.map(toSummary);
  }

  private async summaryIn(tx: { query: DataSource['query'] }, id: string): Promise<StaffSummary> {
    const [row] = await tx.query<StaffRow[]>(
      `SELECT id, email, name, role, is_chair, disabled_at FROM staff WHERE id = $1`,
      [id],
    );
    return toSummary(row);
  }
}

interface StaffRow {
  id: string;
  email: string;
  name: string;
  role: StaffRole;
  is_chair: boolean;
  disabled_at: Date | null;
}

function toSummary(row: StaffRow): StaffSummary {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role,
    isChair: row.is_chair,
    disabled: row.disabled_at !== null,
  };
}
