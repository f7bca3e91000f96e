// Turns the application's Prisma 7 schema into one the Prisma 6 CLI accepts offline. Prisma 6 needs
// a `url` in the datasource and a `prisma-client-js` generator with `engineType = "client"`;
// without them it tries to download a native query engine from outside the npm registry.
// Models, enums and comments are copied byte for byte: only the generator and datasource blocks change.

const PRISMA6_GENERATOR = `generator client {
  provider   = "prisma-client-js"
  engineType = "client"
}`;

/** Never used to connect (the adapter in prisma.config.ts does that), but Prisma 6 requires a URL. */
export const PLACEHOLDER_DATABASE_URL = "postgresql://prisma6-unused@127.0.0.1:5432/unused";

type Block = { kind: string; start: number; end: number; bodyStart: number };

/**
 * Prisma 6 version of `source`. With `datamodel: false`, only the generator and datasource: what
 * `prisma db pull` needs so that the introspected schema owes nothing to ours.
 */
export function toPrisma6Schema(source: string, { datamodel = true } = {}) {
  const blocks = topLevelBlocks(source);
  const generators = blocks.filter((b) => b.kind === "generator");
  const datasources = blocks.filter((b) => b.kind === "datasource");
  if (datasources.length !== 1) throw new Error(`Expected one datasource block, found ${datasources.length}.`);
  const datasource = prisma6Datasource(source, datasources[0]);
  const generator = withPreviewFeatures(source, generators);

  if (!datamodel) return `${generator}\n\n${datasource}\n`;
  // Rebuild the file: the first generator becomes ours, other generators go, the datasource is rewritten.
  let out = "";
  let position = 0;
  for (const block of [...generators, ...datasources].sort((a, b) => a.start - b.start)) {
    out += source.slice(position, block.start);
    if (block === datasources[0]) out += datasource;
    else if (block === generators[0]) out += generator;
    position = block.end;
  }
  out += source.slice(position);
  return generators.length === 0 ? `${generator}\n\n${out}` : out;
}

/** The datasource with its URL settings replaced by the placeholder; other settings are kept. */
function prisma6Datasource(source: string, block: Block) {
  const header = source.slice(block.start, block.bodyStart);
  const body = source.slice(block.bodyStart, block.end - 1);
  const kept = body
    .split("\n")
    .filter((line) => !/^\s*(url|directUrl|shadowDatabaseUrl)\s*=/.test(line))
    .join("\n")
    .trimEnd();
  return `${header}${kept}\n  url = env("DATABASE_URL")\n}`;
}

/** Preview features (e.g. postgresqlExtensions) change what the schema engine reads and writes: keep them. */
function withPreviewFeatures(source: string, generators: Block[]) {
  for (const block of generators) {
    const match = /^\s*previewFeatures\s*=.*$/m.exec(source.slice(block.bodyStart, block.end - 1));
    if (match) return PRISMA6_GENERATOR.replace(/\n}$/, `\n${match[0]}\n}`);
  }
  return PRISMA6_GENERATOR;
}

/**
 * The top-level blocks (`model X { ... }`, `generator client { ... }`, ...), found with a small scanner
 * that knows comments and string literals, so a `{` or `}` inside either does not end a block.
 */
export function topLevelBlocks(source: string): Block[] {
  const blocks: Block[] = [];
  let i = 0;
  while (i < source.length) {
    i = skipSpaceAndComments(source, i);
    if (i >= source.length) break;
    const blockHeader = /([A-Za-z]+)\s+[A-Za-z_]\w*\s*\{/y;
    blockHeader.lastIndex = i;
    const header = blockHeader.exec(source);
    if (!header) throw new Error(`Unexpected text in schema at line ${lineOf(source, i)}.`);
    const start = i;
    const bodyStart = i + header[0].length;
    const end = matchingBrace(source, bodyStart);
    blocks.push({ kind: header[1], start, end, bodyStart });
    i = end;
  }
  return blocks;
}

function skipSpaceAndComments(source: string, i: number) {
  while (i < source.length) {
    if (/\s/.test(source[i])) i++;
    else if (source.startsWith("//", i)) i = lineEnd(source, i);
    else if (source.startsWith("/*", i)) i = blockCommentEnd(source, i);
    else break;
  }
  return i;
}

/** Index just after the `}` closing the block whose body starts at `i`. */
function matchingBrace(source: string, i: number) {
  let depth = 1;
  while (i < source.length) {
    const c = source[i];
    if (c === '"') i = stringEnd(source, i);
    else if (source.startsWith("//", i)) i = lineEnd(source, i);
    else if (source.startsWith("/*", i)) i = blockCommentEnd(source, i);
    else {
      if (c === "{") depth++;
      else if (c === "}" && --depth === 0) return i + 1;
      i++;
    }
  }
  throw new Error("Unclosed block in schema.");
}

function stringEnd(source: string, i: number) {
  for (i++; i < source.length; i++) {
    if (source[i] === "\\") i++;
    else if (source[i] === '"') return i + 1;
  }
  throw new Error("Unclosed string in schema.");
}

function lineEnd(source: string, i: number) {
  const end = source.indexOf("\n", i);
  return end === -1 ? source.length : end + 1;
}

function blockCommentEnd(source: string, i: number) {
  const end = source.indexOf("*/", i + 2);
  return end === -1 ? source.length : end + 2;
}

function lineOf(source: string, i: number) {
  return source.slice(0, i).split("\n").length;
}
