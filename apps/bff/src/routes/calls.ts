import { callListQueryStrictSchema } from '@switchboard/contracts';
import { Router } from 'express';
import { abortWhenClientLeaves } from '../http/abort';
import { inputOf, validate } from '../http/validate';
import type { CallsService } from '../services/calls';

export function callsRouter(calls: CallsService): Router {
  const router = Router();
  const listSchemas = { query: callListQueryStrictSchema };

  router.get('/', validate(listSchemas), async (_req, res) => {
    const { query } = inputOf(res, listSchemas);
    res.json(await calls.list(query, abortWhenClientLeaves(res)));
  });

  return router;
}
