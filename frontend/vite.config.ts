import { readFileSync } from "node:fs";
import type { IncomingMessage, ServerResponse } from "node:http";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { Plugin } from "vite";
import { defineConfig } from "vitest/config";

const here = dirname(fileURLToPath(import.meta.url));
const BACKEND = "http://localhost:8080";

/**
 * Fixture mode (`npm run dev:fixtures`, `npm run preview:fixtures`): answers /api/* from
 * test/fixtures, so no backend is needed, and serves /embed/timeline as embed.html, as the backend
 * does. FIXTURE_FAIL=/api/timeline makes that path answer a problem+json 503; FIXTURE_DELAY_MS
 * slows every answer (to see loading states).
 */
type Middlewares = { use(fn: (req: IncomingMessage, res: ServerResponse, next: () => void) => void): void };

async function installFixtureApi(middlewares: Middlewares): Promise<void> {
  const { handleApiRequest, handleApiWrite } = await import("./test/fixtures/mockApi.js");
  const load = (name: string) => JSON.parse(readFileSync(resolve(here, "test/fixtures", `${name}.json`), "utf8"));
  const fixtures = Object.fromEntries(["topics", "actors", "speakers", "events", "statements", "sources"].map((n) => [n, load(n)]));
  const failPaths = (process.env.FIXTURE_FAIL ?? "").split(",").filter(Boolean);
  const delay = Number(process.env.FIXTURE_DELAY_MS ?? 0);
  middlewares.use((req, res, next) => {
    const url = req.url ?? "/";
    if (url.startsWith("/embed/timeline")) {
      req.url = "/embed.html" + url.slice("/embed/timeline".length);
      return next();
    }
    if (!url.startsWith("/api/") && !url.startsWith("/j_security_check")) return next();
    const reply = (answer: { status: number; contentType: string; body: unknown; headers?: Record<string, string> }) =>
      setTimeout(() => {
        res.statusCode = answer.status;
        res.setHeader("Content-Type", answer.contentType);
        for (const [name, value] of Object.entries(answer.headers ?? {})) res.setHeader(name, value);
        res.end(JSON.stringify(answer.body));
      }, delay);
    readWrite(req).then(
      (write) => reply(handleApiWrite(write, fixtures) ?? handleApiRequest(url, fixtures, { failPaths })),
      (error) => reply({ status: 400, contentType: "application/problem+json", body: { title: "Bad Request", status: 400, detail: String(error) } }),
    );
  });
}

/** The body of a fixture-mode write: JSON, text/plain or multipart (parsed with the Fetch API's FormData). */
async function readWrite(req: IncomingMessage) {
  const method = req.method ?? "GET";
  const base = { method, url: req.url ?? "/", authorization: req.headers.authorization, cookie: req.headers.cookie };
  if (method === "GET" || method === "HEAD") return base;
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const raw = Buffer.concat(chunks);
  const type = req.headers["content-type"] ?? "";
  if (type.startsWith("application/x-www-form-urlencoded")) return { ...base, fields: Object.fromEntries(new URLSearchParams(raw.toString("utf8"))) };
  if (type.includes("json")) return { ...base, json: raw.length ? JSON.parse(raw.toString("utf8")) : {} };
  if (type.startsWith("multipart/form-data")) {
    const form = await new Response(raw, { headers: { "content-type": type } }).formData();
    const fields: Record<string, string> = {};
    let file: { name: string; text: string } | undefined;
    for (const [name, value] of form) {
      if (typeof value === "string") fields[name] = value;
      else if (name === "file") file = { name: value.name, text: await value.text() };
    }
    return { ...base, fields, file };
  }
  return { ...base, text: raw.toString("utf8") };
}

const fixtureApi = (): Plugin => ({
  name: "stanceline-fixture-api",
  configureServer: (server) => installFixtureApi(server.middlewares),
  configurePreviewServer: (server) => installFixtureApi(server.middlewares),
});

export default defineConfig(({ mode }) => ({
  plugins: mode === "fixtures" ? [fixtureApi()] : [],
  server: {
    port: 5173,
    strictPort: false,
    proxy:
      mode === "fixtures"
        ? undefined
        : Object.fromEntries(["/api", "/charts", "/briefings", "/embed", "/oembed", "/q"].map((p) => [p, { target: BACKEND, changeOrigin: false }])),
  },
  build: {
    outDir: "dist",
    emptyOutDir: true,
    target: "es2020",
    sourcemap: false,
    modulePreload: { polyfill: false },
    // ECharts alone is ~170 KB gzip; `npm run budget` guards the real limit (200 KB gzip in all).
    chunkSizeWarningLimit: 600,
    rollupOptions: {
      output: {
        manualChunks: (id) => {
          if (/node_modules\/(echarts|zrender|tslib)\//.test(id)) return "echarts";
          // The analyst view (Review tab): loaded on demand, reported apart by `npm run budget`.
          if (/\/src\/analyst\//.test(id)) return "analyst";
          // What both pages use: API client, chart state and drawing, formats, URL state, styles.
          if (/\/src\/(api|chart|format|state)\/|\/src\/(dom\.ts|styles\.css|views\/status\.ts|views\/sourceSegments\.ts)/.test(id)) return "shared";
          return undefined;
        },
      },
      input: {
        main: resolve(here, "index.html"),
        embed: resolve(here, "embed.html"),
      },
    },
  },
  test: {
    environment: "node",
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    env: { TZ: "UTC" },
  },
}));
