import fc from 'fast-check';
import { must } from '@candor/platform/checks/must.js';
import {
  type AuditActorType,
  type AuditDetail,
  type AuditEntry,
  type AuditJsonValue,
  type AuditSeq,
  GENESIS_HASH,
  normalizeSeq,
} from './audit-entry.js';
import { canonicalJson } from './canonical-encoding.js';
import { ChainVerifier, type ChainBreakReason, sealEntry, verifyChain } from './hash-chain.js';

// The e2e suite repeats the tampering against PostgreSQL rows; in memory, runs are cheap enough to
// tamper a thousand times and to shrink any entry that slips through to a small counterexample.
const RUNS = { numRuns: 300 };

type Gen = fc.GeneratorValue;

const text = (maxLength: number) => fc.string({ unit: 'binary', maxLength });

const jsonLeaf: fc.Arbitrary<AuditJsonValue> = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  text(12),
);

const { detail: detailArb } = fc.letrec<{
  value: AuditJsonValue;
  array: AuditJsonValue[];
  object: AuditDetail;
  detail: AuditDetail;
}>((tie) => ({
  value: fc.oneof({ maxDepth: 3 }, jsonLeaf, tie('array'), tie('object')),
  array: fc.array(tie('value'), { maxLength: 4 }),
  object: fc.dictionary(text(8), tie('value'), { maxKeys: 4 }),
  detail: fc.dictionary(text(8), tie('value'), { maxKeys: 5 }),
}));

const actorArb = fc.oneof(
  fc.record({ actorType: fc.constant<AuditActorType>('staff'), actorId: fc.uuid() }),
  fc.record({
    actorType: fc.constantFrom<AuditActorType>('reporter', 'system'),
    actorId: fc.constant(null),
  }),
);

const draftArb = fc.record({
  actor: actorArb,
  action: fc.oneof(
    fc.constantFrom('case.viewed', 'case.routed', 'case.status_changed', 'auth.sign_in_failed'),
    fc.string({ unit: 'binary', minLength: 1, maxLength: 20 }),
  ),
  caseReference: fc.option(fc.stringMatching(/^CND-20\d\d-\d{6}$/), { nil: null }),
  detail: detailArb,
  millisAfterPrevious: fc.integer({ min: 0, max: 86_400_000 }),
  // The database hands seq back as a string, our code uses bigint, tests write numbers.
  seqForm: fc.constantFrom('bigint', 'number', 'string'),
});

type Draft = typeof draftArb extends fc.Arbitrary<infer T> ? T : never;

function inForm(seq: bigint, form: Draft['seqForm']): AuditSeq {
  switch (form) {
    case 'bigint':
      return seq;
    case 'number':
      return Number(seq);
    case 'string':
      return seq.toString();
  }
}

function buildChain(drafts: readonly Draft[]): AuditEntry[] {
  const entries: AuditEntry[] = [];
  let prevHash = GENESIS_HASH;
  let time = Date.UTC(2026, 0, 1);
  drafts.forEach((draft, index) => {
    time += draft.millisAfterPrevious;
    const entry = sealEntry(prevHash, {
      seq: inForm(BigInt(index + 1), draft.seqForm),
      occurredAt: new Date(time),
      ...draft.actor,
      action: draft.action,
      caseReference: draft.caseReference,
      detail: draft.detail,
    });
    entries.push(entry);
    prevHash = entry.hash;
  });
  return entries;
}

const chainArb = fc.array(draftArb, { minLength: 1, maxLength: 40 }).map(buildChain);

const anyIndex = (g: Gen, length: number): number => g(fc.integer, { min: 0, max: length - 1 });

const seqOf = (entry: AuditEntry): string => normalizeSeq(entry.seq).toString();

/** Replaces one code point with a different one: the smallest edit to a stored text. */
function changeCharacter(value: string, g: Gen): string {
  const codePoints = Array.from(value);
  if (codePoints.length === 0) return g(text, 3) + 'x';
  const at = anyIndex(g, codePoints.length);
  let replacement = g(fc.string, { unit: 'binary', minLength: 1, maxLength: 1 });
  if (replacement === codePoints[at]) replacement = replacement === 'x' ? 'y' : 'x';
  codePoints[at] = replacement;
  return codePoints.join('');
}

