import { writeFileSync } from 'node:fs';
import { FIGURES_DOC, renderFiguresDoc } from '../subgraphs/figures-doc.js';

/** `npm run figures`: writes docs/FIGURES.md, the documented figures and where each is checked. */
writeFileSync(FIGURES_DOC, renderFiguresDoc());
console.log(`wrote ${FIGURES_DOC}`);
