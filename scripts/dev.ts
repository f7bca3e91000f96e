// `npm run dev`: the same database preparation as `npm start`, then Next.js in development mode.
import { log, prepareAppEnvironment } from "./lib/app-environment";
import { runNext } from "./lib/run-next";

const { port, embedded } = await prepareAppEnvironment();
log(`Development server on ${process.env.NEXTAUTH_URL}`);
runNext(["dev", "-p", String(port)], embedded);
