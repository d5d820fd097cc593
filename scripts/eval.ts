// npm run eval [file.jsonl]: asks a question set through the real /api/messages and prints the scores.
import { resolve } from 'node:path';
import { formatReport, loadCases, runEval } from '../tests/helpers/evaluate.js';

async function main(): Promise<void> {
  const file = resolve(process.argv[2] ?? 'tests/eval/questions.jsonl');
  const report = await runEval(loadCases(file));
  console.log(`Question set: ${file}`);
  console.log(formatReport(report));
  process.exitCode = report.underTriage > 0 ? 1 : 0;
}

void main();
