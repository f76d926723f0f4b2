import 'reflect-metadata';
import { plainToInstance } from 'class-transformer';
import { IsString, validate } from 'class-validator';
import { NestedArray, NestedObject } from './nested-dto.decorators.js';

class PersonDto {
  @IsString() name!: string;
}

class ReportDto {
  @NestedObject(() => PersonDto) reporter!: PersonDto;
  @NestedArray(() => PersonDto, 2) witnesses!: PersonDto[];
}

async function problems(plain: object): Promise<string[]> {
  const errors = await validate(plainToInstance(ReportDto, plain), { forbidUnknownValues: true });
  const flatten = (list: typeof errors): string[] =>
    list.flatMap((e) => [...Object.values(e.constraints ?? {}), ...flatten(e.children ?? [])]);
  return flatten(errors);
}

describe('nested DTO decorators', () => {
  const valid = { reporter: { name: 'Dana' }, witnesses: [{ name: 'Lee' }] };

  it('accepts an object and a list of objects', async () => {
    expect(await problems(valid)).toEqual([]);
  });

  it.each<[string, object, RegExp]>([
    ['a list in place of an object', { ...valid, reporter: [] }, /reporter must be an object/],
    [
      'a list of objects in place of an object',
      { ...valid, reporter: [{ name: 'Dana' }] },
      /reporter must be an object/,
    ],
    ['null in place of an object', { ...valid, reporter: null }, /reporter must be an object/],
    [
      'a list of lists',
      { ...valid, witnesses: [[{ name: 'w' }]] },
      /each item of witnesses must be an object/,
    ],
    [
      'an empty list in a list',
      { ...valid, witnesses: [[]] },
      /each item of witnesses must be an object/,
    ],
    ['a null item', { ...valid, witnesses: [null] }, /each item of witnesses must be an object/],
    ['a string item', { ...valid, witnesses: ['Lee'] }, /each item of witnesses must be an object/],
    [
      'too many items',
      { ...valid, witnesses: [{ name: 'a' }, { name: 'b' }, { name: 'c' }] },
      /no more than 2/,
    ],
    ['an invalid nested field', { ...valid, witnesses: [{ name: 5 }] }, /name must be a string/],
  ])('refuses %s', async (_what, plain, message) => {
    expect((await problems(plain)).join(' | ')).toMatch(message);
  });
});