function flipHexDigit(hash: string, g: Gen): string {
  const at = anyIndex(g, hash.length);
  const digit = Number.parseInt(must(hash[at], 'a digit of the hash'), 16);
  const flipped = ((digit + g(fc.integer, { min: 1, max: 15 })) % 16).toString(16);
  return hash.slice(0, at) + flipped + hash.slice(at + 1);
}

/** A copy of value with one change at any depth: a leaf changed, a member added, or a swap. */
function mutateJson(value: AuditJsonValue, g: Gen): AuditJsonValue {
  if (value === null) return false;
  if (typeof value === 'boolean') return !value;
  // -n always writes differently from n except for zero (and -0, which writes as 0).
  if (typeof value === 'number') return value === 0 ? 1 : -value;
  if (typeof value === 'string') return changeCharacter(value, g);
  if (!Array.isArray(value)) return mutateObject(value, g);
  if (value.length === 0 || g(fc.boolean)) return [...value, g(() => jsonLeaf)];
  // Arrays are ordered, so moving an element is a change too.
  const distinct = value.findIndex((item) => canonicalJson(item) !== canonicalJson(value[0]));
  if (distinct > 0 && g(fc.boolean)) {
    return value.map((item, index) =>
      index === 0
        ? must(value[distinct], 'the element that differs from the first')
        : index === distinct
          ? must(value[0], 'the first element')
          : item,
    );
  }
  const at = anyIndex(g, value.length);
  return value.map((item, index) => (index === at ? mutateJson(item, g) : item));
}

function mutateObject(value: AuditDetail, g: Gen): AuditDetail {
  const members = Object.entries(value);
  if (members.length > 0 && g(fc.boolean)) {
    const [key, member] = must(members[anyIndex(g, members.length)], 'a member of the object');
    return { ...value, [key]: mutateJson(member, g) };
  }
  let key = g(text, 8);
  while (Object.hasOwn(value, key)) key += 'x';
  return { ...value, [key]: g(() => jsonLeaf) };
}

const TAMPERABLE = [
  'seq',
  'occurredAt',
  'actorType',
  'actorId',
  'action',
  'caseReference',
  'detail',
  'prevHash',
  'hash',
] as const;
type Tamperable = (typeof TAMPERABLE)[number];

/** What an attacker with the table owner's rights could do to one column of one row. */
function tamper(entry: AuditEntry, field: Tamperable, g: Gen): AuditEntry {
  switch (field) {
    case 'seq': {
      const delta = g(fc.integer, { min: -50, max: 50 }) || 1;
      return {
        ...entry,
        seq: inForm(
          normalizeSeq(entry.seq) + BigInt(delta),
          g(() => fc.constantFrom<Draft['seqForm']>('bigint', 'number', 'string')),
        ),
      };
    }
    case 'occurredAt': {
      const shift = g(fc.integer, { min: 1, max: 10_000_000_000 }) * (g(fc.boolean) ? 1 : -1);
      return { ...entry, occurredAt: new Date(entry.occurredAt.getTime() + shift) };
    }
    case 'actorType':
      return { ...entry, actorType: changeCharacter(entry.actorType, g) as AuditActorType };
    case 'actorId':
      return {
        ...entry,
        actorId: entry.actorId === null ? g(text, 8) : changeCharacter(entry.actorId, g),
      };
    case 'action':
      return { ...entry, action: changeCharacter(entry.action, g) };
    case 'caseReference':
      return {
        ...entry,
        caseReference:
          entry.caseReference === null ? g(text, 8) : changeCharacter(entry.caseReference, g),
      };
    case 'detail':
      return { ...entry, detail: mutateObject(entry.detail, g) };
    case 'prevHash':
      return { ...entry, prevHash: flipHexDigit(entry.prevHash, g) };
    case 'hash':
      return { ...entry, hash: flipHexDigit(entry.hash, g) };
  }
}

const expectedReason: Record<Tamperable, ChainBreakReason> = {
  seq: 'sequence_gap',
  occurredAt: 'hash_mismatch',
  actorType: 'hash_mismatch',
  actorId: 'hash_mismatch',
  action: 'hash_mismatch',
  caseReference: 'hash_mismatch',
  detail: 'hash_mismatch',
  prevHash: 'prev_hash_mismatch',
  hash: 'hash_mismatch',
};

