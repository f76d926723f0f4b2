import { Injectable } from '@nestjs/common';
import { CODE_OF_CONDUCT_POLICY } from './policies/code-of-conduct.2026-11.policy.js';
import type { RoutingPolicy } from './routing.types.js';
import { validatePolicy } from './validate-policy.js';

/**
 * The routing policy in force. Today it is the reviewed policy file shipped with this release; an
 * admin-managed, versioned policy store can replace this provider without touching its callers.
 */
@Injectable()
export class RoutingPolicyService {
  private readonly policy: RoutingPolicy;

  constructor() {
    const problems = validatePolicy(CODE_OF_CONDUCT_POLICY);
    if (problems.length > 0) throw new Error(`routing policy is invalid: ${problems.join('; ')}`);
    this.policy = CODE_OF_CONDUCT_POLICY;
  }

  current(): RoutingPolicy {
    return this.policy;
  }
}
