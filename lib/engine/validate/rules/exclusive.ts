// Fields that exclude each other (and groups of which exactly one is required).
import { has, pointer, type Obj, type Path, type Reporter } from '../context';

export function exclusive(r: Reporter, obj: Obj, path: Path, fields: string[], where: string, required = false): void {
  const present = fields.filter((f) => has(obj, f));
  if (present.length > 1) {
    r.error([...path, present[1]!], `${where} has ${present.map((f) => `'${f}'`).join(' and ')}, which exclude each other: keep only one at ${pointer(path)}`, 'SCHEMA_VALIDATION_FAILED', true);
  } else if (required && present.length === 0) {
    r.error(path, `${where} needs exactly one of ${fields.map((f) => `'${f}'`).join(', ')} at ${pointer(path)}`);
  }
}