describe(`${ChainVerifier.name} (property-based)`, () => {
  it('accepts every chain sealed entry by entry, and reports its last hash as the head', () => {
    fc.assert(
      fc.property(chainArb, (chain) => {
        expect(verifyChain(chain)).toEqual({
          valid: true,
          entries: chain.length,
          headHash: chain.at(-1)!.hash,
        });
      }),
      RUNS,
    );
  });

  it('names exactly the entry in which any one field was changed', () => {
    fc.assert(
      fc.property(chainArb, fc.constantFrom(...TAMPERABLE), fc.gen(), (chain, field, g) => {
        const at = anyIndex(g, chain.length);
        const tampered = [...chain];
        tampered[at] = tamper(must(chain[at], 'chain[at]'), field, g);

        expect(verifyChain(tampered)).toEqual({
          valid: false,
          entries: chain.length,
          headHash: tampered.at(-1)!.hash,
          // The entry is named by the seq it now carries: after a change of seq, that is the new one.
          firstInvalidEntry: { seq: seqOf(tampered[at]), reason: expectedReason[field] },
        });
      }),
      { numRuns: 1000 },
    );
  });

  it('names the entry after a deleted one; a deleted last entry shows only in the head hash', () => {
    fc.assert(
      fc.property(chainArb, fc.boolean(), fc.gen(), (chain, deleteLast, g) => {
        const at = deleteLast ? chain.length - 1 : anyIndex(g, chain.length);
        const remaining = chain.filter((_, index) => index !== at);
        const result = verifyChain(remaining);

        if (at < chain.length - 1) {
          expect(result).toMatchObject({
            valid: false,
            entries: chain.length - 1,
            firstInvalidEntry: {
              seq: seqOf(must(chain[at + 1], 'chain[at + 1]')),
              reason: 'sequence_gap',
            },
          });
        } else {
          // The chain alone cannot tell a cut end from a log that ends there: the head hash mailed
          // daily to the Audit Committee chair is what no longer matches.
          expect(result).toEqual({
            valid: true,
            entries: chain.length - 1,
            headHash: at === 0 ? GENESIS_HASH : must(chain[at - 1], 'chain[at - 1]').hash,
          });
          expect(result.headHash).not.toBe(chain.at(-1)!.hash);
        }
      }),
      RUNS,
    );
  });

  it('names the entry after a forged one, however the forger patched the rows that follow', () => {
    fc.assert(
      fc.property(
        chainArb,
        draftArb,
        fc.constantFrom('as-is', 'renumbered', 'renumbered-and-relinked'),
        fc.gen(),
        (chain, forgedDraft, patch, g) => {
          const at = anyIndex(g, chain.length);
          // Correctly hashed over its predecessor, with the seq its position calls for.
          const forged = sealEntry(
            at === 0 ? GENESIS_HASH : must(chain[at - 1], 'chain[at - 1]').hash,
            {
              seq: BigInt(at + 1),
              occurredAt: must(chain[at], 'chain[at]').occurredAt,
              ...forgedDraft.actor,
              action: forgedDraft.action,
              caseReference: forgedDraft.caseReference,
              detail: forgedDraft.detail,
            },
          );
          const following = chain.slice(at).map((entry, index) => {
            if (patch === 'as-is') return entry;
            const renumbered = { ...entry, seq: normalizeSeq(entry.seq) + 1n };
            return patch === 'renumbered-and-relinked' && index === 0
              ? { ...renumbered, prevHash: forged.hash }
              : renumbered;
          });
          const result = verifyChain([...chain.slice(0, at), forged, ...following]);

          expect(result).toMatchObject({
            valid: false,
            entries: chain.length + 1,
            firstInvalidEntry: {
              seq: seqOf(must(following[0], 'the entry after the forged one')),
              reason: {
                'as-is': 'sequence_gap',
                renumbered: 'prev_hash_mismatch',
                'renumbered-and-relinked': 'hash_mismatch',
              }[patch],
            },
          });
        },
      ),
      RUNS,
    );
  });

  it('names the earlier of two swapped entries', () => {
    fc.assert(
      fc.property(
        chainArb.filter((chain) => chain.length >= 2),
        fc.gen(),
        (chain, g) => {
          const first = anyIndex(g, chain.length - 1);
          const second = g(fc.integer, { min: first + 1, max: chain.length - 1 });
          const swapped = [...chain];
          [swapped[first], swapped[second]] = [
            must(chain[second], 'chain[second]'),
            must(chain[first], 'chain[first]'),
          ];
          expect(verifyChain(swapped).firstInvalidEntry).toEqual({
            seq: seqOf(must(chain[second], 'chain[second]')),
            reason: 'sequence_gap',
          });
        },
      ),
      RUNS,
    );
  });
});
