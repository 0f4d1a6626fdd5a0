import { runAnalyze } from './analyzeCommand';

/** Entry point of out/main/analyze.js (`npm run analyze`); the command lives in analyzeCommand.ts. */
void runAnalyze(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
