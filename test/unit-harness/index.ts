// The service-level unit harness (issue 17; immich's `newTestService` is the model). A spec beside
// a domain service builds it with in-memory fakes in place of the database:
//
//   const { sut, harness } = newTestService(CaseDeterminationsService);
//   const gc = harness.given.staff('general_counsel');
//   const { reference } = await harness.given.report({ concernType: 'improper_payments' });
//   const audited = harness.auditFromHere();
//   await sut.recordOutcome(gc, reference, { finding: 'substantiated', summary: '…' });
//   expect(audited().map((e) => e.action)).toEqual(['outcome.recorded', 'outcome.approved']);
//
// Every repository with a fake here is replaced (the fakes implement the real class's public
// methods, so a repository change that the fakes do not follow fails the typecheck); everything
// else is the real class: AuditTrailService, CaseAccessService, the cipher with fresh test keys, the routing
// policy, the configuration's defaults. `harness.get(OtherService)` builds another service on the
// same data; `harness.clock.advance(ms)` moves time. No PostgreSQL, no Redis: SQL-specific
// behaviour (locks, triggers, COPY) stays with the e2e tests.
export * from './fake-case-repositories.js';
export * from './fake-safeguard-repositories.js';
export * from './in-memory-database.js';
export * from './new-test-service.js';
