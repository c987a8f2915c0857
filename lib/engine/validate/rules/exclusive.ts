// Fields that exclude each other (and groups of which exactly one is required).
import { has, type Obj, type Path, type Reporter } from '../context';

export function exclusive(reporter: Reporter, obj: Obj, path: Path, fields: string[], where: string, required = false): void {
  const r = reporter.as('exclusive');
  const present = fields.filter((f) => has(obj, f));
  if (present.length > 1) {
    r.error([...path, present[1]!], `${where} has ${present.map((f) => `'${f}'`).join(' and ')}, which exclude each other: keep only one`, 'SCHEMA_VALIDATION_FAILED', true);
  } else if (required && present.length === 0) {
    r.error(path, `${where} needs exactly one of ${fields.map((f) => `'${f}'`).join(', ')}`);
  }
}
