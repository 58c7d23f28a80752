#!/usr/bin/env node
// Thin shim: the CLI lives in the compiled library (dist/cli/main.js).
import { main } from '../dist/cli/main.js';

main(process.argv);
