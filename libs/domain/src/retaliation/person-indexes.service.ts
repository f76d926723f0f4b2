import { createHmac, hkdfSync } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { appConfigOf, CaseCipherService } from '@candor/platform';

/** A person as HR or a handler names them. */
export interface PersonDescription {
  readonly name: string;
  readonly email?: string;
  readonly employeeId?: string;
}

export interface PersonIndexValues {
  readonly name: Buffer | null;
  readonly email: Buffer | null;
  readonly employeeId: Buffer | null;
}

/**
 * "E-01234", "e01234" and "E 01234" are the same employee id; HR systems and people write them
 * differently, and a missed match here is a missed protection.
 */
export function normalizeEmployeeId(employeeId: string): string {
  return employeeId
    .normalize('NFKC')
    .toUpperCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/**
 * Keyed indexes for matching people without storing who they are: the name and email indexes of
 * CaseCipherService (shared with intake, so reporters and witnesses match), and an employee id
 * index under its own key, derived from the same pepper with a label of its own.
 */
@Injectable()
export class PersonIndexesService {
  private readonly employeeIdKey: Buffer;

  constructor(
    private readonly cipher: CaseCipherService,
    configService: ConfigService,
  ) {
    this.employeeIdKey = Buffer.from(
      hkdfSync(
        'sha256',
        appConfigOf(configService).secrets.receiptPepper,
        Buffer.alloc(0),
        'candor:employee-id-index:v1',
        32,
      ),
    );
  }

  of(person: PersonDescription): PersonIndexValues {
    return {
      name: this.cipher.nameIndex(person.name),
      email: this.cipher.emailIndex(person.email),
      employeeId: this.employeeIdIndex(person.employeeId),
    };
  }

  employeeIdIndex(employeeId: string | undefined | null): Buffer | null {
    const normalized = normalizeEmployeeId(employeeId ?? '');
    return normalized
      ? createHmac('sha256', this.employeeIdKey).update(`employee:${normalized}`).digest()
      : null;
  }
}
