import { CODE_OF_CONDUCT_POLICY } from '@candor/domain';
import { CONCERN_GROUPS } from './concern-groups.js';

describe('CONCERN_GROUPS', () => {
  it("puts every concern type of the policy in force under exactly one of the Code's sections", () => {
    const grouped = CONCERN_GROUPS.flatMap((group) => [...group.types]);
    expect([...grouped].sort()).toEqual(
      CODE_OF_CONDUCT_POLICY.concernTypes.map((type) => type.code).sort(),
    );
    expect(new Set(grouped).size).toBe(grouped.length);
  });
});
