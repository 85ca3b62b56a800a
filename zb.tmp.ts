import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readPlainYaml } from './src/lib/content/yaml-subset.ts';
import { createInnovationSchema } from './src/schemas/innovation.ts';
import { createAnswerSchema } from './src/schemas/answer.ts';
import { getRuleSet } from './src/lib/rules/registry.ts';
const root = '/tmp/p10/content/inovasi';
const data = readdirSync(root).flatMap((d) => readdirSync(join(root, d)).map((f) => { const t = readFileSync(join(root, d, f), 'utf8'); return readPlainYaml(t.slice(4, t.indexOf('\n---', 3) + 1))!; }));
const rules = getRuleSet(2026);
const schema = createInnovationSchema(rules);
const answer = createAnswerSchema(rules);
const answers = data.flatMap((d) => Object.entries(d.indikator as object).filter(([k]) => k !== 'kemanfaatan').map(([, v]) => v));
const top = data.map((d) => ({ ...d, indikator: {} }));
function time(label: string, fn: () => void) { const all = []; for (let r = 0; r < 7; r++) { const t = performance.now(); fn(); all.push(performance.now() - t); } all.sort((a, b) => a - b); console.log(label, 'min', all[0]!.toFixed(0), 'med', all[3]!.toFixed(0)); }
time('full', () => { for (const x of data) schema.safeParse(x); });
time('top only', () => { for (const x of top) schema.safeParse(x); });
time(`answers (${answers.length})`, () => { for (const x of answers) answer.safeParse(x); });
import { z } from 'zod';
import { createBenefitAnswerSchema } from './src/schemas/answer.ts';
const inds = data.map((d) => d.indikator);
const benefit = createBenefitAnswerSchema(rules);
const shape = Object.fromEntries(rules.indikator.map((i) => [i.kunci, (i.kunci === rules.kemanfaatan.indikator ? benefit : answer).optional()]));
const strict = z.strictObject(shape);
const loose = z.object(shape);
time('indikator strict', () => { for (const x of inds) strict.safeParse(x); });
time('indikator loose', () => { for (const x of inds) loose.safeParse(x); });
const bens = data.map((d) => (d.indikator as any).kemanfaatan).filter(Boolean);
time(`benefit (${bens.length})`, () => { for (const x of bens) benefit.safeParse(x); });
import { EvidenceSchema } from './src/schemas/answer.ts';
import { listOf } from './src/schemas/shared.ts';
const param = z.number().int().min(0).max(3);
const variants: Record<string, z.ZodType> = {
  current: answer,
  noRefine: z.strictObject({ parameter: param, bukti: listOf(EvidenceSchema, { count: 20, message: 'x' }).default([]), keterangan: z.string().max(500).optional() }),
  plainArray: z.strictObject({ parameter: param, bukti: z.array(EvidenceSchema).max(20).default([]), keterangan: z.string().max(500).optional() }),
  plainString: z.strictObject({ parameter: param, bukti: z.array(z.string()).max(20).default([]), keterangan: z.string().max(500).optional() }),
  bare: z.strictObject({ parameter: z.number(), bukti: z.array(z.string()), keterangan: z.string().optional() }),
  looseBare: z.object({ parameter: z.number(), bukti: z.array(z.string()), keterangan: z.string().optional() }),
};
for (const [name, s] of Object.entries(variants)) time(name, () => { for (const x of answers) s.safeParse(x); });
