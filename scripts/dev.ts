// `npm run dev`: the same database preparation as `npm start`, then Next.js in development mode.
import { log, prepareAppEnvironment } from "./lib/app-environment";
import { runServer } from "./lib/run-server";

const { port, embedded } = await prepareAppEnvironment();
log(`Development server on ${process.env.NEXTAUTH_URL}`);
runServer({ port, host: process.env.HOST ?? "0.0.0.0", dev: true }, embedded);
