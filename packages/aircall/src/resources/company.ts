import type { Executor, RequestOptions } from '../http/execute';
import { envelopeSchema } from '../schemas/common';
import { companySchema } from '../schemas/company';

const companyEnvelopeSchema = envelopeSchema('company', companySchema);

export function createCompanyResource(executor: Executor) {
  return {
    /** Name and counts of users and numbers. */
    async get(options?: RequestOptions) {
      return (await executor.execute({ method: 'GET', route: '/v1/company', response: companyEnvelopeSchema }, options))
        .company;
    },
  };
}
