// Runs the CLI from source for the podcast CLI tests (spawned with `node --import tsx`).
import { main } from '../../src/cli/main.js';

await main(process.argv);
