export function JsonBlock({ value, label }: { value: unknown; label?: string }) {
  const text = value === undefined ? '(none)' : JSON.stringify(value, null, 2);
  return (
    <pre className="sb-json" aria-label={label} tabIndex={0}>
      {text}
    </pre>
  );
}
