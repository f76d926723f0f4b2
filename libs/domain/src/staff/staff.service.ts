import { Injectable } from '@nestjs/common';
import { SYSTEM } from '../audit/audit-trail.service.js';
import {
  type CreatedAccount,
  type FieldLabel,
  type InitialCredentials,
  type StaffAccountView,
  StaffAccountsService,
} from './staff-accounts.service.js';

/** What the operator's commands print about an account. */
export type StaffSummary = StaffAccountView;

export type CreatedStaff = CreatedAccount;

/** How `staff:create` gives the new account its credentials. */
export type OperatorCredentials =
  /** `--password P`: enrolled at once; the TOTP secret is printed. */
  | { readonly password: string }
  /** `--generate-password`: the same with a generated password, printed once. */
  | { readonly generatePassword: true }
  /** The default: an enrolment link, emailed, or printed instead with `--print-link`. */
  | { readonly printLink: boolean };

const OPTION: FieldLabel = (field) => `--${field}`;

/**
 * Staff accounts, managed from the operator CLI: people are named by email address, messages name
 * the command's options, and every change is audited as a system action.
 */
@Injectable()
export class StaffService {
  constructor(private readonly accounts: StaffAccountsService) {}

  async create(
    input: { email: string; name: string; role: string; isChair?: boolean },
    credentials: OperatorCredentials,
  ): Promise<CreatedStaff> {
    const initial: InitialCredentials =
      'password' in credentials
        ? { kind: 'password', password: credentials.password }
        : 'generatePassword' in credentials
          ? { kind: 'password' }
          : { kind: 'enrolment', delivery: credentials.printLink ? 'printed' : 'email' };
    return this.accounts.create(SYSTEM, input, initial, OPTION);
  }

  async disable(email: string): Promise<StaffSummary> {
    return this.accounts.disable(SYSTEM, await this.accounts.idByEmail(email));
  }

  async enable(email: string): Promise<StaffSummary> {
    return this.accounts.enable(SYSTEM, await this.accounts.idByEmail(email));
  }

  async resetTotp(email: string): Promise<{ id: string; email: string; totpSecret: string }> {
    const id = await this.accounts.idByEmail(email);
    const totpSecret = await this.accounts.replaceTotpSecret(SYSTEM, id);
    return { id, email: email.trim().toLowerCase(), totpSecret };
  }

  /** Immediate emails, or one daily digest listing references only. */
  async setNotificationMode(email: string, mode: string): Promise<StaffSummary> {
    const id = await this.accounts.idByEmail(email);
    return this.accounts.setNotificationMode(SYSTEM, id, mode, OPTION);
  }

  async list(): Promise<StaffSummary[]> {
    return this.accounts.list();
  }
}
