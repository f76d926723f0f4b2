import { Param, PipeTransform } from '@nestjs/common';
import { CASE_NOT_FOUND, CASE_REFERENCE_PATTERN, DomainError } from '@candor/domain';

/** A malformed reference is simply a case that does not exist: 404, like any case one may not see. */
class CaseReferencePipe implements PipeTransform<string, string> {
  transform(value: string): string {
    const reference = value.trim().toUpperCase();
    if (!CASE_REFERENCE_PATTERN.test(reference)) throw new DomainError('not_found', CASE_NOT_FOUND);
    return reference;
  }
}

export const ReferenceParam = () => Param('reference', new CaseReferencePipe());
