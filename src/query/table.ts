/** Formats rows as aligned columns for a terminal; long cells are cut with an ellipsis. */
export function formatTable(header: string[], rows: string[][], indent = '', maxCell = 40): string {
  const cut = (s: string) => (s.length > maxCell ? `${s.slice(0, maxCell - 1)}…` : s);
  const all = [header, ...rows].map((r) => r.map(cut));
  const widths = header.map((_, i) => Math.max(...all.map((r) => (r[i] ?? '').length)));
  return all.map((r) => indent + r.map((c, i) => c.padEnd(widths[i])).join('  ').trimEnd()).join('\n');
}
