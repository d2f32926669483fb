#!/usr/bin/env node
// Writes schema/analysis.schema.json from the schema object in src/core/analysis/schema.ts
// (`npm run schema` builds first). A test fails when the published file differs from the source.
import { writeFileSync } from 'node:fs';
import { analysisSchemaJson } from '../dist/core/analysis/schema.js';

const target = new URL('./analysis.schema.json', import.meta.url);
writeFileSync(target, analysisSchemaJson());
console.log(`wrote ${target.pathname}`);
