/**
 * The actor network as GraphML and as GEXF 1.3 (Gephi): actors are nodes (label, type, country,
 * based_in for a non-state group, events), directed edges are weighted by the number of events, with their mean Goldstein score and
 * counts by quad class.
 */
import type { ActorNetwork } from '../../store/store.js';
import { xmlEscape as x } from './text-formats.js';

export function graphml(net: ActorNetwork): string {
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    '  <key id="label" for="node" attr.name="label" attr.type="string"/>',
    '  <key id="type" for="node" attr.name="type" attr.type="string"/>',
    '  <key id="country" for="node" attr.name="country" attr.type="string"/>',
    '  <key id="based_in" for="node" attr.name="based_in" attr.type="string"/>',
    '  <key id="events" for="node" attr.name="events" attr.type="int"/>',
    '  <key id="weight" for="edge" attr.name="weight" attr.type="double"/>',
    '  <key id="goldstein" for="edge" attr.name="goldstein_mean" attr.type="double"/>',
    ...[1, 2, 3, 4].map((q) => `  <key id="q${q}" for="edge" attr.name="quad${q}" attr.type="int"/>`),
    '  <graph id="actors" edgedefault="directed">',
  ];
  for (const n of net.nodes) {
    out.push(`    <node id="${x(n.id)}">`);
    out.push(`      <data key="label">${x(n.label)}</data>`);
    if (n.type) out.push(`      <data key="type">${x(n.type)}</data>`);
    if (n.country) out.push(`      <data key="country">${x(n.country)}</data>`);
    if (n.basedIn) out.push(`      <data key="based_in">${x(n.basedIn)}</data>`);
    out.push(`      <data key="events">${n.events}</data>`, '    </node>');
  }
  net.edges.forEach((e, i) => {
    out.push(`    <edge id="e${i}" source="${x(e.source)}" target="${x(e.target)}">`);
    out.push(`      <data key="weight">${e.weight}</data>`, `      <data key="goldstein">${e.goldsteinMean}</data>`);
    e.quad.forEach((c, q) => out.push(`      <data key="q${q + 1}">${c}</data>`));
    out.push('    </edge>');
  });
  out.push('  </graph>', '</graphml>', '');
  return out.join('\n');
}

export function gexf(net: ActorNetwork, created = new Date()): string {
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://gexf.net/1.3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">',
    `  <meta lastmodifieddate="${created.toISOString().slice(0, 10)}"><creator>Entente</creator><description>Actor network: directed edges weighted by events</description></meta>`,
    '  <graph defaultedgetype="directed" mode="static">',
    '    <attributes class="node">',
    '      <attribute id="0" title="type" type="string"/>',
    '      <attribute id="1" title="country" type="string"/>',
    '      <attribute id="2" title="events" type="integer"/>',
    '      <attribute id="3" title="based_in" type="string"/>',
    '    </attributes>',
    '    <attributes class="edge">',
    '      <attribute id="0" title="goldstein_mean" type="double"/>',
    ...[1, 2, 3, 4].map((q) => `      <attribute id="${q}" title="quad${q}" type="integer"/>`),
    '    </attributes>',
    '    <nodes>',
  ];
  for (const n of net.nodes) {
    out.push(`      <node id="${x(n.id)}" label="${x(n.label)}"><attvalues>`);
    if (n.type) out.push(`        <attvalue for="0" value="${x(n.type)}"/>`);
    if (n.country) out.push(`        <attvalue for="1" value="${x(n.country)}"/>`);
    out.push(`        <attvalue for="2" value="${n.events}"/>`);
    if (n.basedIn) out.push(`        <attvalue for="3" value="${x(n.basedIn)}"/>`);
    out.push('      </attvalues></node>');
  }
  out.push('    </nodes>', '    <edges>');
  net.edges.forEach((e, i) => {
    out.push(`      <edge id="${i}" source="${x(e.source)}" target="${x(e.target)}" weight="${e.weight}"><attvalues>`);
    out.push(`        <attvalue for="0" value="${e.goldsteinMean}"/>`);
    e.quad.forEach((c, q) => out.push(`        <attvalue for="${q + 1}" value="${c}"/>`));
    out.push('      </attvalues></edge>');
  });
  out.push('    </edges>', '  </graph>', '</gexf>', '');
  return out.join('\n');
}
