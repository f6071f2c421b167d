import { z } from 'astro/zod';

/** One front-matter field as an editor needs to know it: the documentation's table, the check's advice. */
export interface FieldDoc {
  /** `title`, `cover.caption`. */
  path: string;
  /** What the value is, in Vietnamese with the English term: `chữ (string)`. */
  type: string;
  /** Must be written; for a field inside a group, whenever the group is. */
  required: boolean;
  description: string;
  /** The value as typed in the file: `"2019-10-26T19:18:00+07:00"`, `["dân vận", "Tỉnh ủy"]`. */
  example: string | undefined;
}

type JsonSchema = z.core.JSONSchema.BaseSchema;

/**
 * The schema as JSON Schema, the shape a walk can read. Input, because that is what an
 * editor types; a `Date` (what YAML makes of an unquoted timestamp) is shown as the
 * date-time string it was written as. Zod drops the examples of a transforming schema
 * (the dates) as describing its output; ours are written as typed, so they are put back.
 */
function jsonSchemaOf(schema: z.ZodType): JsonSchema {
  return z.toJSONSchema(schema, {
    io: 'input',
    unrepresentable: 'any',
    override: ({ zodSchema, jsonSchema }) => {
      if (zodSchema._zod.def.type === 'date') Object.assign(jsonSchema, { type: 'string', format: 'date-time' });
      const examples = z.globalRegistry.get(zodSchema as unknown as z.ZodType)?.examples;
      if (examples) jsonSchema.examples = examples as unknown[];
    },
  });
}

/** A value as it is written in YAML front matter: strings quoted, lists inline. */
export function yamlValue(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(yamlValue).join(', ')}]`;
  return typeof value === 'string' ? JSON.stringify(value) : String(value);
}

function typeOf(node: JsonSchema, path: string): string {
  if (node.anyOf?.some((option) => option.format === 'date-time')) return 'ngày giờ (date-time)';
  if (node.enum) return 'một trong danh sách (enum)';
  switch (node.type) {
    case 'string':
      return node.format === 'uri' ? 'địa chỉ web (URL)' : 'chữ (string)';
    case 'integer':
      return 'số nguyên (integer)';
    case 'boolean':
      return 'true hoặc false (boolean)';
    case 'object':
      return 'nhóm trường (object)';
    case 'array':
      return `danh sách ${typeOf(node.items as JsonSchema, path).replace(/ \(.*\)$/, '')} (list)`;
  }
  throw new Error(`${path}: no Vietnamese name for the type ${JSON.stringify(node)}`);
}

/**
 * Every field of a front-matter schema, groups followed by their own fields, in the
 * schema's order. A field without a description fails here, so neither the documentation
 * nor the check's advice can miss one.
 */
export function fieldDocs(schema: z.ZodType): FieldDoc[] {
  const docs: FieldDoc[] = [];
  const walk = (object: JsonSchema, prefix: string) => {
    for (const [key, node] of Object.entries(object.properties ?? {})) {
      const path = `${prefix}${key}`;
      if (typeof node !== 'object' || !node.description) throw new Error(`${path}: the schema gives no description`);
      docs.push({
        path,
        type: typeOf(node, path),
        required: object.required?.includes(key) ?? false,
        description: node.description,
        example: node.examples?.length ? yamlValue(node.examples[0]) : undefined,
      });
      if (node.type === 'object') walk(node, `${path}.`);
    }
  };
  walk(jsonSchemaOf(schema), '');
  return docs;
}
