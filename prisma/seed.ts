// `npm run db:seed`: loads the demo data into DATABASE_URL (skipped when the database already has agencies).
import { db } from "@/lib/db";
import { seedDemoData } from "@/lib/demo/seed-demo-data";

const { created } = await seedDemoData(db);
console.log(created ? "Demo data loaded." : "Database already has data: demo data not loaded.");
await db.$disconnect();
