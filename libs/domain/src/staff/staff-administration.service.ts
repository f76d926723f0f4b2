import { Injectable } from '@nestjs/common';
import type { Viewer } from '../access/access-policy.js';
import { canDo, type StaffAdminAction } from '../access/action-policy.js';
import type { AuditActor } from '../audit/audit-trail.service.js';
import { DomainError } from '../common/domain-error.js';
import type { EnrolmentKind } from './staff-enrolment.service.js';
import { type StaffAccountView, StaffAccountsService } from './staff-accounts.service.js';

/** The answer to anyone who may not administer staff: the same as for a page that is not there. */
const NOT_FOUND = 'not found';

/** What the administrator learns about a link sent: never the link itself (it went by email). */
export interface EnrolmentSent {
  readonly staffId: string;
  readonly kind: EnrolmentKind;
  readonly expiresAt: Date;
}

/**
 * Staff administration for the console (product.md §1: the administrator manages staff accounts
 * and never sees case content). Every method checks `canDo` first and answers 404 to anyone else;
 * every change is audited with the administrator as the actor. New accounts and reset second
 * factors are completed by their holder through an emailed enrolment link, so the administrator
 * never knows anyone's password or TOTP secret.
 */
@Injectable()
export class StaffAdministrationService {
  constructor(private readonly accounts: StaffAccountsService) {}

  /** Every account: name, email, role, status, enrolment, notification mode. */
  async list(viewer: Viewer): Promise<StaffAccountView[]> {
    this.require(viewer, 'staff.list');
    return this.accounts.list();
  }

  async get(viewer: Viewer, staffId: string): Promise<StaffAccountView> {
    this.require(viewer, 'staff.list');
    return this.accounts.get(staffId);
  }

  /** Creates the account and emails its holder the enrolment link (valid 24 hours). */
  async create(
    viewer: Viewer,
    input: { email: string; name: string; role: string; isChair?: boolean },
  ): Promise<{ account: StaffAccountView; enrolment: EnrolmentSent }> {
    this.require(viewer, 'staff.create');
    const created = await this.accounts.create(actorOf(viewer), input, {
      kind: 'enrolment',
      delivery: 'email',
    });
    if (!created.enrolment) throw new Error('an enrolment was expected');
    return {
      account: await this.accounts.get(created.id),
      enrolment: sent(created.enrolment),
    };
  }

  /** Disables the account; its sessions end at once. One's own account cannot be disabled. */
  async disable(viewer: Viewer, staffId: string): Promise<StaffAccountView> {
    this.require(viewer, 'staff.disable');
    if (staffId === viewer.id) {
      throw new DomainError(
        'conflict',
        'you cannot disable your own account: ask another administrator',
      );
    }
    return this.accounts.disable(actorOf(viewer), staffId);
  }

  /** Enables the account again (with a new enrolment link if it never finished enrolling). */
  async enable(viewer: Viewer, staffId: string): Promise<StaffAccountView> {
    this.require(viewer, 'staff.enable');
    return this.accounts.enable(actorOf(viewer), staffId);
  }

  /** Erases the second factor, ends sessions, and emails a link to set up a new one. */
  async resetSecondFactor(viewer: Viewer, staffId: string): Promise<EnrolmentSent> {
    this.require(viewer, 'staff.reset_second_factor');
    return sent(await this.accounts.resetSecondFactor(actorOf(viewer), staffId, 'email'));
  }

  async setNotificationMode(
    viewer: Viewer,
    staffId: string,
    mode: string,
  ): Promise<StaffAccountView> {
    this.require(viewer, 'staff.set_notification_mode');
    return this.accounts.setNotificationMode(actorOf(viewer), staffId, mode);
  }

  private require(viewer: Viewer, action: StaffAdminAction): void {
    if (!canDo(viewer, action)) throw new DomainError('not_found', NOT_FOUND);
  }
}

function actorOf(viewer: Viewer): AuditActor {
  return { type: 'staff', id: viewer.id };
}

function sent(issued: { staffId: string; kind: EnrolmentKind; expiresAt: Date }): EnrolmentSent {
  return { staffId: issued.staffId, kind: issued.kind, expiresAt: issued.expiresAt };
}
