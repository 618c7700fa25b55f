import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';

/**
 * Checks real responses against an OpenAPI 3.1 document: the body must match
 * the schema the document gives for that path, method and status, and the
 * status must be documented at all. Returns the problems; [] means it fits.
 */
export function openApiChecker(
  documentPath: string,
): (path: string, method: string, status: number, body: unknown) => string[] {
  const document = JSON.parse(readFileSync(documentPath, 'utf8')) as {
    paths: Record<string, Record<string, { responses: Record<string, unknown> }>>;
  };
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  ajv.addSchema(document, 'openapi');
  const pointer = (part: string): string => part.replace(/~/g, '~0').replace(/\//g, '~1');

  return (path, method, status, body) => {
    const operation = document.paths[path]?.[method.toLowerCase()];
    if (!operation) return [`${method} ${path} is not documented`];
    if (!(String(status) in operation.responses)) return [`status ${status} of ${method} ${path} is not documented`];
    const ref = `openapi#/paths/${pointer(path)}/${method.toLowerCase()}/responses/${status}/content/${pointer('application/json')}/schema`;
    const validate = ajv.compile({ $ref: ref });
    if (validate(body)) return [];
    return (validate.errors ?? []).map((error) => `${error.instancePath || '/'} ${error.message ?? 'is invalid'}`);
  };
}

/**
 * Checks a body against one of the document's named schemas
 * (`components/schemas/<name>`), for answers no single operation documents:
 * the typed errors of paths and methods that do not exist. Returns the problems.
 */
export function openApiSchemaChecker(documentPath: string, schemaName: string): (body: unknown) => string[] {
  const document = JSON.parse(readFileSync(documentPath, 'utf8')) as object;
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  ajv.addSchema(document, 'openapi');
  const validate = ajv.compile({ $ref: `openapi#/components/schemas/${schemaName}` });
  return (body) =>
    validate(body)
      ? []
      : (validate.errors ?? []).map((error) => `${error.instancePath || '/'} ${error.message ?? 'is invalid'}`);
}
