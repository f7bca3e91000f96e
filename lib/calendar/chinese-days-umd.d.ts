// chinese-days' CommonJS/UMD build, imported by path: the package's "module" build is ESM inside a package
// marked "type": "commonjs", which the Next.js bundler refuses. Same API as the package root.
declare module "chinese-days/dist/index.min.js" {
  export * from "chinese-days";
}
