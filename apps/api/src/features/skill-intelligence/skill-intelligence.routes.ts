import { createRoute } from '@hono/zod-openapi';
import { extractRequestSchema, extractResponseSchema, suggestionSchema, suggestQuery } from '@kc/contract';
import { z } from 'zod';
import { access, errorResponses as e, json, jsonBody } from '../../lib/route-specs.ts';

const tags = ['Taxonomy'];

export const skillIntelligenceRoutes = {
  suggest: createRoute({
    method: 'get',
    operationId: 'suggestSkills',
    path: '/api/v1/skills/suggest',
    tags,
    ...access('public'),
    summary: 'Autocomplete and normalise a typed phrase to ESCO skills',
    description: 'Prefix matching, typo tolerance, abbreviations and local aliases; exact labels rank before prefixes before fuzzy matches.',
    request: { query: suggestQuery },
    responses: { 200: json(z.object({ items: z.array(suggestionSchema) }), 'Best first'), 400: e[400], 503: e[503] },
  }),
  extract: createRoute({
    method: 'post',
    operationId: 'extractSkills',
    path: '/api/v1/skills/extract',
    tags,
    ...access('public'),
    summary: 'Find the ESCO skills in a text (job ad, CV, syllabus)',
    description:
      'English text up to 20,000 characters; in a text mostly in another script (Bulgarian), only the technology names written in Latin script are read. ' +
      'Each skill comes with a score, a confidence (the confident ones first) and the character spans that gave rise to it; near-duplicates are folded into the best of them as its variants. Rate-limited per address.',
    request: { body: jsonBody(extractRequestSchema) },
    responses: { 200: json(extractResponseSchema, 'Best first, with how the text was read'), 400: e[400], 429: e[429], 503: e[503] },
  }),
};
