// GEXF 1.3, dynamic: each event is an edge alive from the first to the last day of its time span
// (timeformat="date", inclusive); undated events are edges with no interval.
import { firstDay, lastDay } from './dates.ts';
import { actorGraph, edgeLabel } from './graph.ts';
import type { DossierExport } from './schema.ts';
import { attrs, escapeText } from './xml.ts';

const NODE_ATTRS = [['type', 'string'], ['mentions', 'integer'], ['aliases', 'string'], ['documents', 'integer']] as const;
const EDGE_ATTRS = [
  ['type', 'string'], ['mode', 'string'], ['negated', 'boolean'], ['hedged', 'boolean'], ['claim', 'string'],
  ['document', 'string'], ['sentence', 'string'], ['attributed_to', 'string'], ['rule', 'string'],
] as const;

export function exportGexf(exp: DossierExport): string {
  const { nodes, edges } = actorGraph(exp);
  const out: string[] = [];
  const values = (pairs: Array<[string, string | number | boolean | null]>) => {
    const kept = pairs.filter(([, v]) => v !== null && v !== '');
    if (!kept.length) return '';
    return `\n        <attvalues>${kept.map(([k, v]) => `\n          <attvalue${attrs({ for: k, value: v })}/>`).join('')}\n        </attvalues>\n      `;
  };
  out.push('<?xml version="1.0" encoding="UTF-8"?>');
  out.push('<gexf xmlns="http://gexf.net/1.3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"'
    + ' xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">');
  out.push('  <meta>');
  out.push('    <creator>Dossier</creator>');
  out.push(`    <description>${escapeText(`Who did what to whom: ${nodes.length} actors, ${edges.length} events`)}</description>`);
  out.push('  </meta>');
  out.push('  <graph mode="dynamic" defaultedgetype="directed" timeformat="date">');
  out.push('    <attributes class="node" mode="static">');
  for (const [id, type] of NODE_ATTRS) out.push(`      <attribute${attrs({ id, title: id, type })}/>`);
  out.push('    </attributes>');
  out.push('    <attributes class="edge" mode="static">');
  for (const [id, type] of EDGE_ATTRS) out.push(`      <attribute${attrs({ id, title: id, type })}/>`);
  out.push('    </attributes>');
  out.push(`    <nodes${attrs({ count: nodes.length })}>`);
  for (const e of nodes) {
    out.push(`      <node${attrs({ id: e.id, label: e.name })}>${values([
      ['type', e.type], ['mentions', e.mentions], ['aliases', e.aliases.join(' | ')], ['documents', e.documents.length],
    ])}</node>`);
  }
  out.push('    </nodes>');
  out.push(`    <edges${attrs({ count: edges.length })}>`);
  for (const v of edges) {
    out.push(`      <edge${attrs({
      id: v.id, source: v.source, target: v.target, label: edgeLabel(v),
      start: v.when ? firstDay(v.when.start) : null, end: v.when ? lastDay(v.when.end) : null,
    })}>${values([
      ['type', v.type], ['mode', v.mode], ['negated', v.negated], ['hedged', v.hedged], ['claim', v.claim],
      ['document', v.document], ['sentence', v.sentence], ['attributed_to', v.attributed_to], ['rule', v.rule],
    ])}</edge>`);
  }
  out.push('    </edges>');
  out.push('  </graph>');
  out.push('</gexf>');
  return `${out.join('\n')}\n`;
}
