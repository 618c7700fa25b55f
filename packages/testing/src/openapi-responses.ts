import { readFileSync } from 'node:fs';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';

interface OpenApiDocument {
  paths: Record<string, Record<string, { responses: Record<string, unknown> }>>;
}

/** An OpenAPI document loaded once, with one compiled validator per schema it is asked about. */
function loadDocument(documentPath: string): {
  document: OpenApiDocument;
  problems: (ref: string, body: unknown) => string[];
} {
  const document = JSON.parse(readFileSync(documentPath, 'utf8')) as OpenApiDocument;
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  ajv.addSchema(document, 'openapi');
  const validators = new Map<string, ValidateFunction>();
  return {
    document,
    problems(ref, body) {
      let validate = validators.get(ref);
      if (!validate) {
        validate = ajv.compile({ $ref: `openapi#${ref}` });
        validators.set(ref, validate);
      }
      if (validate(body)) return [];
      return (validate.errors ?? []).map((error) => `${error.instancePath || '/'} ${error.message ?? 'is invalid'}`);
    },
  };
}

const pointer = (part: string): string => part.replace(/~/g, '~0').replace(/\//g, '~1');

/**
 * Checks real responses against an OpenAPI 3.1 document: the body must match
 * the schema the document gives for that path, method and status, and the
 * status must be documented at all. Returns the problems; [] means it fits.
 */
export function openApiChecker(
  documentPath: string,
): (path: string, method: string, status: number, body: unknown) => string[] {
  const { document, problems } = loadDocument(documentPath);
  return (path, method, status, body) => {
    const operation = document.paths[path]?.[method.toLowerCase()];
    if (!operation) return [`${method} ${path} is not documented`];
    if (!(String(status) in operation.responses)) return [`status ${status} of ${method} ${path} is not documented`];
    return problems(
      `/paths/${pointer(path)}/${method.toLowerCase()}/responses/${status}/content/${pointer('application/json')}/schema`,
      body,
    );
  };
}

/**
 * Checks a body against one of the document's named schemas
 * (`components/schemas/<name>`), for answers no single operation documents:
 * the typed errors of paths and methods that do not exist. Returns the problems.
 */
export function openApiSchemaChecker(documentPath: string, schemaName: string): (body: unknown) => string[] {
  const { problems } = loadDocument(documentPath);
  return (body) => problems(`/components/schemas/${schemaName}`, body);
}
