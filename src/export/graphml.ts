// GraphML 1.0: the actor graph with typed keys; each event an edge carrying its dates as strings.
import { actorGraph, edgeLabel } from './graph.ts';
import type { DossierExport } from './schema.ts';
import { attrs, escapeText } from './xml.ts';

type KeyType = 'string' | 'int' | 'boolean';
const NODE_KEYS: Array<[string, KeyType]> = [['name', 'string'], ['type', 'string'], ['mentions', 'int'], ['aliases', 'string']];
const EDGE_KEYS: Array<[string, KeyType]> = [
  ['label', 'string'], ['type', 'string'], ['mode', 'string'], ['start', 'string'], ['end', 'string'],
  ['negated', 'boolean'], ['hedged', 'boolean'], ['claim', 'string'], ['document', 'string'],
  ['sentence', 'string'], ['attributed_to', 'string'], ['rule', 'string'],
];

export function exportGraphml(exp: DossierExport): string {
  const { nodes, edges } = actorGraph(exp);
  const data = (prefix: string, pairs: Array<[string, string | number | boolean | null]>) =>
    pairs.filter(([, v]) => v !== null && v !== '')
      .map(([k, v]) => `\n      <data${attrs({ key: `${prefix}_${k}` })}>${escapeText(String(v))}</data>`).join('');
  const out: string[] = [];
  out.push('<?xml version="1.0" encoding="UTF-8"?>');
  out.push('<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"'
    + ' xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">');
  for (const [name, type] of NODE_KEYS) out.push(`  <key${attrs({ id: `n_${name}`, for: 'node', 'attr.name': name, 'attr.type': type })}/>`);
  for (const [name, type] of EDGE_KEYS) out.push(`  <key${attrs({ id: `e_${name}`, for: 'edge', 'attr.name': name, 'attr.type': type })}/>`);
  out.push('  <graph id="dossier" edgedefault="directed">');
  for (const e of nodes) {
    out.push(`    <node${attrs({ id: e.id })}>${data('n', [
      ['name', e.name], ['type', e.type], ['mentions', e.mentions], ['aliases', e.aliases.join(' | ')],
    ])}\n    </node>`);
  }
  for (const v of edges) {
    out.push(`    <edge${attrs({ id: v.id, source: v.source, target: v.target })}>${data('e', [
      ['label', edgeLabel(v)], ['type', v.type], ['mode', v.mode], ['start', v.when?.start ?? null], ['end', v.when?.end ?? null],
      ['negated', v.negated], ['hedged', v.hedged], ['claim', v.claim], ['document', v.document],
      ['sentence', v.sentence], ['attributed_to', v.attributed_to], ['rule', v.rule],
    ])}\n    </edge>`);
  }
  out.push('  </graph>');
  out.push('</graphml>');
  return `${out.join('\n')}\n`;
}
