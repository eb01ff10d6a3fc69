import type { FastifyInstance } from 'fastify';
import {
  apiPaths,
  auditQuerySchema,
  contractsQuerySchema,
  contractViewQuerySchema,
  dashboardQuerySchema,
} from '@/lib/contract';
import { openApiDocument } from '@/lib/contract/openapi';
import type { Services } from '../services';
import { idParam, query } from './request';

/** Who am I, reference data, the dashboard, the register, one contract, the audit log, the API's description. */
export function readRoutes(api: FastifyInstance, services: Services): void {
  api.get(apiPaths.me, (request) => services.identity.userOf(request.headers));
  api.get(apiPaths.reference, () => services.reference.reference());
  api.get(apiPaths.dashboard, (request) => services.figures.dashboard(query(dashboardQuerySchema, request)));
  api.get(apiPaths.contracts, (request) => services.figures.listContracts(query(contractsQuerySchema, request)));
  api.get('/contracts/:id', (request) =>
    services.figures.contract(idParam(request), query(contractViewQuerySchema, request)),
  );
  api.get(apiPaths.audit, (request) => services.audit.list(query(auditQuerySchema, request)));
  const openapi = openApiDocument();
  api.get(apiPaths.openapi, () => openapi);
}
