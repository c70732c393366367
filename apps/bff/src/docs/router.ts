import { createRequire } from 'node:module';
import path from 'node:path';
import express, { Router } from 'express';
import { buildOpenApiDocument } from './openapi';

const swaggerUiDir = path.dirname(createRequire(import.meta.url).resolve('swagger-ui-dist/package.json'));

// Served as files, not inline, so the strict Content-Security-Policy (script-src 'self') holds on this page too.
const viewerHtml = `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Switchboard API</title>
  <link rel="stylesheet" href="/api/docs/assets/swagger-ui.css">
</head>
<body>
  <div id="swagger-ui"></div>
  <script src="/api/docs/assets/swagger-ui-bundle.js"></script>
  <script src="/api/docs/init.js"></script>
</body>
</html>`;

const viewerInit = `window.ui = SwaggerUIBundle({ url: '/api/openapi.json', dom_id: '#swagger-ui', deepLinking: true });`;

/**
 * /api/openapi.json and an interactive viewer at /api/docs (swagger-ui, self-hosted: no CDN). Public on purpose: the
 * document holds the API's shapes only, no data and no secret, and the same registry already ships in the SPA's
 * bundle to anyone who loads the sign-in page; hiding it would protect nothing, while every endpoint it describes
 * checks the session and role itself.
 */
export function docsRouter(version: string): Router {
  const router = Router();
  const document = buildOpenApiDocument(version);
  router.get('/openapi.json', (_req, res) => {
    res.json(document);
  });
  router.get('/docs', (_req, res) => {
    res.type('html').send(viewerHtml);
  });
  router.get('/docs/init.js', (_req, res) => {
    res.type('text/javascript').send(viewerInit);
  });
  router.use('/docs/assets', express.static(swaggerUiDir, { maxAge: '1d', fallthrough: false }));
  return router;
}
