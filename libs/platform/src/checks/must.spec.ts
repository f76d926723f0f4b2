import { must } from './must.js';

describe(must.name, () => {
  it('gives back a value that is there, falsy ones included', () => {
    expect(must('row', 'a row')).toBe('row');
    expect(must(0, 'a count')).toBe(0);
    expect(must('', 'a text')).toBe('');
    expect(must(null, 'a column')).toBeNull();
  });

  it('throws naming what was expected when the value is missing', () => {
    expect(() => must([1, 2][5], 'the sixth number')).toThrow(
      'expected the sixth number, found nothing',
    );
  });
});
