/**
 * CSV (RFC 4180) for the class export. A cell that a spreadsheet would run as a formula (starting with
 * = + - @, tab or carriage return) gets a leading apostrophe: names and emails are typed by learners.
 * https://owasp.org/www-community/attacks/CSV_Injection
 */
export function csvCell(value: string | number | boolean | Date | null): string {
  if (value === null) return '';
  let text = value instanceof Date ? value.toISOString() : String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(rows: (string | number | boolean | Date | null)[][]): string {
  return rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
