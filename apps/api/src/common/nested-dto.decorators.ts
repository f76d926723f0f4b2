import { applyDecorators } from '@nestjs/common';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsObject, ValidateNested } from 'class-validator';

// class-transformer maps an array element by element and class-validator validates each element
// of a nested array with the same rules, so without IsObject `reporter: []` passed as an object
// (a 500 on the missing name) and `witnesses: [[{ "name": "w" }]]` as a list of witnesses (stored
// with a null name). Every nested DTO property uses one of these two decorators.

/** A nested object of class `type`: a JSON object, never an array or null. */
export function NestedObject(type: () => new () => object): PropertyDecorator {
  return applyDecorators(
    IsObject({ message: '$property must be an object' }),
    ValidateNested(),
    Type(type),
  );
}

/** A list of at most `maxItems` objects of class `type`: never nested lists, nulls or scalars. */
export function NestedArray(type: () => new () => object, maxItems: number): PropertyDecorator {
  return applyDecorators(
    IsArray(),
    ArrayMaxSize(maxItems),
    IsObject({ each: true, message: 'each item of $property must be an object' }),
    ValidateNested({ each: true }),
    Type(type),
  );
}
