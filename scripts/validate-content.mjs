// `npm run validate`: checks data/ against the content schema and its
// cross-references, and names the file, field and reason for every problem.
// The same check runs at the start of every build (scripts/content-plugin.ts).
import { runnerImport } from 'vite';

const { module } = await runnerImport('./scripts/content-plugin.ts');
const { formatContentErrors } = (await runnerImport('./src/content/validate.ts')).module;
const errors = module.checkContentOnDisk(process.cwd());
if (errors.length > 0) {
  console.error(formatContentErrors(errors));
  process.exit(1);
}
console.log('Content in data/ is valid.');
